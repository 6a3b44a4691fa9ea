/**
 * A field table printed as HTML whose Name cell spans rows (`<td rowspan="2">kind</td>` over two descriptions, one value
 * each, Cloud Search's statistics API): one field, its descriptions joined; the second description is no field of its
 * own. Hand-written page in the family's style.
 */
import { describe, expect, it } from "vitest";
import { errorsAt, operations, scrapeNhn } from "./test-support.js";

const page = [
  "## Search > Widget Search > API v2.0 Guide",
  "",
  "### 1. Get statistics",
  "",
  "**[Request]**",
  "",
  "| Method | URI |",
  "| --- | --- |",
  "| GET | /stats/v2.0/stats |",
  "",
  "[Query Parameter]",
  "",
  "<table>",
  "    <tr>",
  "        <th>Name</th>",
  "        <th>Type</th>",
  "        <th>Description</th>",
  "    </tr>",
  "    <tr>",
  '        <td rowspan="2">kind</td>',
  "        <td>String</td>",
  "        <td>all_count - every query</td>",
  "    </tr>",
  "    <tr>",
  "        <td>String</td>",
  "        <td>empty_count - queries without a result</td>",
  "    </tr>",
  "    <tr>",
  "        <td>day</td>",
  "        <td>String</td>",
  "        <td>Date</td>",
  "    </tr>",
  "</table>",
  "",
  "**[Response]**",
  "",
  "```json",
  '{ "count": 13 }',
  "```",
  "",
].join("\n");

describe("NHN dialect: a Name cell spanning rows", () => {
  const { doc, diagnostics } = scrapeNhn("widget-search.md", page, "markdown");

  it("is one field whose descriptions are the rows it spans", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    const params = operations(doc)[0]!.op.parameters!;
    expect(params.map((p) => [p.name, p.in])).toEqual([
      ["kind", "query"],
      ["day", "query"],
    ]);
    expect((params[0] as { description?: string }).description).toBe("all_count - every query\nempty_count - queries without a result");
    expect(diagnostics.some((d) => /empty_count/.test(d.message) && d.ruleId !== "nhn-spanned-name")).toBe(false);
  });

  it("notes the row it joins, at that row's line", () => {
    const notes = diagnostics.filter((d) => d.ruleId === "nhn-spanned-name");
    expect(notes.map((d) => [d.severity, "line" in d.at ? d.at.line : -1])).toEqual([["info", 24]]);
  });
});
