/**
 * The Notification-family guides (SMS, Email, …) and Address Search: `#### Request` with `[URL]` over a
 * `METHOD /path` block, field tables headed `| Value | Type | … |` whose Type column holds data types, `[Header]`
 * over the headers' JSON and their table, `#### cURL`, and `#### Example of …` sections repeating an API's case.
 */
import { describe, expect, it } from "vitest";
import { dataTypeLayout } from "./columns.js";
import { NHN_LABELS } from "./labels.js";
import { errorsAt, firstMedia, operations, resolve, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Notification > SMS > API v3.0 Guide",
  "",
  "## Short SMS",
  "",
  "### Send Short SMS",
  "",
  "#### Request",
  "",
  "[URL]",
  "",
  "```",
  "POST  /sms/v3.0/appKeys/{appKey}/sender/sms",
  "Content-Type: application/json;charset=UTF-8",
  "```",
  "",
  "[Path parameter]",
  "",
  "| Value  | Type    | Description     |",
  "|--------|---------|-----------------|",
  "| appKey | \tString | Original appkey |",
  "",
  "[Header]",
  "",
  "```json",
  '{ "X-Secret-Key": "{secret-key}" }',
  "```",
  "",
  "| Value        | Type   | Description         |",
  "|--------------|--------|---------------------|",
  "| X-Secret-Key | String | Original secret key |",
  "",
  "[Request body]",
  "",
  "```json",
  '{ "body": "Body", "sendNo": "15446859" }',
  "```",
  "",
  "| Value  | Type   | Max Length | Required | Description   |",
  "|--------|--------|------------|----------|---------------|",
  "| body   | String | 255        | O        | Body          |",
  "| sendNo | String | 13         | O        | Sender number |",
  "",
  "#### cURL",
  "",
  "```",
  "curl -X POST 'https://api-sms.cloud.toast.com/sms/v3.0/appKeys/'\"${APP_KEY}\"'/sender/sms'",
  "```",
  "",
  "#### Response",
  "",
  "```json",
  '{ "header": { "isSuccessful": true, "resultCode": 0 } }',
  "```",
  "",
  "| Value               | Type    | Description       |",
  "|---------------------|---------|-------------------|",
  "| header.isSuccessful | Boolean | Successful or not |",
  "| header.resultCode   | Integer | Failure code      |",
  "",
  "#### Example of Sending Short SMS (domestic numbers)",
  "",
  "| Http method | URL                                                                  |",
  "|-------------|----------------------------------------------------------------------|",
  "| POST        | https://api-sms.cloud.toast.com/sms/v3.0/appKeys/{appKey}/sender/sms |",
  "",
  "[Request body]",
  "",
  "```json",
  '{ "body": "Other", "sendNo": "1" }',
  "```",
  "",
  "### List Delivery of Short SMS",
  "",
  "#### Request",
  "",
  "[URL]",
  "",
  "```",
  "GET  /sms/v3.0/appKeys/{appKey}/sender/sms",
  "```",
  "",
  "[Query parameter]",
  "",
  "| Value     | Type   | Required | Description |",
  "|-----------|--------|----------|-------------|",
  "| requestId | String | O        | Request ID  |",
  "",
  "#### Reponse",
  "",
  "| Value               | Type    | Description       |",
  "|---------------------|---------|-------------------|",
  "| header.isSuccessful | Boolean | Successful or not |",
].join("\n");

describe("Value | Type field tables of the Notification guides", () => {
  const { doc, diagnostics } = scrapeNhn("sms.md", PAGE, "markdown");
  const op = (method: string) => operations(doc).find((o) => o.method === method)!.op;

  it("reads both APIs without errors, the request line inside the Request part", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(operations(doc).map((o) => `${o.method} ${o.path}`)).toEqual(["get /sms/v3.0/appKeys/{appKey}/sender/sms", "post /sms/v3.0/appKeys/{appKey}/sender/sms"]);
  });

  it("reads Value as the name and Type as the data type, under each caption", () => {
    const send = op("post");
    expect(send.parameters?.map((p) => [p.in, p.name, p.schema.type])).toEqual([
      ["path", "appKey", "string"],
      ["header", "X-Secret-Key", "string"],
    ]);
    expect(op("get").parameters?.map((p) => [p.in, p.name, p.required])).toEqual([
      ["query", "requestId", true],
      ["path", "appKey", true],
    ]);
    const body = resolve(doc, firstMedia(send.requestBody?.content)?.schema);
    expect(Object.keys(body.properties ?? {})).toEqual(["body", "sendNo"]);
    expect(body.required).toEqual(["body", "sendNo"]);
    // The Max Length column is kept in the description, with one warning for the table.
    expect(body.properties?.sendNo?.description).toBe("Sender number\nMax Length: 13");
    // …and read like the prose of any description: a maximum length.
    expect(body.properties?.sendNo?.maxLength).toBe(13);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-unknown-column")).toHaveLength(1);
  });

  it("takes the body example from [Request body], not the headers' JSON under [Header]", () => {
    expect(firstMedia(op("post").requestBody?.content)?.example).toEqual({ body: "Body", sendNo: "15446859" });
    expect(diagnostics.filter((d) => d.ruleId === "nhn-parameter-example").map((d) => [d.severity, (d.at as { line: number }).line])).toEqual([["info", 24]]);
  });

  it("reads the response table as body fields", () => {
    const schema = resolve(doc, firstMedia(op("post").responses["2XX"]?.content)?.schema);
    const header = resolve(doc, schema.properties?.header);
    expect(header.properties?.isSuccessful?.type).toBe("boolean");
    expect(header.properties?.resultCode?.type).toBe("integer");
  });

  it("notes the cURL and Example sections once each and reads none of them as a second API or request line", () => {
    expect(diagnostics.filter((d) => d.ruleId === "nhn-example-section-not-read").map((d) => (d.at as { line: number }).line)).toEqual([43, 60]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-second-request-line" || d.ruleId === "nhn-unread-block")).toEqual([]);
  });

  it("reads a heading one letter off a part label as that label, with a warning", () => {
    const misspelt = diagnostics.filter((d) => d.ruleId === "doc-misspelt-label");
    expect(misspelt.map((d) => d.data)).toEqual([{ label: "Reponse", as: "response" }]);
    const list = resolve(doc, firstMedia(op("get").responses["2XX"]?.content)?.schema);
    expect(Object.keys(list.properties ?? {})).toEqual(["header"]);
  });
});

describe("dataTypeLayout", () => {
  it("refuses a table whose Type column holds locations (the usual NHN field table) or too few data types", () => {
    expect(dataTypeLayout(["Value", "Type", "Description"], [["a", "Query", "x"]], NHN_LABELS)).toBeUndefined();
    expect(
      dataTypeLayout(
        ["Value", "Type", "Description"],
        [
          ["a", "Free text"],
          ["b", "String"],
        ],
        NHN_LABELS,
      ),
    ).toBeUndefined();
    expect(dataTypeLayout(["Status", "Type", "Description"], [["a", "String", "x"]], NHN_LABELS)).toBeUndefined();
  });

  it("reads 필드 | 타입 | 설명 and Array[…] types", () => {
    expect(
      dataTypeLayout(
        ["필드", "타입", "설명"],
        [
          ["ids", "Array[String]", "x"],
          ["n", "Integer", "y"],
        ],
        NHN_LABELS,
      ),
    ).toEqual({ kind: "fields", roles: ["name", "format", "description"] });
  });
});
