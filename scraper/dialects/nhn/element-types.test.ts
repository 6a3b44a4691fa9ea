/**
 * Array types printed with their element (`List<Integer>`, `List:String`, `Long[]`) type the items; `smallint` and
 * `Short` are integers.
 */
import { describe, expect, it } from "vitest";
import { operations, resolve, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Notification > Widget > API v1.0 Guide",
  "",
  "### Create Widget",
  "",
  "```",
  "POST /widget/v1.0/appKeys/{appKey}/widgets",
  "```",
  "",
  "#### Request Body",
  "",
  "| Name | Type | Required | Description |",
  "| --- | --- | --- | --- |",
  "| fileIds | List:String | X | Attachments |",
  "| counts | List<Integer> | X | Counts |",
  "| tagIds | Long[] | X | Tags |",
  "| rank | smallint | X | Rank |",
  "| level | Short | X | Level |",
  "",
  "#### Response",
  "",
  "This API does not return a response body.",
].join("\n");

describe("array types with their element, and small integers", () => {
  it("types the items by the element type, and smallint and Short as integers", () => {
    const { doc, diagnostics } = scrapeNhn("widget.md", PAGE, "markdown");
    expect(diagnostics.filter((d) => d.ruleId === "nhn-unknown-format")).toEqual([]);
    const body = resolve(doc, operations(doc)[0]!.op.requestBody!.content["application/json"]!.schema);
    const p = body.properties!;
    expect([p.fileIds, p.counts, p.tagIds].map((s) => [s!.type, s!.items?.type])).toEqual([
      ["array", "string"],
      ["array", "integer"],
      ["array", "integer"],
    ]);
    expect([p.rank!.type, p.level!.type]).toEqual(["integer", "integer"]);
  });
});
