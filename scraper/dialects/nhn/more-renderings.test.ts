/**
 * Renderings met on further real NHN guides (Notification Hub, KakaoTalk Bizmessage, RCS Bizmessage, Certificate
 * Manager, ShortURL), each in a small fixture: a caption with a note after it, bold body captions without brackets,
 * a `Category` location column, `Path` as the name column, `[Success example]` starting the Response part, a
 * `#### 성공 응답` heading, a request table the request line locates, paths of which only some name the version,
 * and two APIs of the very same title.
 */
import { describe, expect, it } from "vitest";
import { versionFromPaths } from "./page-title.js";
import { errorsAt, firstMedia, operations, resolve, scrapeNhn } from "./test-support.js";

const TITLE = "## Notification > Hub > API v1.0 Guide";

describe("bold captions, a Category column and Path names (Notification Hub)", () => {
  const page = [
    TITLE,
    "",
    "## Delete a Category",
    "",
    "**Request**",
    "",
    "```",
    "DELETE /template/v1.0/{messageChannel}/categories/{categoryId}",
    "```",
    "",
    "**Request Parameter**",
    "",
    "| Name | Category | Type | Required | Description |",
    "| - | - | - | - | - |",
    "| X-NC-APP-KEY | Header | String | Y | Appkey |",
    "| messageChannel | Path | String | Y | Channel |",
    "| categoryId | Path | String | Y | Category ID |",
    "",
    "**Request Body**",
    "",
    "| Path | Type | Required | Description |",
    "| - | - | - | - |",
    "| name | String | Y | New name |",
    "",
    "**Response Body**",
    "",
    "| Path | Type | Description |",
    "| - | - | - |",
    "| header.isSuccessful | Boolean | Success or not |",
  ].join("\n");
  const { doc, diagnostics } = scrapeNhn("hub.md", page, "markdown");

  it("reads the Category column as the location and Type as the data type", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    const op = operations(doc)[0]!.op;
    expect(op.parameters?.map((p) => [p.in, p.name, p.schema.type])).toEqual([
      ["header", "X-NC-APP-KEY", "string"],
      ["path", "messageChannel", "string"],
      ["path", "categoryId", "string"],
    ]);
  });

  it("reads **Request Body** / **Response Body** as body captions and Path as the name column", () => {
    const op = operations(doc)[0]!.op;
    expect(Object.keys(resolve(doc, firstMedia(op.requestBody?.content)?.schema).properties ?? {})).toEqual(["name"]);
    const response = resolve(doc, firstMedia(Object.values(op.responses)[0]?.content)?.schema);
    expect(resolve(doc, response.properties?.header).properties?.isSuccessful?.type).toBe("boolean");
  });
});

describe("captions of the Bizmessage guides", () => {
  const page = [
    "## Notification > RCS Bizmessage > API v1.0 Guide",
    "",
    "### Query SMS Message API",
    "[Method, URI]",
    "```",
    "GET /rcs/v1.0/messages/sms",
    "```",
    "",
    "[Query parameter] No.1 or 2 is conditionally required",
    "",
    "| Field | Type | Required | Description |",
    "| --- | --- | --- | --- |",
    "| messageId | String | X | Message ID |",
    "",
    "[Success example]",
    "```json",
    '{ "header": { "resultCode": 0 } }',
    "```",
    "",
    "[Failure example]",
    "```json",
    '{ "header": { "resultCode": 500 } }',
    "```",
    "",
    "| Field | Type | Description |",
    "| --- | --- | --- |",
    "| header.resultCode | Integer | Result code |",
  ].join("\n");
  const { doc, diagnostics } = scrapeNhn("rcs.md", page, "markdown");

  it("a caption with a note after it is still the caption; the note is an info at its line", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(operations(doc)[0]!.op.parameters?.map((p) => [p.in, p.name])).toEqual([["query", "messageId"]]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-caption-note").map((d) => [d.severity, (d.at as { line: number }).line])).toEqual([["info", 9]]);
  });

  it("[Success example] starts the Response part: its example and the table after it are the response's", () => {
    const response = Object.values(operations(doc)[0]!.op.responses)[0];
    expect(firstMedia(response?.content)?.example).toEqual({ header: { resultCode: 0 } });
    expect(resolve(doc, resolve(doc, firstMedia(response?.content)?.schema).properties?.header).properties?.resultCode?.type).toBe("integer");
  });
});

describe("Certificate Manager and ShortURL pages", () => {
  const page = [
    "## Security > Certificate Manager > API v1.3 가이드",
    "",
    "### 인증서 목록 조회",
    "",
    "#### 요청",
    "",
    "```",
    "GET https://certmanager.api.example.com/certmanager/v1.3/appkeys/{appKey}/certificates?pageSize={pageSize}&pageNum={pageNum}",
    "```",
    "",
    "| 값 | 타입 | 설명 | 입력 가능 |",
    "| --- | --- | --- | --- |",
    "| pageSize | Number | 페이지 크기 | 10(기본값) |",
    "| pageNum | Number | 페이지 번호 | 1(기본값) |",
    "",
    "#### 응답",
    "",
    "| 값 | 타입 | 설명 |",
    "| --- | --- | --- |",
    "| resultCode | Number | 결과 코드 |",
    "",
    "### 인증서 파일 다운로드",
    "",
    "#### 요청",
    "",
    "```",
    "GET https://certmanager.api.example.com/certmanager/v1.3/appkeys/{appKey}/certificates/{certificateName}/files",
    "```",
    "",
    "#### 성공 응답",
    "",
    "```json",
    '{ "header": { "isSuccessful": true } }',
    "```",
  ].join("\n");

  it("reads an uncaptioned request table whose rows the request line's query names as query parameters", () => {
    const { doc, diagnostics } = scrapeNhn("cert.md", page, "markdown");
    expect(errorsAt(diagnostics)).toEqual([]);
    const list = operations(doc).find((o) => o.path.endsWith("/certificates"))!.op;
    expect(list.parameters?.filter((p) => p.in === "query").map((p) => [p.name, p.schema.type])).toEqual([
      ["pageSize", "number"],
      ["pageNum", "number"],
    ]);
  });

  it("reads #### 성공 응답 as the Response part", () => {
    const { doc } = scrapeNhn("cert.md", page, "markdown");
    const files = operations(doc).find((o) => o.path.endsWith("/files"))!.op;
    expect(firstMedia(Object.values(files.responses)[0]?.content)?.example).toEqual({ header: { isSuccessful: true } });
  });

  it("names the version from the paths that name one, a path without one not counted", () => {
    expect(versionFromPaths(["/open-api/v1.0/appkeys/{appkey}/urls", "/domains/{domain}/urls/{backHalf}/qrcode"])).toBe("v1.0");
    expect(versionFromPaths(["/domains/{domain}"])).toBeUndefined();
  });
});

describe("two APIs of the very same title", () => {
  const api = (path: string): string[] => ["### Send LMS Type", "", "#### Request", "", "```", `POST ${path}`, "```", "", "#### Response", "", "```json", '{ "ok": true }', "```", ""];
  const page = [TITLE, "", "## Send Messages", "", ...api("/rcs/v1.0/messages/lms"), ...api("/rcs/v1.0/messages/mms")].join("\n");

  it("are told apart by their request lines, with the duplicate-title warning", () => {
    const { doc, diagnostics } = scrapeNhn("rcs.md", page, "markdown");
    expect(errorsAt(diagnostics)).toEqual([]);
    const ids = operations(doc).map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(2);
    expect(diagnostics.filter((d) => d.ruleId === "doc-duplicate-api-title").length).toBeGreaterThan(0);
  });
});
