/**
 * What a page says once for all its APIs (NCR, EasyQueue, ROLE guides): the auth headers of "API 요청 공통 정보" (a
 * key and its secret, or a token: two alternatives), and the common response fields of "API 응답 공통 정보", which an
 * API answering "이 API는 공통 정보만 응답합니다." (the common information only) responds with.
 */
import { describe, expect, it } from "vitest";
import { checkExamples, operations, resolve, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Container > Widget Registry > API 가이드",
  "",
  "### API 요청 공통 정보",
  "",
  "| 이름 | 종류 | 형식 | 필수 | 설명 |",
  "| --- | --- | --- | --- | --- |",
  "| X-TC-AUTHENTICATION-ID | Header | String | O | User Access Key |",
  "| X-TC-AUTHENTICATION-SECRET | Header | String | O | Secret Access Key |",
  "",
  "| 이름 | 종류 | 형식 | 필수 | 설명 |",
  "| --- | --- | --- | --- | --- |",
  "| x-nhn-authorization | Header | String | O | 토큰 |",
  "",
  "### API 응답 공통 정보",
  "",
  "| 이름 | 종류 | 형식 | 설명 |",
  "| --- | --- | --- | --- |",
  "| header | Body | Object |  |",
  "| header.isSuccessful | Body | Boolean | true: 정상<br>false: 오류 |",
  "| header.resultCode | Body | Integer | 200: 정상<br>10000 이상: 오류 |",
  "",
  "## 위젯",
  "",
  "### 위젯 삭제하기",
  "",
  "```",
  "DELETE /widget/v2.0/appkeys/{appKey}/widgets/{widgetId}",
  "```",
  "",
  "#### 요청",
  "",
  "이 API는 요청 본문을 요구하지 않습니다.",
  "",
  "| 이름 | 종류 | 형식 | 필수 | 설명 |",
  "| --- | --- | --- | --- | --- |",
  "| appKey | URL | String | O | 서비스 Appkey |",
  "| widgetId | URL | String | O | 위젯 ID |",
  "",
  "#### 응답",
  "",
  "이 API는 공통 정보만 응답합니다.",
].join("\n");

describe("a page's common request and response sections", () => {
  const { doc, diagnostics } = scrapeNhn("widget-registry.md", PAGE, "markdown");
  const op = operations(doc)[0]!.op;

  it("reads the common auth tables as the security: each table one alternative, its headers together", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(doc.security).toEqual([{ XTCAUTHENTICATIONID: [], XTCAUTHENTICATIONSECRET: [] }, { xnhnauthorization: [] }]);
    expect(doc.components.securitySchemes?.["XTCAUTHENTICATIONSECRET"]).toMatchObject({ type: "apiKey", in: "header", name: "X-TC-AUTHENTICATION-SECRET" });
    expect((op.parameters ?? []).map((p) => p.name)).toEqual(["appKey", "widgetId"]);
  });

  it("answers an API that responds with the common information only with the common response fields", () => {
    const [status, ok] = Object.entries(op.responses)[0]!;
    expect(status).toMatch(/^2/);
    const schema = resolve(doc, ok.content!["application/json"]!.schema);
    expect(Object.keys(schema.properties!)).toEqual(["header"]);
    expect(schema.properties!.header!.properties!.resultCode).toMatchObject({ type: "integer" });
    // "10000 이상: 오류" says what such codes mean; it is no minimum.
    expect(schema.properties!.header!.properties!.resultCode!.minimum).toBeUndefined();
    expect(diagnostics.filter((d) => d.ruleId === "doc-part-common-information").map((d) => d.severity)).toEqual(["info"]);
    expect(checkExamples(doc).failures).toEqual([]);
  });
});

describe("request headers given twice: as lines after the request line and in a table", () => {
  const page = [
    "## Dev Tools > Widget > API v1.1 Guide",
    "",
    "## Run Widget",
    "```text",
    "POST /api/v1.1/widgets/{widget-name}/run",
    "X-NHN-REGION: {Region}",
    "X-NHN-Authorization: Bearer {token}",
    "```",
    "",
    "### Request Header",
    "| Name | Description | Value |",
    "| ---- | ----------- | ----- |",
    "| X-NHN-REGION | Region | KR1 |",
    "| X-NHN-Authorization | Issued token | {token} |",
    "",
    "### Path Variable",
    "| Name | Description |",
    "| ---- | ----------- |",
    "| widget-name | Widget name |",
    "| widget-name | Widget name |",
    "",
    "### Response Body",
    "```json",
    '{ "header": { "isSuccessful": true } }',
    "```",
  ].join("\n");
  const { doc, diagnostics } = scrapeNhn("widget.md", page, "markdown");
  const op = operations(doc)[0]!.op;

  it("is one header parameter, typed string, with the table row's description; the token header is the security", () => {
    const params = (op.parameters ?? []) as Array<{ name: string; in: string; description?: string; schema: { type?: string } }>;
    expect(params.filter((p) => p.in === "header").map((p) => [p.name, p.schema.type, p.description?.split("\n")[0]])).toEqual([["X-NHN-REGION", "string", "Region"]]);
    expect(doc.security).toEqual([{ XNHNAuthorization: [] }]);
  });

  it("keeps a parameter listed twice once, and reports the repeat", () => {
    expect((op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name)).toEqual(["widget-name"]);
    expect(diagnostics.filter((d) => d.ruleId === "doc-duplicate-parameter").map((d) => d.severity)).toEqual(["warning"]);
  });
});

describe("an Environment | Domain table before the APIs (Email, SMS guides)", () => {
  const page = [
    "## Notification > Widget Mail > API v2.0 Guide",
    "",
    "[API Domain]",
    "",
    "| Environment | Domain |",
    "| --- | --- |",
    "| Real | https://widget-mail.api.example.com |",
    "",
    "### Send Mail",
    "",
    "```",
    "POST /widget/v2.0/appKeys/{appKey}/mails",
    "```",
    "",
    "#### Response",
    "",
    "This API does not return a response body.",
  ].join("\n");

  it("gives the servers, each described by its environment", () => {
    const { doc, diagnostics } = scrapeNhn("widget-mail.md", page, "markdown");
    expect(diagnostics.filter((d) => d.ruleId === "nhn-table-outside-api")).toEqual([]);
    expect(doc.servers).toEqual([{ url: "https://widget-mail.api.example.com", description: "Real" }]);
  });
});
