/**
 * The Compute v1.0 guides' rendering (Instance, Image, Network and Block Storage API v1.0): `##### Method, URL` /
 * `##### Request Body` caption headings, `| Name | In | Type | Optional | Description |` tables whose Optional column
 * says `O` for a field that may be left out and `-` for one that may not, and rows named by the example's
 * placeholders (`TOAST ID` for `"username": "{TOAST ID}"`); and Face Recognition's `| Name | Type | Required | … |`, whose
 * Type column holds data types. Fixtures written for these tests, in the shape of those pages.
 */
import { describe, expect, it } from "vitest";
import { errorsAt, firstMedia, operations, resolve, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Compute > Widget > API Guide",
  "",
  "## Token API",
  "",
  "#### Issue Tokens",
  "",
  "##### Method, URL",
  "```",
  "POST /v1.0/appkeys/{appkey}/tokens",
  "Content-Type: application/json;charset=UTF-8",
  "```",
  "",
  "##### Request Body",
  "```json",
  '{ "auth": { "username": "{User ID}", "password": "{API Password}" } }',
  "```",
  "",
  "| Name | In | Type | Optional | Description |",
  "| -- | -- | -- | -- | -- |",
  "| User ID | Body | String | - | The user's ID |",
  "| API Password | Body | String | - | The API password |",
  "",
  "##### Response Body",
  "```json",
  '{ "access": { "token": { "id": "{Token ID}", "expires": "{Expires}" }, "roles": [{ "name": "{Role}", "admin": "{Admin}" }] } }',
  "```",
  "",
  "| Name | In | Type | Description |",
  "| -- | -- | -- | -- |",
  "| Token ID | Body | String | Token UUID |",
  "| Expires | Body | String | Expiry time |",
  "| Role | Body | String | Role name |",
  "| Admin | Body | Boolean | Whether the role is an administrator |",
  "| Missing | Body | String | A placeholder the example does not have |",
  "",
  "## Widget API",
  "",
  "### List Widgets",
  "#### Method, URL",
  "```",
  "GET /v1.0/appkeys/{appkey}/widgets?id={widgetId}",
  "X-Auth-Token: {tokenId}",
  "```",
  "",
  "| Name | In | Type | Optional | Description |",
  "| -- | -- | -- | -- | -- |",
  "| tokenId | Header | String | - | Token ID |",
  "| widgetId | Query | String | O | Widget to list; all widgets when left out |",
  "",
  "#### Request Body",
  "This API does not require a request body.",
  "",
  "#### Response Body",
  "```json",
  '{ "widgets": [{ "id": "{Widget ID}" }] }',
  "```",
  "",
  "| Name | In | Type | Description |",
  "| -- | -- | -- | -- |",
  "| Widget ID | Body | String | Widget ID |",
].join("\n");

describe("Compute v1.0 tables: an In column, an Optional column and placeholder names", () => {
  const { doc, diagnostics } = scrapeNhn("widget.md", PAGE, "markdown");
  const ops = operations(doc);
  const issue = ops.find((o) => o.method === "post")!.op;
  const list = ops.find((o) => o.method === "get")!.op;

  it("reads both APIs, their tables' In column as the location even under a body caption", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(ops.map((o) => [o.method, o.path, o.op.summary])).toEqual([
      ["post", "/v1.0/appkeys/{appkey}/tokens", "Issue Tokens"],
      ["get", "/v1.0/appkeys/{appkey}/widgets", "List Widgets"],
    ]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-unknown-column")).toEqual([]);
  });

  it("reads the Optional column inverted: `-` is required, `O` may be left out", () => {
    expect(list.parameters?.filter((p) => p.in !== "path").map((p) => [p.in, p.name, p.required])).toEqual([
      ["header", "X-Auth-Token", true],
      ["query", "widgetId", false],
    ]);
    expect(resolve(doc, resolve(doc, firstMedia(issue.requestBody?.content)?.schema).properties?.auth).required).toEqual(["username", "password"]);
  });

  it("names each row after the example field its placeholder stands in, reported; a row the example lacks stays as it is", () => {
    const request = resolve(doc, firstMedia(issue.requestBody?.content)?.schema);
    expect(Object.keys(request.properties?.auth?.properties ?? {})).toEqual(["username", "password"]);
    const response = resolve(doc, firstMedia(issue.responses["2XX"]?.content)?.schema);
    const access = response.properties?.access;
    expect(Object.keys(access?.properties?.token?.properties ?? {}).sort()).toEqual(["expires", "id"]);
    expect(access?.properties?.roles?.items?.properties?.name).toMatchObject({ type: "string", description: "Role name" });
    expect(Object.keys(response.properties ?? {})).toContain("Missing");
    const renamed = diagnostics.filter((d) => d.ruleId === "nhn-row-named-by-placeholder").map((d) => (d.data as { path: string }).path);
    expect(renamed).toEqual(expect.arrayContaining(["auth.username", "auth.password", "access.token.id", "access.roles.name", "widgets.id"]));
  });

  it("keeps the table's type where the example only holds a placeholder", () => {
    const response = resolve(doc, firstMedia(issue.responses["2XX"]?.content)?.schema);
    expect(response.properties?.access?.properties?.roles?.items?.properties?.admin?.type).toBe("boolean");
    expect(diagnostics.filter((d) => d.ruleId === "doc-type-differs-from-example")).toEqual([]);
  });
});

