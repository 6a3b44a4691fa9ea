/**
 * The English rendering of the Search guides' captions (Autocomplete): "URI Information" over the request-line table,
 * "Parameter Information" over the query, "BODY Information (example)" over the body, a heading "#### Path Parameter
 * Information" over the common path table, and `| Environment | URI |` as the servers table. The Japanese rendering
 * (`URI情報`, `Pathパラメータ情報`) was read already. Hand-written page in the family's style.
 */
import { describe, expect, it } from "vitest";
import { errorsAt, operations, scrapeNhn } from "./test-support.js";

const page = [
  "## Search > Widget Complete > API v2.0 Guide",
  "",
  "## Common",
  "",
  "#### URI Information",
  "",
  "| Environment | URI |",
  "| --- | --- |",
  "| REAL | https://kr1-widget.example.com |",
  "",
  "#### Path Parameter Information",
  "",
  "| Name | Description |",
  "| --- | --- |",
  "| appKey | Appkey issued from the console |",
  "",
  "## Indexing",
  "",
  "### 1. Index",
  "",
  "**[Request]**",
  "",
  "URI Information",
  "",
  "| Method | URI |",
  "| --- | --- |",
  "| POST | /indexing/v2.0/appkeys/{{appKey}}/widgets |",
  "",
  "Parameter Information",
  "",
  "| Name | Description |",
  "| --- | --- |",
  "| mode | Indexing mode |",
  "",
  "BODY Information (example)",
  "",
  "```",
  '[{ "id": "id-1", "weight": 1 }]',
  "```",
  "",
  "**[Response]**",
  "",
  "Response body (example)",
  "",
  "```",
  '{ "id": 1 }',
  "```",
  "",
].join("\n");

describe('NHN dialect: English "… Information" captions', () => {
  const { doc, diagnostics } = scrapeNhn("widget-complete.md", page, "markdown");
  const { op, path, method } = operations(doc)[0]!;

  it("reads the request line, the query, the body example and the common path table under them", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    expect([method, path]).toEqual(["post", "/indexing/v2.0/appkeys/{appKey}/widgets"]);
    expect((op.parameters ?? []).map((p) => [p.name, p.in])).toEqual([
      ["appKey", "path"],
      ["mode", "query"],
    ]);
    expect(op.requestBody?.content["application/json"]?.example).toEqual([{ id: "id-1", weight: 1 }]);
    expect(diagnostics.filter((d) => ["nhn-unreadable-part", "nhn-unknown-table", "nhn-table-outside-api", "doc-undeclared-path-parameter"].includes(d.ruleId))).toEqual([]);
  });

  it("reads `| Environment | URI |` as the servers", () => {
    expect(doc.servers).toEqual([{ url: "https://kr1-widget.example.com", description: "REAL" }]);
  });

  it("keeps a word merely ending in the information word as it is (no caption)", () => {
    const other = scrapeNhn("w.md", page.replace("\nParameter Information\n", "\nParameterInformation\n"), "markdown");
    expect(other.diagnostics.some((d) => d.ruleId === "nhn-unknown-table" || d.ruleId === "nhn-unread-block" || d.ruleId === "nhn-unreadable-part")).toBe(true);
  });
});
