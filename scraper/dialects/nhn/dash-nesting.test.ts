/**
 * Notification guides (Email, Alimtalk, KakaoTalk) nest the fields of a table by leading dashes, not dotted names:
 * `receiverList | List`, then `- receiveMailAddr`, and `-- requestId` two levels down.
 */
import { describe, expect, it } from "vitest";
import { checkExamples, operations, resolve, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Notification > Widget Mail > API v2.0 Guide",
  "",
  "### Send Mails",
  "",
  "```",
  "POST /widget/v2.0/appKeys/{appKey}/mails",
  "```",
  "",
  "#### Request Body",
  "",
  "| Name | Type | Required | Description |",
  "| --- | --- | --- | --- |",
  "| title | String | O | Title |",
  "| receiverList | List | O | Recipients |",
  "| - receiveMailAddr | String | O | Recipient's address |",
  "| - receiveName | String | X | Recipient's name |",
  "| userId | String | X | Sender |",
  "",
  "#### Response",
  "",
  "```json",
  '{ "header": { "isSuccessful": true }, "body": { "data": { "requestId": "r1", "results": [ { "receiveMailAddr": "a@b.c" } ] } } }',
  "```",
  "",
  "| Name | Type | Description |",
  "| --- | --- | --- |",
  "| header | Object | Header |",
  "| - isSuccessful | Boolean | Success |",
  "| body | Object | Body |",
  "| - data | Object | Data |",
  "| -- requestId | String | Request ID |",
  "| -- results | List | Results |",
  "| --- receiveMailAddr | String | Address |",
].join("\n");

describe("fields nested by leading dashes", () => {
  const scrape = scrapeNhn("widget-mail.md", PAGE, "markdown");
  const { doc, diagnostics } = scrape;
  const op = operations(doc)[0]!.op;

  it("reads each dashed row as a field of the row above it with one dash fewer, arrays included", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const body = resolve(doc, op.requestBody!.content["application/json"]!.schema);
    expect(Object.keys(body.properties!)).toEqual(["title", "receiverList", "userId"]);
    expect(body.required).toEqual(["title", "receiverList"]);
    expect(body.properties!.receiverList).toMatchObject({ type: "array", items: { type: "object", required: ["receiveMailAddr"] } });
    expect(Object.keys(body.properties!.receiverList!.items!.properties!)).toEqual(["receiveMailAddr", "receiveName"]);
  });

  it("nests three levels deep in the response, and the example fits the schema", () => {
    const [status, ok] = Object.entries(op.responses)[0]!;
    expect(status).toMatch(/^2/);
    const response = resolve(doc, ok.content!["application/json"]!.schema);
    const data = response.properties!.body!.properties!.data!;
    expect(Object.keys(data.properties!)).toEqual(["requestId", "results"]);
    expect(Object.keys(data.properties!.results!.items!.properties!)).toEqual(["receiveMailAddr"]);
    const check = checkExamples(doc);
    expect(check.checked).toBeGreaterThan(0);
    expect(check.failures).toEqual([]);
  });

  it("reports a dashed row with no row above it to belong to", () => {
    const orphan = scrapeNhn("widget-mail.md", PAGE.replace("| title | String | O | Title |\n", "| -- title | String | O | Title |\n"), "markdown");
    expect(orphan.diagnostics.filter((d) => d.ruleId === "nhn-dash-without-parent").map((d) => d.severity)).toEqual(["warning"]);
  });
});