describe("rows named by the example's values written without braces (the Korean Compute guides)", () => {
  const page = [
    "## Compute > Widget > API 가이드",
    "",
    "#### Token 발급",
    "##### Method, URL",
    "```",
    "POST /v1.0/appkeys/{appkey}/tokens",
    "```",
    "",
    "##### Request Body",
    "```json",
    '{ "auth": { "username": "User Name", "password": "API Password", "tenant": "tenant" } }',
    "```",
    "###### Parameters",
    "| Name | In | Type | Optional | Description |",
    "| -- | -- | -- | -- | -- |",
    "| User Name | Body | String | - | 사용자 이름 |",
    "| API Password | Body | String | - | API 비밀번호 |",
    "| tenant | Body | String | O | 테넌트 |",
    "",
    "##### Response Body",
    "This API does not return a response body.",
  ].join("\n");
  const { doc, diagnostics } = scrapeNhn("widget-ko.md", page, "markdown");

  it("reads a name that is no field name as the field whose value it is; a field name is read as before", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    const op = operations(doc)[0]!.op;
    const body = resolve(doc, firstMedia(op.requestBody?.content)?.schema);
    expect(Object.keys(body.properties ?? {})).toEqual(["auth"]);
    expect(Object.keys(body.properties?.auth?.properties ?? {}).sort()).toEqual(["password", "tenant", "username"]);
    expect(body.properties?.auth?.required).toEqual(["username", "password"]);
    const renamed = diagnostics.filter((d) => d.ruleId === "nhn-row-named-by-placeholder").map((d) => (d.data as { placeholder: string }).placeholder);
    expect(renamed).toEqual(["User Name", "API Password"]);
  });

  it("reads a `###### Parameters` heading over the table as no more than that", () => {
    expect(diagnostics.filter((d) => d.ruleId === "nhn-unread-block")).toEqual([]);
  });
});

describe("a Type column of data types beside Required (Face Recognition)", () => {
  const page = [
    "## AI Service > Widget Recognition > API v2.1 Guide",
    "",
    "### Detect Widgets",
    "",
    "#### Request",
    "",
    "```",
    "POST /nhn-widget/v2.1/appkeys/{appKey}/widgets?limit={limit}",
    "```",
    "",
    "| Name | Type | Required | Examples | Description |",
    "| --- | --- | --- | --- | --- |",
    '| appKey | string | O | "abc" | Path variable, the appkey |',
    "| limit | int | | 10 | How many widgets to return |",
    "| imageFile | file | O | image.png | The image |",
    "| mask | bool | | false | Whether to detect masks |",
    "",
    "#### Response",
    "",
    "| Name | Type | Required | Examples | Description |",
    "| --- | --- | --- | --- | --- |",
    "| data.widgetCount | int | O | 2 | Number of widgets |",
  ].join("\n");
  const { doc, diagnostics } = scrapeNhn("widget-recognition.md", page, "markdown");

  it("reads Type as the data type and places each row by its description or the request line, else the body", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    const op = operations(doc)[0]!.op;
    expect(op.parameters?.map((p) => [p.in, p.name, p.schema.type])).toEqual([
      ["path", "appKey", "string"],
      ["query", "limit", "integer"],
    ]);
    const body = resolve(doc, firstMedia(op.requestBody?.content)?.schema);
    expect(body.properties?.imageFile).toMatchObject({ type: "string", format: "binary" });
    expect(body.properties?.mask?.type).toBe("boolean");
    const response = resolve(doc, firstMedia(op.responses["2XX"]?.content)?.schema);
    expect(response.properties?.data?.properties?.widgetCount?.type).toBe("integer");
  });
});
