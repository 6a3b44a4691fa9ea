/**
 * Parts built of bracketed captions over tables, as the In-App Purchase guides print them: `[Request Header]` over
 * `| Property name | Value |` (the method and the media type, not headers to send), `[Path Parameter]` and
 * `[RequestBody]` over `| Name | Data Type | Description |`, `[Example]` over the request, and in the response
 * `[Header]` and `[Result]` over the fields of the example's `header` and `result` objects, a `Value` column holding
 * the data types, then `[ResultCode]` over `| Value | Description |`.
 */
import { describe, expect, it } from "vitest";
import { operations, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Widget > Server API",
  "",
  "## Widget Redeem API",
  "",
  "### Request",
  "",
  "[URL]",
  "",
  "```http",
  "POST https://api.widget.example.com/shop/v3/redeem/{orderSeq}",
  "```",
  "",
  "[Request Header]",
  "",
  "| Property name | Value            |",
  "| ------------- | ---------------- |",
  "| Http Method   | POST             |",
  "| Content-Type  | application/json |",
  "",
  "[Path Parameter]",
  "",
  "| Name     | Data Type | Description  |",
  "| -------- | --------- | ------------ |",
  "| orderSeq | Long      | order number |",
  "",
  "[RequestBody]",
  "",
  "| Name  | Data Type | Description        |",
  "| ----- | --------- | ------------------ |",
  "| token | String    | token to verify it |",
  "",
  "[Example]",
  "",
  "```json",
  '{ "token": "abc" }',
  "```",
  "",
  "### Response",
  "",
  "[Example Response]",
  "",
  "```json",
  '{ "header": { "resultCode": 0, "isSuccessful": true }, "result": { "price": 1000.0, "items": [ { "id": 1 } ] } }',
  "```",
  "",
  "[Header]",
  "",
  "| Property name | Value   | Description   |",
  "| ------------- | ------- | ------------- |",
  "| isSuccessful  | Boolean | success or not |",
  "| resultCode    | Integer | detail code   |",
  "",
  "[Result]",
  "",
  "| Property name | Value  | Description |",
  "| ------------- | ------ | ----------- |",
  "| price         | Float  | price       |",
  "| items         | Array  | items       |",
  "",
  "[ResultCode]",
  "",
  "| Value | Description            |",
  "| ----- | ---------------------- |",
  "| 0     | 0 when it is redeemed. |",
].join("\n");

describe("bracketed captions over Property name / Value / Data Type tables", () => {
  const { doc, diagnostics } = scrapeNhn("widget.md", PAGE, "markdown");
  const post = operations(doc).find((o) => o.method === "post")!.op;
  const schemas = (doc as unknown as { components: { schemas: Record<string, { properties?: Record<string, { type?: unknown; properties?: Record<string, unknown> }> }> } }).components.schemas;

  it("reads every table, with no errors", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("reads a Data Type column as the type, and the method and media-type rows as no headers", () => {
    expect(post.parameters).toEqual([expect.objectContaining({ name: "orderSeq", in: "path", schema: { type: "integer" } })]);
    expect(diagnostics.map((d) => d.ruleId)).toContain("nhn-method-row");
    expect(Object.keys(post.requestBody?.content ?? {})).toEqual(["application/json"]);
  });

  it("reads the tables under [Header] and [Result] as the fields of the example's header and result", () => {
    const response = Object.values(schemas).find((s) => s.properties?.header && s.properties?.result)!;
    expect(response.properties!.header).toMatchObject({ type: "object", properties: { isSuccessful: { type: "boolean" }, resultCode: { type: "integer" } } });
    expect(response.properties!.result).toMatchObject({ type: "object", properties: { price: { type: "number" }, items: { type: "array" } } });
    expect(diagnostics.filter((d) => d.ruleId === "nhn-caption-names-example-object").map((d) => d.at)).toEqual([
      { page: "widget.md", line: 46 },
      { page: "widget.md", line: 53 },
    ]);
  });

  it("reads [ResultCode] over Value | Description as result codes, and no caption as prose", () => {
    expect((post as unknown as { "x-result-codes": unknown[] })["x-result-codes"]).toEqual([expect.objectContaining({ code: "0", description: "0 when it is redeemed." })]);
    expect(JSON.stringify(doc)).not.toMatch(/\[(?:Example|Example Response|ResultCode|Result|Header)\]/);
  });
});
