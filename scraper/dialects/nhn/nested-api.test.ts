/**
 * Page structures met on real API Gateway guides: an API whose heading sits under another API's level ("## Swagger
 * Export" then "### 스테이지 생성" with its own "#### 요청" and URI) is an API of its own, and a page titled only in
 * Korean ("## 스테이지") is named after its file, since its title gives no name a path may carry.
 */
import { describe, expect, it } from "vitest";
import { errorsAt, operations, scrapeNhn } from "./test-support.js";

const api = (heading: string, title: string, method: string, uri: string): string[] => [
  `${heading} ${title}`,
  "",
  "#### 요청",
  "",
  "[URI]",
  "",
  "| 메서드 | URI |",
  "| --- | --- |",
  `| ${method} | ${uri} |`,
  "",
  "[Path Parameter]",
  "",
  "| 이름 | 타입 | 필수 여부 | 설명 |",
  "| --- | --- | --- | --- |",
  "| appKey | String | 필수 | 앱키 |",
  "",
  "#### 응답",
  "",
  "```json",
  '{ "header": { "isSuccessful": true } }',
  "```",
  "",
];

const PAGE = [
  "## 스테이지",
  "",
  ...api("##", "Swagger Export", "GET", "/v1.0/appkeys/{appKey}/swagger"),
  ...api("###", "스테이지 생성", "POST", "/v1.0/appkeys/{appKey}/stages"),
  ...api("###", "스테이지 삭제", "DELETE", "/v1.0/appkeys/{appKey}/stages"),
].join("\n");

describe("an API heading under another API's level", () => {
  it("is an API of its own, not a second Request part of the first", () => {
    const { doc, diagnostics } = scrapeNhn("guides/apigw-stages.md", PAGE, "markdown");
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(operations(doc).map((o) => `${o.method} ${o.path} ${o.op.summary}`)).toEqual([
      "post /v1.0/appkeys/{appKey}/stages 스테이지 생성",
      "delete /v1.0/appkeys/{appKey}/stages 스테이지 삭제",
      "get /v1.0/appkeys/{appKey}/swagger Swagger Export",
    ]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-repeated-part" || d.ruleId === "nhn-second-request-line")).toEqual([]);
  });

  it("a heading under an API without a Request part heading stays content of that API", () => {
    const notes = PAGE.replace("### 스테이지 생성\n\n#### 요청", "### 스테이지 생성\n\n#### 참고");
    const { doc } = scrapeNhn("guides/apigw-stages.md", notes, "markdown");
    expect(operations(doc).map((o) => `${o.method} ${o.op.summary}`)).toEqual(["delete 스테이지 삭제", "get Swagger Export"]);
  });
});

describe("a page titled only in Korean", () => {
  it("is named after its file, with a warning, and keeps its title", () => {
    const { result, diagnostics } = scrapeNhn("guides/apigw-stages.md", PAGE, "markdown");
    expect(result.files.map((f) => f.path)).toEqual(["nhn/apigw-stages/v1.0.yaml"]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-title-not-a-name").map((d) => d.data)).toEqual([{ product: "스테이지", id: "apigw-stages" }]);
    expect((result.files[0]!.document as { info: { title: string } }).info.title).toContain("스테이지");
  });
});
