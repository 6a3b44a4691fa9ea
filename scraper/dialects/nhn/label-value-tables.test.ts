/**
 * Renderings of the Deploy, CloudTrail and Resource Watcher guides: the request line as a sideways table
 * (`| Http Method | POST |` over `| Request URL | … |`), `##### Parameter (Query String)` and `##### Response (JSON)`
 * headings, `[Path Variable]` over a two-column `| Key | Value |` table, and examples annotated with comments.
 */
import { describe, expect, it } from "vitest";
import { operations, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Widget > API Guide",
  "",
  "### List Widgets",
  "",
  "| Http Method | GET |",
  "| ----------- | --- |",
  "| Request URL | https://api.widget.example.com/api/v2.1/projects/{appKey}/widgets |",
  "",
  "**[Path Variable]**",
  "",
  "| Key    | Value                          |",
  "| ------ | ------------------------------ |",
  "| appKey | Appkey issued from the console |",
  "",
  "##### Parameter (Query String)",
  "",
  "| Name     | Type    | Description  | Required |",
  "| -------- | ------- | ------------ | -------- |",
  "| pageSize | Integer | rows a page  | false    |",
  "",
  "##### Response (JSON)",
  "",
  "```json",
  "{",
  '  "header": { "isSuccessful": true }, // the common header',
  '  "widgets": [ { "id": 1 } ], /* one widget */',
  "}",
  "```",
].join("\n");

describe("label | value tables, headings with their format, annotated examples", () => {
  const { doc, diagnostics } = scrapeNhn("widget.md", PAGE, "markdown");
  const ops = operations(doc);

  it("reads the sideways request line, the path variable and the query parameter, with no errors", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(ops.map((o) => [o.method, o.path])).toEqual([["get", "/api/v2.1/projects/{appKey}/widgets"]]);
    const parameters = ((ops[0]!.op.parameters ?? []) as Array<{ name: string; in: string; description?: string }>).map((p) => [p.name, p.in, p.description]);
    expect(parameters).toEqual([
      ["appKey", "path", "Appkey issued from the console"],
      ["pageSize", "query", "rows a page"],
    ]);
  });

  it("reads the example under Response (JSON) without its comments and trailing comma, and says so", () => {
    const content = (ops[0]!.op.responses as Record<string, { content?: Record<string, { example?: unknown }> }>)["2XX"]?.content?.["application/json"];
    expect(content?.example).toEqual({ header: { isSuccessful: true }, widgets: [{ id: 1 }] });
    expect(diagnostics.filter((d) => d.ruleId === "json-example-annotated").map((d) => d.at)).toEqual([{ page: "widget.md", line: 23 }]);
  });
});
