/**
 * The AppKey-style NHN guides, on a hand-written guide imitating them: the request line as a
 * `| Method | URI |` table under `**[URI]**`, bracketed captions saying where the rows of the table after
 * them are sent (so its Type column is the data type), Required / Optional cells, and a Response part of
 * a `[Response Body]` caption, a JSON example and (for one API) a field table.
 */
import { describe, expect, it } from "vitest";
import { isSourceLocation } from "../../../core/diagnostics.js";
import { checkExamples, errorsAt, operations, resolve, scrapeNhn } from "./test-support.js";

const header = ["| Name | Type | Required | Description |", "|---|---|---|---|"];

/** The Response label, the body caption and its example. */
function responsePart(example: string): string[] {
  return ["#### Response", "", "**[Response Body]**", "", "```json", example, "```", ""];
}

/** The Request label and the request line as this family prints it: a caption over a one-row table. */
function uriPart(method: string, path: string): string[] {
  return ["#### Request", "", "**[URI]**", "", "| Method | URI |", "|---|---|", `| ${method} | ${path} |`, ""];
}

const page = [
  "## Application Service > Widget Queue > API v1.0 Guide",
  "",
  "### Domain",
  "",
  "| Region | Domain |",
  "|---|---|",
  "| Korea (Pangyo) Region | https://kr1-widget.example.com |",
  "",
  "## Widget API",
  "",
  "### Get a Widget",
  "",
  "Returns one widget.",
  "",
  ...uriPart("GET", "/v1.0/appkeys/{appKey}/widgets/{widgetName}"),
  "**[Path Parameter]**",
  "",
  ...header,
  "| appKey | String | Required | Appkey |",
  "| widgetName | String | Required | Widget name |",
  "",
  "**[Query Parameter]**",
  "",
  ...header,
  "| verbose | Boolean | Optional | Detailed view |",
  "| limit | Integer | Required | Page size |",
  "",
  "**[Header]**",
  "",
  ...header,
  "| X-Widget-Secret | String | Required | Secret key |",
  "",
  ...responsePart('{ "header": { "isSuccessful": true }, "widget": { "widgetName": "w1", "size": 3 } }'),
  "| Name | Type | Description |",
  "|---|---|---|",
  "| header.isSuccessful | Boolean | Successful or not |",
  "| widget.widgetName | String | Widget name |",
  "| widget.size | Integer | Size |",
  "",
  "### Create a Widget",
  "",
  ...uriPart("POST", "/v1.0/appkeys/{appKey}/widgets"),
  "**[Request Body]**",
  "",
  ...header,
  "| widgetName | String | Required | Widget name |",
  "| size | Integer | Optional | Size |",
  "| colour | Strnig | Optional | Colour |",
  "| | | | |",
  "",
  "```json",
  '{ "widgetName": "w1", "size": 3 }',
  "```",
  "",
  ...responsePart('{ "header": { "isSuccessful": true } }'),
].join("\n");

describe("AppKey-style NHN guides", () => {
  const { doc, diagnostics } = scrapeNhn("widget.md", page, "markdown");
  const ops = operations(doc);

  it("reads the Method | URI table as the request line of each API, and nothing else as an operation", () => {
    expect(ops.map((o) => `${o.method} ${o.path}`).sort()).toEqual(["get /v1.0/appkeys/{appKey}/widgets/{widgetName}", "post /v1.0/appkeys/{appKey}/widgets"]);
  });

  it("takes each table's location from the caption over it and its Type column as the data type", () => {
    const get = ops.find((o) => o.method === "get")!.op;
    const params = (get.parameters ?? []).map((p) => [p.name, p.in, p.required, p.schema.type]);
    expect(params).toEqual(
      expect.arrayContaining([
        ["appKey", "path", true, "string"],
        ["widgetName", "path", true, "string"],
        ["verbose", "query", false, "boolean"],
        ["limit", "query", true, "integer"],
        ["X-Widget-Secret", "header", true, "string"],
      ]),
    );
    expect(params).toHaveLength(5);
  });

  it("reads the request body table and the response body example and table", () => {
    const post = ops.find((o) => o.method === "post")!.op;
    const body = resolve(doc, post.requestBody?.content["application/json"]?.schema);
    expect(Object.keys(body.properties ?? {})).toEqual(expect.arrayContaining(["widgetName", "size"]));
    expect(body.required).toEqual(["widgetName"]);
    const get = ops.find((o) => o.method === "get")!.op;
    const response = resolve(doc, Object.values(get.responses)[0]?.content?.["application/json"]?.schema);
    expect(Object.keys(response.properties ?? {})).toEqual(["header", "widget"]);
    expect(checkExamples(doc).failures).toEqual([]);
  });

  it("reads the region table with a Domain column as the servers", () => {
    expect(doc.servers?.map((s) => s.url)).toEqual(["https://kr1-widget.example.com"]);
  });

  it("reports an unreadable row at its line and reads the rest of the table", () => {
    const errors = errorsAt(diagnostics);
    expect(errors).toEqual([]);
    // An unknown data type is kept as printed (a warning), not an unread row; the empty row is skipped.
    expect(diagnostics.some((d) => d.ruleId === "doc-empty-row")).toBe(true);
  });
});

