/**
 * Guides split into one file per section (front matter `source` / `section`, no `Category > Product > API
 * Guide` title), their `| Name | Type | Value |` tables (Value is the description), and `[Parameter]` tables
 * with Default value and Valid range columns, on hand-written pages imitating them.
 */
import { describe, expect, it } from "vitest";
import { isSourceLocation } from "../../../core/diagnostics.js";
import type { Diagnostic } from "../../../core/diagnostics.js";
import { operations, scrapeNhn } from "./test-support.js";

const located = (ds: readonly Diagnostic[], severity: string) => ds.filter((d) => d.severity === severity).map((d) => [d.ruleId, isSourceLocation(d.at) ? d.at.line : -1]);

function splitPage(frontMatter: string[]): string {
  return [
    "---",
    ...frontMatter,
    "---",
    "",
    "## Widget",
    "",
    "#### Get Widget",
    "",
    "Returns one widget.",
    "",
    "**[Method, URI]**",
    "",
    "| Method | URI |",
    "| --- | --- |",
    "| GET | /widget-api/v1.3/apps/{appId}/widgets/{widgetId}?verbose={verbose} |",
    "",
    "**[Path Variable]**",
    "",
    "| Name | Type | Value |",
    "| --- | --- | --- |",
    "| appId | String | Project ID |",
    "| widgetId | String | Widget ID |",
    "",
    "**[Request Parameter]**",
    "",
    "| Name | Type | Required | Value |",
    "| --- | --- | --- | --- |",
    "| verbose | boolean | Optional | Detailed view |",
    "",
    "**[Response Body]**",
    "",
    "```json",
    '{ "header": { "isSuccessful": true }, "result": { "title": "w" } }',
    "```",
    "",
    "| Key | Type | Description |",
    "| --- | --- | --- |",
    "| result | Object | Widget |",
    "| result.title | String | Title |",
    "",
    "#### Count Widgets",
    "",
    "**[Method, URI]**",
    "",
    "| Method | URI |",
    "| --- | --- |",
    "| GET | /widget-api/v1.3/apps/{appId}/widget-count |",
    "",
    "**[Path Variable]**",
    "",
    "| Name | Type | Value |",
    "| --- | --- | --- |",
    "| appId | String | Project ID |",
    "",
    "**[Response Body]**",
    "",
    "```json",
    '{ "header": { "isSuccessful": true }, "count": 3 }',
    "```",
    "",
  ].join("\n");
}

const fields = ["source: api-guide.md", 'section: "Widget"', "order: 8", "split: true", "keyword: Server API, Widget"];

describe("NHN guides split into one file per section", () => {
  const { result, doc, diagnostics } = scrapeNhn("widget-section.md", splitPage(fields), "markdown");

  it("reads every API of the section, the version from the paths", () => {
    expect(located(diagnostics, "error")).toEqual([]);
    expect(operations(doc).map((o) => `${o.method} ${o.path}`)).toEqual(["get /widget-api/v1.3/apps/{appId}/widget-count", "get /widget-api/v1.3/apps/{appId}/widgets/{widgetId}"]);
    expect(result.files.map((f) => f.path)).toEqual(["nhn/api-guide/v1.3.yaml"]);
  });

  it("names the service after the guide the section was split from, and says so at the front matter", () => {
    expect(located(diagnostics, "warning").filter(([id]) => id === "nhn-split-section-without-product")).toEqual([["nhn-split-section-without-product", 1]]);
  });

  it("reads Name | Type | Value tables with Value as the description, at the rows' lines", () => {
    const get = operations(doc).find((o) => o.path.endsWith("{widgetId}"))!.op as unknown as {
      parameters: Array<{ name: string; in: string; description?: string; schema: { type?: string }; "x-source": { line: number } }>;
    };
    expect(get.parameters.map((p) => [p.name, p.in, p.description, p.schema.type, p["x-source"].line])).toEqual([
      ["appId", "path", "Project ID", "string", 25],
      ["widgetId", "path", "Widget ID", "string", 26],
      ["verbose", "query", "Detailed view", "boolean", 32],
    ]);
  });

  it("takes the product from the front matter when it names one, without a warning", () => {
    const named = scrapeNhn("widget-section.md", splitPage([...fields, "product: Widget Hub"]), "markdown");
    expect(named.result.files.map((f) => f.path)).toEqual(["nhn/widget-hub/v1.3.yaml"]);
    expect(named.diagnostics.some((d) => d.ruleId === "nhn-split-section-without-product")).toBe(false);
  });

  it("a Value column without a Name column is no field table: an error at its line, the API still read", () => {
    const page = splitPage(fields).replace("| Name | Type | Required | Value |\n| --- | --- | --- | --- |\n| verbose | boolean |", "| Type | Required | Value |\n| --- | --- | --- |\n|");
    const { doc, diagnostics } = scrapeNhn("widget-section.md", page, "markdown");
    expect(located(diagnostics, "error")).toEqual([["nhn-unknown-table", 30]]);
    expect(operations(doc)).toHaveLength(2);
  });

  it("a Value column beside Name and Required, with no Type or Description column, is the description (Resource Watcher)", () => {
    const page = splitPage(fields).replace(
      "| Name | Type | Value |\n| --- | --- | --- |\n| appId | String | Project ID |\n| widgetId",
      "| Name | Required | Value |\n| --- | --- | --- |\n| appId | Required | Project ID |\n| widgetId",
    );
    const { doc, diagnostics } = scrapeNhn("widget-section.md", page, "markdown");
    expect(located(diagnostics, "error")).toEqual([]);
    const get = operations(doc)[0]!.op as { parameters: Array<{ name: string; in: string; description?: string }> };
    expect(get.parameters.map((p) => [p.name, p.in, p.description])[0]).toEqual(["appId", "path", "Project ID"]);
  });

  it("front matter naming no source guide leaves the page as before: its first heading is the title", () => {
    const { result } = scrapeNhn("widget-section.md", splitPage(["order: 8"]), "markdown");
    expect(result.files.map((f) => f.path)).toEqual(["nhn/widget/v1.3.yaml"]);
  });
});

