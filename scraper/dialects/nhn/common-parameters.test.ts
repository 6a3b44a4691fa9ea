/**
 * Parameter tables a page prints once, outside any API: a path parameter table under a `Pathパラメータ情報`-style
 * caption in a common section (Cloud Search), and a `#### HTTP Header` table of the headers every call sends
 * (GameTalk). Each API gets the parameters it uses and does not list itself, typed and described as the common row,
 * at that row's line; the table and each API it is applied to are noted. Hand-written pages in the family's style.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../core/diagnostics.js";
import { errorsAt, operations, scrapeNhn } from "./test-support.js";

type Param = { name: string; in: string; required: boolean; description?: string; schema: unknown; "x-source": { line: number } };

const params = (op: { parameters?: unknown[] }) => (op.parameters ?? []) as Param[];
const lineOf = (d: Diagnostic) => ("line" in d.at ? d.at.line : -1);

const pathPage = [
  "## Search > Widget Search > API v2.0ガイド",
  "",
  "## 共通",
  "",
  "Pathパラメータ情報",
  "",
  "| 名前 | 説明 |",
  "| --- | --- |",
  "| appKey | コンソールで発行されたアプリケーションキー |",
  "| widgetId | ウィジェットの名前 |",
  "",
  "## ウィジェット",
  "",
  "### 1. 開始",
  "",
  "**[リクエスト]**",
  "",
  "URI情報",
  "",
  "| メソッド | URI |",
  "| --- | --- |",
  "| POST | /widget/v2.0/appkeys/{{appKey}}/widgets/{{widgetId}}/begin |",
  "",
  "**[レスポンス]**",
  "",
  "```json",
  "{}",
  "```",
  "",
  "### 2. 一覧",
  "",
  "**[リクエスト]**",
  "",
  "URI情報",
  "",
  "| メソッド | URI |",
  "| --- | --- |",
  "| GET | /widget/v2.0/appkeys/{{appKey}}/widgets |",
  "",
  "**[レスポンス]**",
  "",
  "```json",
  '{ "count": 1 }',
  "```",
  "",
].join("\n");

const headerPage = [
  "## Game > Widget Talk > API v1.0 Guide",
  "",
  "## Common",
  "",
  "#### HTTP Header",
  "",
  "When calling the API, set the following items in the HTTP header.",
  "",
  "| Name | Required | Value |",
  "| --- | --- | --- |",
  "| Content-Type | mandatory | application/json; charset=UTF-8 |",
  "| X-Widget-Key | mandatory | See the key description |",
  "| X-Widget-Trace-Id | optional | See the trace description |",
  "",
  "## Widget",
  "",
  "#### Create Widget",
  "",
  "**[Method, URI]**",
  "",
  "| Method | URI |",
  "| --- | --- |",
  "| POST | /widget-talk/v1.0/appkeys/{appKey}/widgets |",
  "",
  "**[Path Variable]**",
  "",
  "| Name | Type | Value |",
  "| --- | --- | --- |",
  "| appKey | String | Project AppKey |",
  "",
  "**[Request Header]**",
  "",
  "| Name | Required | Value |",
  "| --- | --- | --- |",
  "| X-Widget-Trace-Id | mandatory | The trace this call belongs to |",
  "",
  "**[Request Body]**",
  "",
  "| Name | Type | Required | Value |",
  "| --- | --- | --- | --- |",
  "| widgetName | String | mandatory | Widget name |",
  "",
  "**[Response Body]**",
  "",
  "```json",
  '{ "widgetId": "w-1" }',
  "```",
  "",
].join("\n");

describe("NHN dialect: a common path parameter table", () => {
  const { doc, diagnostics } = scrapeNhn("widget-search.md", pathPage, "markdown");
  const ops = operations(doc);

  it("declares the common rows in each API whose path uses them, at the common row's line", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    const begin = ops.find((o) => o.path.endsWith("/begin"))!.op;
    expect(params(begin).map((p) => [p.name, p.in, p.required, p.description, p.schema, p["x-source"].line])).toEqual([
      ["appKey", "path", true, "コンソールで発行されたアプリケーションキー", { type: "string" }, 9],
      ["widgetId", "path", true, "ウィジェットの名前", { type: "string" }, 10],
    ]);
    // An API whose path has no {widgetId} gets only appKey.
    const list = ops.find((o) => o.path.endsWith("/widgets"))!.op;
    expect(params(list).map((p) => p.name)).toEqual(["appKey"]);
  });

  it("no longer reports the placeholders as undeclared, nor the table as outside any API; notes each place", () => {
    expect(diagnostics.filter((d) => ["doc-undeclared-path-parameter", "nhn-table-outside-api"].includes(d.ruleId))).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-common-parameter-table").map((d) => [d.severity, lineOf(d)])).toEqual([["info", 7]]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-common-parameters").map((d) => [d.severity, lineOf(d), d.data])).toEqual([
      ["info", 22, { parameters: ["{appKey}", "{widgetId}"], tables: [{ page: "widget-search.md", line: 7 }] }],
      ["info", 38, { parameters: ["{appKey}"], tables: [{ page: "widget-search.md", line: 7 }] }],
    ]);
  });
});

describe("NHN dialect: a common request header table", () => {
  const { doc, diagnostics } = scrapeNhn("widget-talk.md", headerPage, "markdown");
  const op = operations(doc)[0]!.op;

  it("sends the common headers the API does not name itself; its own row wins; Content-Type is no parameter", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(params(op).map((p) => [p.name, p.in, p.required, p["x-source"].line])).toEqual([
      ["appKey", "path", true, 29],
      ["X-Widget-Trace-Id", "header", true, 35],
      ["X-Widget-Key", "header", true, 12],
    ]);
    expect(params(op).find((p) => p.name === "X-Widget-Key")).toMatchObject({ description: "Value: See the key description", schema: { type: "string" } });
    expect(diagnostics.filter((d) => d.ruleId === "nhn-table-outside-api")).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-common-parameters").map((d) => [lineOf(d), d.data])).toEqual([
      [23, { parameters: ["X-Widget-Key"], tables: [{ page: "widget-talk.md", line: 9 }] }],
    ]);
  });
});

describe("NHN dialect: an auth header in a common request header table", () => {
  const page = [
    "## Storage > Widget Store > API v1.0 Guide",
    "",
    "[Request Header]",
    "",
    "| Name | Description |",
    "| --- | --- |",
    "| X-Auth-Token | Token issued on the console |",
    "| X-Widget-Region | Region of the widget |",
    "",
    "### List Widgets",
    "",
    "```",
    "GET /v1.0/widgets",
    "```",
    "",
    "#### Request",
    "",
    "This API does not require a request body.",
    "",
    "#### Response",
    "",
    "```json",
    '{ "widgets": [] }',
    "```",
    "",
  ].join("\n");
  const { doc, diagnostics } = scrapeNhn("widget-store.md", page, "markdown");

  it("is the security every API sends; the other rows are header parameters", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(doc.security).toEqual([{ [Object.keys(doc.components.securitySchemes ?? {})[0]!]: [] }]);
    expect(Object.values(doc.components.securitySchemes ?? {})).toMatchObject([{ type: "apiKey", in: "header", name: "X-Auth-Token" }]);
    expect(params(operations(doc)[0]!.op).map((p) => [p.name, p.in, p.required, p["x-source"].line])).toEqual([["X-Widget-Region", "header", false, 8]]);
  });
});
