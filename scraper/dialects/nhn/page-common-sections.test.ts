/**
 * RDS-style guides: what the page says once for every API, before the APIs. "모든 API 요청에 '200 OK'로 응답합니다" (every
 * API answers 200 OK) is the status of responses that name none; an auth section's table of headers (`X-TC-APP-KEY`
 * beside the key and secret headers, each `| Header |`) is the security every API sends; the common response table
 * under `## 응답 공통 정보` / `#### 필드` lists the envelope's fields at the top while its example nests them under
 * `header`, and an API whose example returns `header` without its table listing it gets those common fields.
 * Hand-written page in the family's style.
 */
import { describe, expect, it } from "vitest";
import type { Schema } from "./test-support.js";
import { checkExamples, errorsAt, firstMedia, operations, resolve, scrapeNhn } from "./test-support.js";

const page = [
  "## Database > Widget DB > API 가이드",
  "",
  "| 리전 | 엔드포인트 |",
  "|---|---|",
  "| 한국(판교) 리전 | https://kr1-widget-db.example.com |",
  "",
  "## 인증 및 권한",
  "",
  "| 이름 | 종류 | 형식 | 필수 | 설명 |",
  "|---|---|---|---|---|",
  "| X-TC-APP-KEY | Header | String | O | 서비스의 Appkey |",
  "| X-TC-AUTHENTICATION-ID | Header | String | O | User Access Key ID |",
  "| X-TC-AUTHENTICATION-SECRET | Header | String | O | Secret Access Key |",
  "",
  "## 응답 공통 정보",
  "",
  "모든 API 요청에 '200 OK'로 응답합니다. 자세한 응답 결과는 응답 본문의 헤더를 참고합니다.",
  "",
  "#### 응답 본문",
  "",
  "```json",
  '{ "header": { "resultCode": 0, "resultMessage": "SUCCESS", "isSuccessful": true } }',
  "```",
  "",
  "#### 필드",
  "",
  "| 이름 | 자료형 | 설명 |",
  "|---|---|---|",
  "| resultCode | int | 결과 코드 |",
  "| resultMessage | String | 결과 메시지 |",
  "| isSuccessful | boolean | 성공 여부 |",
  "",
  "## 위젯",
  "",
  "### 위젯 목록 보기",
  "",
  "```",
  "GET /v3.0/widgets",
  "```",
  "",
  "#### 요청",
  "",
  "이 API는 요청 본문을 요구하지 않습니다.",
  "",
  "#### 응답",
  "",
  "| 이름 | 종류 | 형식 | 설명 |",
  "|---|---|---|---|",
  "| widgets | Body | Array | 위젯 목록 |",
  "| widgets.widgetId | Body | UUID | 위젯 식별자 |",
  "",
  "```json",
  '{ "header": { "resultCode": 0, "resultMessage": "SUCCESS", "isSuccessful": true }, "widgets": [{ "widgetId": "1b1d3627-507a-49ea-8cb7-c86dfa9caa58" }] }',
  "```",
  "",
].join("\n");

describe("NHN dialect: what the page says once for every API", () => {
  const { doc, diagnostics } = scrapeNhn("widget-db.md", page, "markdown");
  const op = operations(doc)[0]!.op;

  it("answers 200 where the page says every API does", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(Object.keys(op.responses)).toEqual(["200"]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-page-status").map((d) => d.data)).toEqual([{ status: "200" }]);
  });

  it("reads the auth section's header table as the security every API sends", () => {
    expect(doc.security).toEqual([{ XTCAPPKEY: [], XTCAUTHENTICATIONID: [], XTCAUTHENTICATIONSECRET: [] }]);
    expect(Object.keys(doc.components.securitySchemes ?? {})).toEqual(["XTCAPPKEY", "XTCAUTHENTICATIONID", "XTCAUTHENTICATIONSECRET"]);
  });

  it("adds the common header envelope the example returns, so the example is no doc bug", () => {
    const body = resolve(doc, firstMedia(op.responses["200"]?.content)?.schema as Schema);
    expect(Object.keys(body.properties ?? {}).sort()).toEqual(["header", "widgets"]);
    expect(Object.keys(body.properties!.header!.properties ?? {})).toEqual(["resultCode", "resultMessage", "isSuccessful"]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-common-envelope")).toHaveLength(1);
    expect(diagnostics.filter((d) => d.ruleId.startsWith("doc-example"))).toEqual([]);
    expect(checkExamples(doc).failures).toEqual([]);
  });
});

/** The common response under a heading of its own words, known by its sentence ("… 200 OK in response to all API requests"). */
const englishPage = [
  "## Game > Widget Talk > API v1.0 Guide",
  "",
  "## Common",
  "",
  "#### API Response",
  "",
  "Delivers an **HTTP 200 OK** in response to all API requests. See the header items in the response body.",
  "",
  "```json",
  '{ "header": { "isSuccessful": true, "resultCode": 0 } }',
  "```",
  "",
  "| Key | Type | Description |",
  "| --- | --- | --- |",
  "| isSuccessful | boolean | Successful or not |",
  "| resultCode | int | Response code |",
  "",
  "## Channel",
  "",
  "#### Get Channel",
  "",
  "**[Method, URI]**",
  "",
  "| Method | URI |",
  "| --- | --- |",
  "| GET | /widget-talk/v1.0/appkeys/{appKey}/channels/{channelId} |",
  "",
  "**[Response Body]**",
  "",
  "```json",
  '{ "header": { "isSuccessful": true, "resultCode": 0 }, "result": { "id": "c1" } }',
  "```",
  "",
  "| Key | Type | Description |",
  "| --- | --- | --- |",
  "| result | Object | Channel |",
  "| result.id | String | Channel ID |",
  "",
].join("\n");

describe("NHN dialect: a common response known by its all-requests sentence", () => {
  it("reads the section's table as the envelope and the status as 200", () => {
    const { doc, diagnostics } = scrapeNhn("widget-talk.md", englishPage, "markdown");
    expect(errorsAt(diagnostics)).toEqual([]);
    const op = operations(doc)[0]!.op;
    expect(Object.keys(op.responses)).toEqual(["200"]);
    const body = resolve(doc, firstMedia(op.responses["200"]?.content)?.schema as Schema);
    expect(Object.keys(body.properties ?? {}).sort()).toEqual(["header", "result"]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-table-outside-api")).toEqual([]);
    expect(checkExamples(doc).failures).toEqual([]);
  });
});
