/**
 * Renderings of the Deploy, CloudTrail and Resource Watcher guides: the request line as a sideways table
 * (`| Http Method | POST |` over `| Request URL | … |`), `##### Parameter (Query String)` and `##### Response (JSON)`
 * headings, `[Path Variable]` over a two-column `| Key | Value |` table (and `| Key | Value | Required |`), and examples annotated with comments.
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
  "##### Parameter",
  "",
  "| Name | Type | Description | Required |",
  "| ---- | ---- | ----------- | -------- |",
  "| sort | String | sort order | false |",
  "",
  "**[Query Parameter]**",
  "",
  "| Key  | Value                                      | Required |",
  "| ---- | ------------------------------------------ | -------- |",
  "| page | Page number to search<br/>Default value: 0 | No       |",
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
      // Under "##### Parameter" right after the request line: the request's fields, a GET's in its query.
      ["sort", "query", "sort order"],
      // `| Key | Value | Required |`: Value is the description.
      ["page", "query", "Page number to search\nDefault value: 0"],
      ["pageSize", "query", "rows a page"],
    ]);
  });

  it("reads the example under Response (JSON) without its comments and trailing comma, and says so", () => {
    const content = (ops[0]!.op.responses as Record<string, { content?: Record<string, { example?: unknown }> }>)["2XX"]?.content?.["application/json"];
    expect(content?.example).toEqual({ header: { isSuccessful: true }, widgets: [{ id: 1 }] });
    expect(diagnostics.filter((d) => d.ruleId === "json-example-annotated").map((d) => d.at)).toEqual([{ page: "widget.md", line: 35 }]);
  });
});

describe("URL rows that are not in the path", () => {
  const page = [
    "## Widget > API v1.0 Guide",
    "",
    "### Search Widgets",
    "",
    "```",
    "GET /search/v1.0/appkeys/{appkey}/widgets?p={param}",
    "```",
    "",
    "#### Request",
    "",
    "| Name | Type | Format | Required | Description |",
    "| --- | --- | --- | --- | --- |",
    "| appkey | URL | String | O | AppKey |",
    "| p | URL | String | O | Encrypted search |",
    "| q | URL | String | O | Not in the line |",
    "",
    "[URL Parameter]",
    "",
    "| Name | Type | Required | Description |",
    "| --- | --- | --- | --- |",
    "| limit | int | O | Max size |",
    "",
    "#### Response",
    "",
    "This API does not return a response body.",
  ].join("\n");
  const { doc, diagnostics } = scrapeNhn("widget.md", page, "markdown");
  const parameters = (operations(doc)[0]!.op.parameters ?? []) as Array<{ name: string; in: string; required: boolean }>;

  it("reads a URL row the request line's query string names, and rows under [URL Parameter], as query parameters", () => {
    expect(parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ["appkey", "path", true],
      ["p", "query", true],
      ["limit", "query", true],
    ]);
  });

  it("leaves out, with a warning, a URL row that neither the path nor the query string names", () => {
    expect(diagnostics.filter((d) => d.ruleId === "doc-path-parameter-not-in-path").map((d) => [d.message.includes('"q"'), d.message.endsWith("left out")])).toContainEqual([true, true]);
  });
});

describe("a common request-header table before the APIs", () => {
  const page = [
    "## Widget > API v1.5 Guide",
    "",
    "### Common Request Information",
    "",
    "#### Request Header",
    "",
    "| Name          | Description                   |",
    "| ------------- | ----------------------------- |",
    "| Authorization | SecretKey issued on a console |",
    "",
    "### List Widgets",
    "",
    "```",
    "GET /v1.5/appKeys/{appKey}/widgets",
    "```",
    "",
    "#### Request",
    "",
    "This API does not require a request body.",
    "",
    "#### Response",
    "",
    "This API does not return a response body.",
  ].join("\n");
  const { doc, diagnostics } = scrapeNhn("widget.md", page, "markdown");

  it("is the security scheme every API uses, with the row's description", () => {
    expect(diagnostics.filter((d) => d.ruleId === "nhn-table-outside-api")).toEqual([]);
    const components = (doc as unknown as { components: { securitySchemes?: Record<string, unknown> }; security?: unknown }).components;
    expect(components.securitySchemes?.["Authorization"]).toMatchObject({ type: "apiKey", in: "header", name: "Authorization", description: "SecretKey issued on a console" });
    expect((doc as unknown as { security?: unknown }).security).toEqual([{ Authorization: [] }]);
  });
});

describe("a body table with the type first and a glossed name column (Service Monitoring)", () => {
  const page = [
    "## Widget > API v1.0 Guide",
    "",
    "### 위젯 등록",
    "",
    "```",
    "POST /widget/v1.0/appkeys/{appKey}/widgets",
    "```",
    "",
    "#### 요청",
    "",
    "[Request Body]",
    "",
    "타입 | 필드명(경로명) | 할당 가능한 값 | 필수 여부 | 필드 설명",
    "---|---|---|---|---",
    "String | url | http로 시작 | Y | 대상 URL",
    "Map <String, String> | headers |  | N | 보낼 헤더",
    "Set | regions | KOR | Y | 리전",
    "String[] | tags |  | N | 태그",
    "",
    "#### 응답",
    "",
    "This API does not return a response body.",
  ].join("\n");
  const { doc, diagnostics } = scrapeNhn("widget.md", page, "markdown");

  it("reads Type as the data type (Map<…> an object, Set and X[] arrays) and the glossed column as the name", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const schemas = (doc as unknown as { components: { schemas: Record<string, { properties?: Record<string, { type?: string }>; required?: string[] }> } }).components.schemas;
    const body = Object.values(schemas).find((s) => s.properties?.url)!;
    expect(Object.fromEntries(Object.entries(body.properties!).map(([k, v]) => [k, v.type]))).toEqual({ url: "string", headers: "object", regions: "array", tags: "array" });
    expect(body.required).toEqual(["url", "regions"]);
  });
});

describe("tables of the types a body table names (Resource Watcher)", () => {
  const page = [
    "## Widget > API v2.0 Guide",
    "",
    "### Register Alarm",
    "",
    "| Method | URI |",
    "| --- | --- |",
    "| POST | /widget/v2.0/appkeys/{appKey}/alarms |",
    "",
    "**[Request Body]**",
    "",
    "| Key | Type | Required | Description |",
    "| --- | --- | --- | --- |",
    "| alarm | [Alarm](#alarm) | Yes | Alarm |",
    "| targets | [Target[]](#target) | No | Targets |",
    "",
    '- Alarm <a id="alarm"></a>',
    "",
    "| Key | Type | Required | Description |",
    "| --- | --- | --- | --- |",
    "| alarmName | String | Yes | Name |",
    "",
    '- Target <a id="target"></a>',
    "",
    "| Key | Type | Required | Description |",
    "| --- | --- | --- | --- |",
    "| email | String | No | E-mail |",
    "",
    "```json",
    '{ "alarm": { "alarmName": "" }, "targets": [ { "email": "" } ] }',
    "```",
    "",
    "**[Response Body]**",
    "",
    "This API does not return a response body.",
  ].join("\n");
  const { doc, diagnostics } = scrapeNhn("widget.md", page, "markdown");

  it("reads each type's table under the field of that type, with no errors", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    type S = { type?: string; properties?: Record<string, S>; items?: S };
    const schemas = (doc as unknown as { components: { schemas: Record<string, S> } }).components.schemas;
    const body = Object.values(schemas).find((s) => s.properties?.alarm)!;
    expect(Object.keys(body.properties!.alarm!.properties ?? {})).toEqual(["alarmName"]);
    expect(Object.keys(body.properties!.targets!.items?.properties ?? {})).toEqual(["email"]);
  });
});
