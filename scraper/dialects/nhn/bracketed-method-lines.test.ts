/**
 * Guides printing the request line with the method in brackets (`[GET] /v1.0/…`, `[GET,POST] /…` for one path answering
 * both), under a `[URL]` caption before the Request heading; `| Header name | Value | Required | Note |` header tables,
 * `| Key | Value | Required | Note |` body tables, `#### Result` as the response label and an error-code table whose
 * first column is the HTTP status. Hand-written page in the family's style.
 */
import { describe, expect, it } from "vitest";
import type { Schema } from "./test-support.js";
import { errorsAt, firstMedia, operations, resolve, scrapeNhn } from "./test-support.js";

const page = [
  "## Compute > Widget Metrics > API Guide",
  "",
  "## Widget API",
  "",
  "### 1. Query metrics",
  "",
  "[URL]",
  "",
  "```http",
  "[GET,POST] /metrics/{endpoint}",
  "```",
  "",
  "#### Request",
  "",
  "[Request Header]",
  "",
  "| Header name | Value | Required | Note|",
  "| --- | --- | --- | --- |",
  "| X-TC-APP-KEY | projectAppkey | O | Shown on the console |",
  "",
  "#### Result",
  "",
  "```",
  '{ "status": "success" }',
  "```",
  "",
  "### 2. Create a widget",
  "",
  "[URL]",
  "```http",
  "[POST] /v1.0/projects/{projectId}/widgets",
  "```",
  "",
  "#### Request",
  "[Request Header]",
  "",
  "| Header name | Value | Required | Note|",
  "| --- | --- | --- | --- |",
  "| X-TC-APP-KEY | projectAppkey | O | Shown on the console |",
  "",
  "[Request Body]",
  "",
  "| Key | Value | Required | Note|",
  "| --- | --- | --- | --- |",
  "| widgetName | Widget name | O | At most 20 letters |",
  "| description | Widget description |   |  |",
  "",
  "[Error Codes]",
  "",
  "| Response Code | resultCode | resultMessage | Description |",
  "| --- | --- | --- | --- |",
  "| 200 | -40001 | ALREADY_EXIST | The widget exists. |",
  "",
  "#### Result",
  "```",
  '{ "header": { "isSuccessful": true }, "body": "widgetId" }',
  "```",
  "",
].join("\n");

describe("NHN dialect: bracketed method lines and Header name / Key | Value | Required | Note tables", () => {
  const { doc, diagnostics } = scrapeNhn("widget-metrics.md", page, "markdown");
  const ops = operations(doc);

  it("reads [GET] / [GET,POST] request lines, reporting the methods not written", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(ops.map((o) => `${o.method} ${o.path}`).sort()).toEqual(["get /metrics/{endpoint}", "post /v1.0/projects/{projectId}/widgets"]);
    const several = diagnostics.filter((d) => d.ruleId === "nhn-several-methods");
    expect(several.map((d) => d.data)).toEqual([{ methods: ["get", "post"] }]);
  });

  it("reads the header and body tables, their Value and Note columns in the description", () => {
    const create = ops.find((o) => o.method === "post")!.op;
    const header = (create.parameters ?? []).find((p) => p.in === "header") as { name: string; required: boolean; description?: string } | undefined;
    expect(header).toMatchObject({ name: "X-TC-APP-KEY", required: true });
    expect(header?.description).toContain("projectAppkey");
    expect(header?.description).toContain("Shown on the console");
    const body = resolve(doc, firstMedia(create.requestBody?.content)?.schema as Schema);
    expect(Object.keys(body.properties ?? {})).toEqual(["widgetName", "description"]);
    expect(body.required).toEqual(["widgetName"]);
    expect(String(body.properties!.widgetName!.description)).toContain("At most 20 letters");
    expect(diagnostics.filter((d) => d.ruleId === "nhn-unknown-column" || d.ruleId === "nhn-unknown-table")).toEqual([]);
  });

  it("reads #### Result as the response and the error codes after an HTTP status column", () => {
    const create = ops.find((o) => o.method === "post")!.op as unknown as Record<string, unknown>;
    const codes = JSON.stringify(create);
    expect(codes).toContain("-40001");
    expect(diagnostics.filter((d) => d.ruleId === "doc-no-response-part")).toEqual([]);
  });
});
