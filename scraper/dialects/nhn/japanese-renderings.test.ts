/**
 * The Japanese renderings of the NHN guides, on hand-written pages imitating them: the part labels リクエスト /
 * レスポンス (as headings, or as bold bracketed lines), the request line as a `| メソッド | URI |` table, Japanese column
 * labels and Required values, captions without brackets ("URI情報", "パラメータ情報", "BODY情報(例)"), `{{appKey}}`
 * placeholders and a version glued to the guide word ("API v1.0ガイド").
 */
import { describe, expect, it } from "vitest";
import type { Schema } from "./test-support.js";
import { checkExamples, errorsAt, firstMedia, operations, resolve, scrapeNhn } from "./test-support.js";

const headingPage = [
  "## Security > Widget Watch > APIガイド",
  "",
  "## 監視API",
  "",
  "### ウィジェット照会",
  "",
  "#### リクエスト",
  "",
  "[URI]",
  "",
  "| メソッド | URI |",
  "| --- | --- |",
  "| GET | /v1.0/appkeys/{appKey}/widgets |",
  "",
  "[パラメータ]",
  "",
  "| 名前 | タイプ | 必須かどうか | デフォルト値 | 有効範囲 | 説明 |",
  "| --- | --- | --- | --- | --- | --- |",
  "| page | Integer | 任意 | 1 |  | 照会するページ |",
  "| kind | String | 必須 |  |  | 種類 |",
  "",
  "#### レスポンス",
  "",
  "[レスポンス本文]",
  "",
  "``` json",
  '{ "header": { "isSuccessful": true }, "count": 2 }',
  "```",
  "",
  "[フィールド]",
  "",
  "| フィールド | タイプ | 説明 |",
  "| --- | --- | --- |",
  "| header | Object | ヘッダ領域 |",
  "| header.isSuccessful | Boolean | 成否 |",
  "| count | Integer | 総数 |",
  "",
].join("\n");

const boldPage = [
  "## Search > Widget Search > API v2.0ガイド",
  "",
  "## 検索",
  "",
  "### 1. 開始",
  "",
  "**[リクエスト]**",
  "",
  "URI情報",
  "",
  "| メソッド | URI |",
  "| ------ | --- |",
  "| POST   | /widgets/v2.0/appkeys/{{appKey}}/begin |",
  "",
  "**[レスポンス]**",
  "",
  "レスポンス本文",
  "",
  "```",
  "{}",
  "```",
  "",
  "### 2. 検索",
  "",
  "**[リクエスト]**",
  "",
  "URI情報(例)",
  "",
  "| メソッド | URI |",
  "| ------ | --- |",
  "| GET    | /widgets/v2.0/appkeys/{{appKey}}/search?q=&size=10 |",
  "",
  "パラメータ情報",
  "",
  "| 名前 | 説明 |",
  "| ---- | ---- |",
  "| q    | クエリ |",
  "| size | サイズ |",
  "",
  "**[レスポンス]**",
  "",
  "レスポンス本文(例)",
  "",
  "```",
  '{ "total": 2 }',
  "```",
  "",
  "### 3. 追加",
  "",
  "**[リクエスト]**",
  "",
  "URI情報",
  "",
  "| メソッド | URI |",
  "| ------ | --- |",
  "| POST   | /widgets/v2.0/appkeys/{{appKey}}/items |",
  "",
  "BODY情報(例)",
  "",
  "```",
  '[{ "id": "id-1" }]',
  "```",
  "",
  "**[レスポンス]**",
  "",
  "レスポンス本文(例)",
  "",
  "```",
  '{ "id": 1 }',
  "```",
  "",
].join("\n");

/** `| 値 | タイプ | 説明 |` (value, type, description): the first column names the fields, as `| Value | Type | Description |` does. */
const valuePage = [
  "## Management > Widget Manager > API v1.0ガイド",
  "",
  "### ウィジェットの検索リスト",
  "",
  "#### リクエスト",
  "",
  "```",
  "GET /widgets/v1.0/appkeys/{appKey}/widgets?pageSize={pageSize}",
  "```",
  "",
  "| 値 | タイプ | 説明 |",
  "| --- | --- | --- |",
  "| pageSize | Number | ページサイズ |",
  "",
  "#### レスポンス",
  "",
  "```json",
  '{ "totalCount": 1 }',
  "```",
  "",
  "| 値 | タイプ | 説明 |",
  "| --- | --- | --- |",
  "| totalCount | Number | 合計数 |",
  "",
].join("\n");

describe("NHN dialect: Japanese renderings", () => {
  it("reads | 値 | タイプ | 説明 | tables by their first column", () => {
    const { doc, diagnostics } = scrapeNhn("widget-manager-ja.md", valuePage, "markdown");
    expect(errorsAt(diagnostics)).toEqual([]);
    const op = operations(doc)[0]!.op;
    expect((op.parameters ?? []).find((p) => p.name === "pageSize")).toMatchObject({ in: "query", schema: { type: "number" } });
    const schema = resolve(doc, firstMedia(op.responses["2XX"]?.content)?.schema as Schema);
    expect(Object.keys(schema.properties ?? {})).toEqual(["totalCount"]);
  });

  it("reads the parts, the メソッド | URI table and the Japanese field tables", () => {
    const { doc, diagnostics, result } = scrapeNhn("widget-watch-ja.md", headingPage, "markdown");
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(result.files[0]?.path).toBe("nhn/widget-watch/v1.0.yaml");
    const ops = operations(doc);
    expect(ops.map((o) => `${o.method} ${o.path}`)).toEqual(["get /v1.0/appkeys/{appKey}/widgets"]);
    const params = ops[0]!.op.parameters ?? [];
    const page = params.find((p) => p.name === "page");
    expect(page).toMatchObject({ in: "query", required: false, schema: { type: "integer", default: 1 } });
    expect(params.find((p) => p.name === "kind")).toMatchObject({ in: "query", required: true });
    const schema = resolve(doc, firstMedia(ops[0]!.op.responses["2XX"]?.content)?.schema as Schema);
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(["count", "header"]);
    expect(checkExamples(doc).failures).toEqual([]);
  });

  it("reads bold bracketed part labels, captions without brackets and {{placeholders}}", () => {
    const { doc, diagnostics, result } = scrapeNhn("widget-search-ja.md", boldPage, "markdown");
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(result.files[0]?.path).toBe("nhn/widget-search/v2.0.yaml");
    const ops = operations(doc);
    expect(ops.map((o) => `${o.method} ${o.path}`).sort()).toEqual([
      "get /widgets/v2.0/appkeys/{appKey}/search",
      "post /widgets/v2.0/appkeys/{appKey}/begin",
      "post /widgets/v2.0/appkeys/{appKey}/items",
    ]);
    const at = (path: string) => ops.find((o) => o.path.endsWith(path))!.op;
    const search = at("/search").parameters ?? [];
    expect(search.filter((p) => p.in === "query").map((p) => p.name)).toEqual(["q", "size"]);
    expect(search.filter((p) => p.in === "path").map((p) => p.name)).toEqual(["appKey"]);
    expect(firstMedia(at("/items").requestBody?.content)?.example).toEqual([{ id: "id-1" }]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-unread-block")).toEqual([]);
  });
});
