/**
 * Request headers printed as `| 이름 | 값 | 설명 |` (Name, the value to send, Description) under a header caption,
 * as the NHN AI-service guides (Speech to Text, Document Recognizer) print them: each row is a header, the value
 * kept in its description; `Authorization: {secretKey}` sent by every API is the security scheme.
 */
import { describe, expect, it } from "vitest";
import { operations, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## AI Service > Widget Recognizer > API 가이드",
  "",
  "### 위젯 인식",
  "",
  "#### 요청",
  "",
  "[URI]",
  "",
  "| 메서드 | URI |",
  "|---|---|",
  "| POST | https://widget.api.example.com/v1.0/appkeys/{appKey}/recognize |",
  "",
  "[요청 헤더]",
  "",
  "| 이름 | 값 | 설명 |",
  "|---|---|---|",
  "| Authorization | {secretKey} | 콘솔에서 발급받은 보안 키 |",
  "| X-Key-Version | 1 | 키 버전 |",
  "",
  "#### 응답",
  "",
  "```json",
  '{ "header": { "isSuccessful": true } }',
  "```",
].join("\n");

describe("header tables with a Value column", () => {
  const { doc, diagnostics } = scrapeNhn("widget.md", PAGE, "markdown");
  const post = operations(doc).find((o) => o.method === "post")!.op;

  it("reads each row as a header, the value kept in its description", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const header = (post.parameters ?? []).find((p) => p.in === "header" && p.name === "X-Key-Version");
    expect(header).toMatchObject({ required: false, description: "키 버전\n값: 1", "x-source": { page: "widget.md", line: 18 } });
  });

  it("makes the Authorization header the security scheme, not a parameter", () => {
    expect((post.parameters ?? []).map((p) => p.name)).not.toContain("Authorization");
    const schemes = (doc as unknown as { components: { securitySchemes?: Record<string, unknown> } }).components.securitySchemes;
    expect(schemes?.["Authorization"]).toMatchObject({ type: "apiKey", in: "header", name: "Authorization" });
  });
});