describe("AppKey-style NHN guides: what stays unread", () => {
  it("a table under a caption with a column the dialect does not know is read, the column kept in the descriptions", () => {
    const since = page.replace("| Name | Type | Required | Description |\n|---|---|---|---|\n| verbose", "| Name | Type | Required | Since | Description |\n|---|---|---|---|---|\n| verbose");
    const { doc, diagnostics } = scrapeNhn("widget.md", since, "markdown");
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-unknown-column").map((d) => (isSourceLocation(d.at) ? d.at.line : -1))).toEqual([32]);
    expect(operations(doc)).toHaveLength(2);
    const get = operations(doc).find((o) => o.method === "get")!.op as unknown as { "x-unread"?: unknown[] };
    expect(get["x-unread"]).toBeUndefined();
  });

  it("a table under a caption with more unknown columns than known ones is an error at its line, the API still read", () => {
    const broken = page.replace("| Name | Type | Required | Description |\n|---|---|---|---|\n| verbose", "| Name | Type | Since | Until | Notes |\n|---|---|---|---|---|\n| verbose");
    const { doc, diagnostics } = scrapeNhn("widget.md", broken, "markdown");
    const errors = errorsAt(diagnostics);
    expect(errors).toEqual([["nhn-unknown-table", 32]]);
    expect(operations(doc)).toHaveLength(2);
    const get = operations(doc).find((o) => o.method === "get")!.op as unknown as { "x-unread"?: unknown[] };
    expect(get["x-unread"]).toHaveLength(1);
  });

  it("a row without a name under a caption is an error at its line, the other rows and APIs read", () => {
    const broken = page.replace("| limit | Integer | Required | Page size |", "|  | Integer | Required | Page size |");
    const { doc, diagnostics } = scrapeNhn("widget.md", broken, "markdown");
    const errors = errorsAt(diagnostics);
    expect(errors).toEqual([["nhn-unreadable-row", 35]]);
    const get = operations(doc).find((o) => o.method === "get")!.op;
    expect((get.parameters ?? []).map((p) => p.name)).toContain("verbose");
    expect(operations(doc)).toHaveLength(2);
  });

  it("a page whose only API request line is a table of another shape is refused, as before", () => {
    const other = page.replace(/\| Method \| URI \|/g, "| Verb | Target | Note |").replace(/\|---\|---\|\n\| (GET|POST)/g, "|---|---|---|\n| $1");
    const { diagnostics } = scrapeNhn("widget.md", other, "markdown");
    expect(diagnostics.some((d) => d.ruleId === "nhn-page-without-operations")).toBe(true);
  });
});

describe("AppKey-style NHN guides: Korean column words and caption spellings", () => {
  // As printed in the Korean API Gateway guide: `필수 여부` for Required, `[QueryString Parameter]`; and
  // Gamebase's `Array[Object]` format.
  const korean = [
    "## Application Service > Widget Queue > API v1.0 가이드",
    "",
    "### 위젯 목록 조회",
    "",
    "#### 요청",
    "",
    "[URI]",
    "| 메서드 | URI |",
    "| --- | --- |",
    "| GET | /v1.0/appkeys/{appKey}/widgets |",
    "",
    "[QueryString Parameter]",
    "| 이름 | 타입 | 필수 여부 | 기본값 | 유효 범위 | 설명 |",
    "| --- | --- | --- | --- | --- | --- |",
    "| page | Integer | 선택 | 1 | 없음 | 페이지 |",
    "| regionCode | String | 필수 | 없음 | KR1 | 리전 |",
    "",
    "#### 응답",
    "",
    "[Response Body]",
    "",
    "```json",
    '{ "header": { "isSuccessful": true }, "memberList": [{ "userId": "u1" }] }',
    "```",
    "",
    "| Key | Type | Description |",
    "| --- | --- | --- |",
    "| memberList | Array[Object] | 유저 목록 |",
    "| memberList[].userId | String | 유저 ID |",
  ].join("\n");

  it("reads an Array[Object] field as an array of the objects the rows under it list", () => {
    const { doc, diagnostics } = scrapeNhn("widget-ko.md", korean, "markdown");
    expect(diagnostics.filter((d) => d.ruleId === "nhn-unknown-format")).toEqual([]);
    const get = operations(doc).find((o) => o.method === "get")!.op;
    const response = resolve(doc, Object.values(get.responses)[0]?.content?.["application/json"]?.schema);
    const list = resolve(doc, response.properties?.["memberList"]);
    expect(list.type).toBe("array");
    expect(Object.keys(resolve(doc, list.items).properties ?? {})).toEqual(["userId"]);
  });

  it("reads 필수 여부 as the Required column and QueryString Parameter as a query caption", () => {
    const { doc, diagnostics } = scrapeNhn("widget-ko.md", korean, "markdown");
    expect(diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId)).toEqual([]);
    const get = operations(doc).find((o) => o.method === "get")!.op;
    const params = (get.parameters ?? []).filter((p) => p.in === "query").map((p) => [p.name, p.required, p.schema.type, p.schema.default]);
    expect(params).toEqual([
      ["page", false, "integer", 1],
      ["regionCode", true, "string", undefined],
    ]);
  });
});
