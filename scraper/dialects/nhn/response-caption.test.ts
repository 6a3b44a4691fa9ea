/**
 * `[Response]` as the caption over a response's example and field table (the API Gateway and SMS guides), the
 * table printed `| 필드 | 타입 | 설명 |` (Field / Type / Description): the caption says the rows are body fields,
 * so the Type column is their data type.
 */
import { describe, expect, it } from "vitest";
import { operations, resolve, scrapeNhn, type Schema } from "./test-support.js";

const PAGE = [
  "## Application Service > API Gateway > API 가이드",
  "",
  "### 서비스 목록 조회",
  "",
  "#### 요청",
  "",
  "[URI]",
  "| 메서드 | URI |",
  "| --- | --- |",
  "| GET | /v1.0/appkeys/{appKey}/services |",
  "",
  "#### 응답",
  "",
  "[Response]",
  "",
  "```json",
  '{ "paging": { "page": 1, "totalCount": 3 }, "serviceList": [ { "serviceId": "a" } ] }',
  "```",
  "",
  "| 필드 | 타입 | 설명 |",
  "| --- | --- | --- |",
  "| paging | Object | 페이징 영역 |",
  "| paging.page | Integer | 현재 페이지 |",
  "| paging.totalCount | Integer | 전체 건 수 |",
  "| serviceList | List | 서비스 목록 |",
  "| serviceList[0].serviceId | String | 서비스 ID |",
].join("\n");

describe("a [Response] caption over a Field | Type | Description table", () => {
  it("reads the rows as the body's fields, with Type as their data type", () => {
    const { doc, diagnostics } = scrapeNhn("apigw.md", PAGE, "markdown");
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(diagnostics.some((d) => d.ruleId === "nhn-body-inferred-from-example")).toBe(false);
    const { op } = operations(doc)[0]!;
    const body = resolve(doc, op.responses["2XX"]!.content!["application/json"]!.schema);
    const props = body.properties as Record<string, Schema>;
    expect(Object.keys(props)).toEqual(["paging", "serviceList"]);
    const paging = resolve(doc, props.paging);
    expect((paging.properties as Record<string, Schema>).totalCount).toMatchObject({ type: "integer", description: "전체 건 수" });
    const item = resolve(doc, resolve(doc, props.serviceList).items);
    expect((item.properties as Record<string, Schema>).serviceId).toMatchObject({ type: "string", description: "서비스 ID" });
  });
});
