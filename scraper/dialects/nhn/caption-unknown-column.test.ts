/**
 * A table under a location caption with a column the dialect does not know (`암호화 여부`, "encrypted", O or empty,
 * as the Document Recognizer guide prints it): the table is read, the unknown column's cells are kept in each field's
 * description under the column's name, and one warning names the column at the table's line. A table with more
 * unknown columns than known ones is not a field table: one error for the table. (Before, roles were guessed from
 * the cells, the O/empty column as Required and the Type column as the location, and every row was an error.)
 */
import { describe, expect, it } from "vitest";
import { isSourceLocation } from "../../../core/diagnostics.js";
import { errorsAt, operations, resolve, type Schema, scrapeNhn } from "./test-support.js";

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
  it("is read, the column kept in the descriptions and named in one warning at the table", () => {
    const { doc, diagnostics } = scrapeNhn("cards.md", PAGE, "markdown");
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const notes = diagnostics.filter((d) => d.ruleId === "nhn-unknown-column");
    expect(notes.map((d) => [d.severity, isSourceLocation(d.at) ? d.at.line : -1, d.data])).toEqual([["warning", 17, { columns: ["암호화 여부"] }]]);
    const { op } = operations(doc)[0]!;
    const body = resolve(doc, op.responses["2XX"]!.content!["application/json"]!.schema);
    const props = body.properties as Record<string, Schema>;
    expect(Object.keys(props)).toEqual(["cardNumber", "expiry", "issuer"]);
    expect(props.cardNumber).toMatchObject({ type: "string", description: "카드 번호\n암호화 여부: O" });
    expect(props.issuer!.description).toBe("발급사");
    expect(diagnostics.some((d) => d.ruleId === "doc-column-label-differs")).toBe(false);
  });

  it("is one error at the table when unknown columns outnumber the known ones", () => {
    const page = PAGE.replace("| 이름 | 타입 | 설명 | 암호화 여부 |\n|---|---|---|---|", "| 이름 | 타입 | 비고 | 암호화 여부 |\n|---|---|---|---|");
    const wider = page.replace(/\| O \|\n/g, "| O | x |\n").replace("| 이름 | 타입 | 비고 | 암호화 여부 |\n|---|---|---|---|", "| 이름 | 타입 | 비고 | 암호화 여부 | 버전 |\n|---|---|---|---|---|");
    const { doc, diagnostics } = scrapeNhn("cards.md", wider, "markdown");
    const errors = errorsAt(diagnostics);
    expect(errors).toEqual([["nhn-unknown-table", 17]]);
    expect(operations(doc)).toHaveLength(1);
  });
});