const parameterTable = (head: string, rows: string[]) => [
  "## Security > Widget Guard > API Guide",
  "",
  "### Get Status",
  "",
  "#### Request",
  "",
  "[URI]",
  "",
  "| Method | URI |",
  "| --- | --- |",
  "| GET | /v1.0/appkeys/{appkey}/status |",
  "",
  "[Path Parameter]",
  "",
  "| Name | Type | Required | Description |",
  "| --- | --- | --- | --- |",
  "| appkey | String | Required | Appkey |",
  "",
  "[Parameter]",
  "",
  head,
  "| --- | --- | --- | --- | --- | --- |",
  ...rows,
  "",
  "#### Response",
  "",
  "[Response Body]",
  "",
  "```json",
  '{ "header": { "isSuccessful": true } }',
  "```",
  "",
];

describe("Default value and Valid range columns", () => {
  const page = parameterTable("| Name | Type | Required | Default value | Valid range | Description |", [
    "| targetType | Integer | Optional | 0 | 0, 1 | Type of ID |",
    "| size | Integer | Optional | 20 | 1 ~ 100 | Page size |",
    "| targetDate | Date | Required | - | (N-90) day ~ (N-1) day | Target date |",
    "| order | String | Optional | Newest first | ASC, DESC | Sort order |",
  ]).join("\n");
  const { doc, diagnostics } = scrapeNhn("guard.md", page, "markdown");
  const params = () => (operations(doc)[0]!.op.parameters ?? []) as Array<{ name: string; description?: string; schema: Record<string, unknown> }>;
  const param = (name: string) => params().find((p) => p.name === name)!;

  it("reads every row as a query parameter", () => {
    expect(located(diagnostics, "error")).toEqual([]);
    expect(params().map((p) => p.name)).toEqual(["appkey", "targetType", "size", "targetDate", "order"]);
  });

  it("a plain value of the type is the default; '-' is none", () => {
    expect(param("targetType").schema.default).toBe(0);
    expect(param("size").schema.default).toBe(20);
    expect(param("targetDate").schema.default).toBeUndefined();
  });

  it("keeps the valid range in the description and reads minimum and maximum from it like prose", () => {
    expect(param("targetType").description).toBe("Type of ID\nValid range: 0, 1");
    expect(param("size").schema).toMatchObject({ minimum: 1, maximum: 100 });
    expect(param("targetDate").description).toBe("Target date\nValid range: (N-90) day ~ (N-1) day");
  });

  it("a default that is no plain value is kept in the description and reported at its row, not written", () => {
    expect(param("order").schema.default).toBeUndefined();
    expect(param("order").description).toContain("Default value: Newest first");
    expect(located(diagnostics, "warning").filter(([id]) => id === "nhn-default-not-read")).toEqual([["nhn-default-not-read", 26]]);
  });

  it("reads the Korean column names (기본값, 유효 범위)", () => {
    const ko = parameterTable("| Name | Type | Required | 기본값 | 유효 범위 | Description |", ["| size | Integer | Optional | 10 | 1 ~ 50 | 페이지 크기 |"]).join("\n");
    const { doc, diagnostics } = scrapeNhn("guard-ko.md", ko, "markdown");
    expect(located(diagnostics, "error")).toEqual([]);
    const size = (operations(doc)[0]!.op.parameters ?? []).find((p) => p.name === "size")! as unknown as { description: string; schema: Record<string, unknown> };
    expect(size.schema).toMatchObject({ type: "integer", default: 10, minimum: 1, maximum: 50 });
    expect(size.description).toBe("페이지 크기\n유효 범위: 1 ~ 50");
  });
});
