/**
 * Field names that index an array (`result[].paymentSeq`, `keyValues[0].key`, as Gamebase and Document
 * Recognizer guides print them): the rows are fields of the array's items, never a property named `result[]`;
 * an array no row lists itself is still an array.
 */
import { describe, expect, it } from "vitest";
import { operations, resolve, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Game > Widget > API v1.0 Guide",
  "",
  "### 위젯 목록 조회",
  "",
  "#### 요청",
  "",
  "[URI]",
  "| 메서드 | URI |",
  "| --- | --- |",
  "| GET | /v1.0/appkeys/{appKey}/widgets |",
  "",
  "#### 응답",
  "",
  "[Response Body]",
  "",
  "| Key | Type | Description |",
  "| --- | --- | --- |",
  "| result | Array[Object] | 목록 |",
  "| result[].paymentSeq | String | 결제 번호 |",
  "| keyValues[0].key | String | 키 |",
  "| meta.[id] | String | 아무 키 |",
].join("\n");

describe("indexed field names", () => {
  const { doc, diagnostics } = scrapeNhn("widget.md", PAGE, "markdown");
  const get = operations(doc).find((o) => o.method === "get")!.op;
  const body = resolve(doc, Object.values(get.responses)[0]?.content?.["application/json"]?.schema);

  it("reads `result[].x` as a field of the items of `result`", () => {
    expect(Object.keys(body.properties ?? {})).toEqual(["result", "keyValues", "meta"]);
    const result = resolve(doc, body.properties!["result"]);
    expect(result.type).toBe("array");
    expect(Object.keys(resolve(doc, result.items).properties ?? {})).toEqual(["paymentSeq"]);
  });

  it("makes an array of a parent only an index names, and keeps a bracket-only key a placeholder", () => {
    const keyValues = resolve(doc, body.properties!["keyValues"]);
    expect(keyValues.type).toBe("array");
    expect(Object.keys(resolve(doc, keyValues.items).properties ?? {})).toEqual(["key"]);
    const meta = resolve(doc, body.properties!["meta"]);
    expect(meta.type).toBe("object");
    expect(meta.additionalProperties).toMatchObject({ type: "string" });
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});
