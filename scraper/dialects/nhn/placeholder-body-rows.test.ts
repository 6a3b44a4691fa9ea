/**
 * A request `[Field]` table (a body caption) listing the path's placeholder (`GET …/{taskId}/status` over `| taskId |
 * String | Required | … |`, Speech to Text v2.1): the path parameter with that row's type and description, reported, not a
 * JSON body of a GET. And "Not required" in a Required column is optional. Hand-written page in the family's style.
 */
import { describe, expect, it } from "vitest";
import { errorsAt, operations, scrapeNhn } from "./test-support.js";

const page = [
  "## AI Service > Widget to Text > API Guide",
  "",
  "## Widget API",
  "",
  "### Check Status",
  "- Retrieves the status of a task.",
  "",
  "[URI]",
  "",
  "| Method | URI |",
  "|---|---|",
  "| GET | https://api-widget.example.com/v2.1/tasks/{taskId}/status |",
  "",
  "[Field]",
  "",
  "| Name | Type | Required | Description |",
  "|---|---|---|---|",
  "| taskId | String | Required | Task UUID |",
  "| verbose | Boolean | Not required | More detail |",
  "",
  "#### Response",
  "",
  "[Response Body]",
  "",
  "```",
  '{ "taskStatus": "DONE" }',
  "```",
  "",
].join("\n");

describe("NHN dialect: a request field named like a path placeholder", () => {
  const { doc, diagnostics } = scrapeNhn("widget-text.md", page, "markdown");
  const { op } = operations(doc)[0]!;

  it("is the path parameter, as its row gives it, reported at the row", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    const taskId = (op.parameters ?? []).find((p) => p.name === "taskId") as { in: string; required: boolean; description?: string; schema: unknown } | undefined;
    expect(taskId).toMatchObject({ in: "path", required: true, description: "Task UUID", schema: { type: "string" } });
    const moved = diagnostics.filter((d) => d.ruleId === "doc-parameter-location-differs");
    expect(moved.map((d) => [d.severity, "line" in d.at ? d.at.line : -1])).toEqual([["warning", 18]]);
    expect(diagnostics.filter((d) => d.ruleId === "doc-undeclared-path-parameter")).toEqual([]);
  });

  it('leaves the other rows in the body, and reads "Not required" as optional', () => {
    const body = op.requestBody?.content["application/json"]?.schema;
    const schema = doc.components.schemas?.[String(body?.$ref).replace("#/components/schemas/", "")];
    expect(Object.keys(schema?.properties ?? {})).toEqual(["verbose"]);
    expect(schema?.required).toBeUndefined();
    expect(diagnostics.filter((d) => d.ruleId === "nhn-unclear-required")).toEqual([]);
  });
});

describe("NHN dialect: a header or path row without a data type", () => {
  const page = [
    "## Compute > Widget Monitoring > API Guide",
    "",
    "### 1. Query widgets",
    "",
    "[URL]",
    "```http",
    "[GET] /v1.0/projects/{projectId}/widgets",
    "```",
    "",
    "#### Request",
    "[Request Header]",
    "",
    "| Header name | Value | Required | Note |",
    "| --- | --- | --- | --- |",
    "| X-WIDGET-REGION | regionCode | O | The region to query |",
    "",
    "[Path Variable]",
    "",
    "| Key | Value |",
    "| --- | --- |",
    "| projectId | Project ID |",
    "",
    "#### Result",
    "```",
    '{ "count": 1 }',
    "```",
    "",
  ].join("\n");
  const { doc, diagnostics } = scrapeNhn("widget-monitoring.md", page, "markdown");

  it("is a string (a header value and a path segment are text), without a missing-format warning", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    const params = (operations(doc)[0]!.op.parameters ?? []) as Array<{ name: string; in: string; schema: unknown }>;
    expect(params.map((p) => [p.name, p.in, p.schema])).toEqual([
      ["X-WIDGET-REGION", "header", { type: "string" }],
      ["projectId", "path", { type: "string" }],
    ]);
    expect(diagnostics.filter((d) => d.ruleId === "doc-missing-format")).toEqual([]);
  });
});
