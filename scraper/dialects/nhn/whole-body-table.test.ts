/**
 * A body described by one table row without a name (Gamebase prints an array body as `| Type | Required | Value |`
 * over `| Array[String] | Required | user IDs |` under `**[Request Body]**`): the row is the whole body's schema.
 * A table of that shape with more than one row names no field and describes no single body: it stays one error.
 */
import { describe, expect, it } from "vitest";
import { errorsAt, operations, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Game > Gamebase > API 가이드",
  "",
  "### Get Members",
  "",
  "**[URL]**",
  "",
  "| Method | URI |",
  "| --- | --- |",
  "| POST | /tcgb-member/v1.3/apps/{appId}/members |",
  "",
  "**[Path Variable]**",
  "",
  "| Name | Type | Value |",
  "| --- | --- | --- |",
  "| appId | String | 프로젝트 ID |",
  "",
  "**[Request Body]**",
  "",
  "```json",
  '["userId", "userId"]',
  "```",
  "",
  "| Type | Required | Value |",
  "| --- | --- | --- |",
  "| Array[String] | Required | 조회 대상 유저 ID |",
  "",
  "**[Response Body]**",
  "",
  "```json",
  '{ "memberList": [] }',
  "```",
].join("\n");

describe("a body table of one row without a name", () => {
  it("is the whole body: an array of strings, required, described by its Value cell", () => {
    const { doc, diagnostics } = scrapeNhn("member.md", PAGE, "markdown");
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const { op } = operations(doc)[0]!;
    expect(op.requestBody?.required).toBe(true);
    expect(op.requestBody?.content["application/json"]?.schema).toEqual({ type: "array", items: { type: "string" }, description: "조회 대상 유저 ID" });
  });

  it("with two rows is one error at the table, the API still read", () => {
    const two = PAGE.replace("| Array[String] | Required | 조회 대상 유저 ID |", "| Array[String] | Required | 조회 대상 유저 ID |\n| String | Optional | 메모 |");
    const { doc, diagnostics } = scrapeNhn("member.md", two, "markdown");
    const errors = errorsAt(diagnostics);
    expect(errors).toEqual([["nhn-unknown-table", 23]]);
    expect(operations(doc)).toHaveLength(1);
  });
});
