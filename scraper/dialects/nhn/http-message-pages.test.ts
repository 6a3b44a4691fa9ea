/**
 * Object-storage guides, one API a page: the API's heading printed before the breadcrumb (`## PutWidget` over
 * `**… > API Guide > Widget > PutWidget**`), the request as an HTTP message in a fenced block (`PUT /{bucket}
 * HTTP/1.1`, a blank line, the body) and the response as a status line with header lines and no body.
 * Hand-written page in the family's style.
 */
import { describe, expect, it } from "vitest";
import { errorsAt, operations, scrapeNhn } from "./test-support.js";

const page = [
  "## PutWidget",
  "",
  "**Storage > Widget Store > API Guide > Widget > PutWidget**",
  "",
  "Stores a widget in a bucket.",
  "",
  "### Request",
  "",
  "```http",
  "PUT /v1/{bucket}/{widgetKey} HTTP/1.1",
  "",
  "Body",
  "```",
  "",
  "### Request Parameter",
  "",
  "| Name | Category | Type | Required | Description |",
  "| --- | --- | --- | --- | --- |",
  "| bucket | Path | String | Y | Bucket name |",
  "| widgetKey | Path | String | Y | Widget name |",
  "",
  "### Response",
  "",
  "```http",
  "HTTP/1.1 200 OK",
  "ETag: String",
  "```",
  "",
].join("\n");

describe("NHN dialect: pages printing HTTP messages", () => {
  const { doc, diagnostics, result } = scrapeNhn("widget-store-put-widget.md", page, "markdown");

  it("reads the heading before the breadcrumb as the API and the breadcrumb up to the guide segment as the title", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(result.files[0]?.path).toBe("nhn/widget-store/v1.yaml");
    expect(operations(doc).map((o) => `${o.method} ${o.path} ${o.op.summary}`)).toEqual(["put /v1/{bucket}/{widgetKey} PutWidget"]);
  });

  it("reads the request line before HTTP/1.1 and reports the body after it, the status of a response without body", () => {
    const op = operations(doc)[0]!.op;
    expect(Object.keys(op.responses)).toEqual(["200"]);
    expect(op.responses["200"]?.content).toBeUndefined();
    expect(diagnostics.filter((d) => d.ruleId === "nhn-request-block-body").map((d) => d.data)).toEqual([{ lines: 1 }]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-response-headers-not-read").map((d) => d.data)).toEqual([{ headers: ["ETag: String"] }]);
  });
});
