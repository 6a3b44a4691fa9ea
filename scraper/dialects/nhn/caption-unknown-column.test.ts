/**
 * A table under a location caption with a column the dialect does not know (`암호화 여부`, "encrypted", O or empty,
 * as the Document Recognizer guide prints it): one error for the table at its line. Before, roles were guessed from
 * the cells (the O/empty column as Required, the Type column as the location) and every row was an error.
 */
import { describe, expect, it } from "vitest";
import { isSourceLocation } from "../../../core/diagnostics.js";
import { operations, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## AI Service > Widget Recognizer > API 가이드",
  "",
  "### 카드 인식",
  "",
  "#### 요청",
  "",
  "[URI]",
  "",
  "| 메서드 | URI |",
  "|---|---|",
  "| POST | /v2.0/appkeys/{appKey}/cards |",
  "",
  "#### 응답",
  "",
  "[필드]",
  "",
  "| 이름 | 타입 | 설명 | 암호화 여부 |",
  "|---|---|---|---|",
  "| cardNumber | String | 카드 번호 | O |",
  "| expiry | String | 유효 기간 | O |",
  "| issuer | String | 발급사 |  |",
  "",
  "```json",
  '{ "cardNumber": "1234", "expiry": "12/30", "issuer": "X" }',
  "```",
].join("\n");

describe("a captioned table with an unknown column", () => {
  it("is one error at the table, not an error per row, and the API is still read from its example", () => {
    const { doc, diagnostics } = scrapeNhn("cards.md", PAGE, "markdown");
    const errors = diagnostics.filter((d) => d.severity === "error").map((d) => [d.ruleId, isSourceLocation(d.at) ? d.at.line : -1]);
    expect(errors).toEqual([["nhn-unknown-table", 17]]);
    expect(operations(doc)).toHaveLength(1);
    expect(diagnostics.some((d) => d.ruleId === "doc-column-label-differs")).toBe(false);
  });
});
