/**
 * The Push guides' rendering (`TOAST-DOCS/Push`, API v2.x): each API's pieces under caption *headings*
 * (`##### Method, URL, Headers`, `##### Request Body`, `##### Response Body`), field tables `| Field | Usage |
 * Description |` whose Usage cell joins Required and the data type (`Required, String`, `-, Object Array`) and whose
 * description may name the location (`Path Variable, …`), `N/A` for no body, a cURL example and a `##### Description`
 * heading over prose about the API. Fixtures written for these tests, in the shape of those pages.
 */
import { describe, expect, it } from "vitest";
import { captionOf } from "./captions.js";
import { enumFromDescription } from "./inline-enums.js";
import { NHN_LABELS } from "./labels.js";
import { errorsAt, firstMedia, operations, resolve, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Notification > Beacon > API v1.1 Guide",
  "",
  "## Devices",
  "",
  "### Create",
  "- Can be called from a client.",
  "",
  "##### Method, URL",
  "```",
  "POST /beacon/v1.1/appkeys/{appkey}/devices",
  "Content-Type: application/json;charset=UTF-8",
  "```",
  "",
  "| Field | Usage | Description |",
  "| - | - | - |",
  "| appkey | Required, String | Path Variable, appkey issued on product use |",
  "",
  "##### Request Body",
  "```",
  "{",
  '  "device": "d-1",',
  '  "channels": ["A", "B"],',
  '  "registeredDateTime": "2024-01-01T00:00:00.000+09:00",',
  '  "labels": [{ "name": "x" }]',
  "}",
  "```",
  "",
  "| Field | Usage | Description |",
  "|---|---|---|",
  "| device | Required, String | Device ID, up to 36 characters |",
  "| channels | Optional, String Array | Channels to listen on |",
  "| registeredDateTime | Optional, DateTime String | When the device was registered |",
  "| labels | Optional, Object Array | Labels |",
  "| labels.name | Required, String | Label name |",
  "",
  "##### Response Body",
  "```",
  '{ "header": { "isSuccessful": true } }',
  "```",
  "",
  "##### Example",
  "```",
  "curl -X POST https://beacon.example.com/beacon/v1.1/appkeys/{appkey}/devices -d '{}'",
  "```",
  "",
  "##### Description",
  "- Registering a device again updates it.",
  "",
  "### Query",
  "#### List Devices",
  "",
  "**This API has been deprecated. Please use API v1.2 or higher.**",
  "",
  "##### Method, URL, Headers",
  "```",
  "GET /beacon/v1.1/appkeys/{appkey}/devices?pageIndex={pageIndex}&channel={channel}",
  "Content-Type: application/json;charset=UTF-8",
  "X-Secret-Key: [a-zA-Z0-9]{8}",
  "```",
  "",
  "##### Request Body",
  "```",
  "N/A",
  "```",
  "##### Response Body",
  "```json",
  '{ "devices": [{ "device": "d-1", "status": "ON" }], "totalCount": 1 }',
  "```",
  "",
  "| Field | Usage | Description |",
  "| - | - | - |",
  "| appkey | Required, String | Path Variable, appkey issued on product use |",
  "| pageIndex | Optional, Number | Default is 0 |",
  "| channel | Optional, String | Channel to filter by |",
  "",
  "| Field | Usage | Description |",
  "| - | - | - |",
  "| devices.status | -, String | Device status |",
  "| totalCount | -, Number | Number of devices |",
].join("\n");

describe("caption headings and Usage tables (Push guides)", () => {
  const { doc, diagnostics } = scrapeNhn("beacon.md", PAGE, "markdown");
  const ops = operations(doc);
  const create = ops.find((o) => o.method === "post")!.op;
  const list = ops.find((o) => o.method === "get")!.op;
  const rules = (id: string) => diagnostics.filter((d) => d.ruleId === id);

  it("reads every API under its own heading, the caption headings inside it", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(ops.map((o) => [o.method, o.path, o.op.summary])).toEqual([
      ["get", "/beacon/v1.1/appkeys/{appkey}/devices", "List Devices"],
      ["post", "/beacon/v1.1/appkeys/{appkey}/devices", "Create"],
    ]);
  });

  it("splits Usage into Required and the data type, the location from the description or the request line", () => {
    expect(create.parameters?.map((p) => [p.in, p.name, p.required])).toEqual([["path", "appkey", true]]);
    const body = resolve(doc, firstMedia(create.requestBody?.content)?.schema);
    expect(body.required).toEqual(["device"]);
    expect(body.properties?.device?.type).toBe("string");
    expect(body.properties?.channels).toMatchObject({ type: "array", items: { type: "string" } });
    expect(body.properties?.registeredDateTime?.type).toBe("string");
    expect(body.properties?.registeredDateTime?.pattern).toEqual(expect.any(String));
    expect(body.properties?.labels).toMatchObject({ type: "array", items: { type: "object", required: ["name"] } });
    expect(rules("nhn-unknown-format")).toEqual([]);
  });

  it("takes `N/A` under a body caption as no body, an example heading as high as the captions as examples, and the description heading as the API's", () => {
    expect(list.requestBody).toBeUndefined();
    expect(rules("nhn-unread-block")).toEqual([]);
    expect(rules("nhn-example-section-not-read").map((d) => (d.at as { line: number }).line)).toEqual([41]);
    expect(create.description).toContain("- Registering a device again updates it.");
  });

  it("reads a request table printed after the response as the request's, reported; `-` rows stay the response's", () => {
    expect(list.parameters?.map((p) => [p.in, p.name, p.required, p.schema.type])).toEqual([
      ["header", "X-Secret-Key", true, "string"],
      ["path", "appkey", true, "string"],
      ["query", "pageIndex", false, "number"],
      ["query", "channel", false, "string"],
    ]);
    expect(rules("doc-request-table-in-response").map((d) => (d.at as { line: number }).line)).toEqual([70]);
    const response = resolve(doc, firstMedia(list.responses["2XX"]?.content)?.schema);
    expect(response.properties?.totalCount?.type).toBe("number");
    expect(rules("nhn-response-non-body-row")).toEqual([]);
  });

  it("reads a header value printed as a pattern as that pattern, not as the one value", () => {
    const secret = list.parameters?.find((p) => p.name === "X-Secret-Key");
    expect(secret?.schema).toEqual({ type: "string", pattern: "^[a-zA-Z0-9]{8}$" });
  });
});

describe("an API whose description says it is deprecated", () => {
  const { doc, diagnostics } = scrapeNhn("beacon.md", PAGE, "markdown");
  const deprecated = (method: string) => (operations(doc).find((o) => o.method === method)!.op as { deprecated?: boolean }).deprecated;

  it("is marked deprecated, and the dialect says why at the API's heading", () => {
    expect(deprecated("get")).toBe(true);
    expect(deprecated("post")).toBeUndefined();
    expect(diagnostics.filter((d) => d.ruleId === "nhn-api-deprecated").map((d) => [d.severity, (d.at as { line: number }).line])).toEqual([["info", 50]]);
  });
});

describe("caption headings", () => {
  const heading = (title: string) => captionOf({ kind: "heading", title, level: 5, pos: { page: "p", line: 1 } }, NHN_LABELS);

  it("are request-line lists and two-word location captions; a one-word heading is none", () => {
    expect(heading("Method, URL, Headers")).toMatchObject({ kind: "requestLine" });
    expect(heading("Method, URI")).toMatchObject({ kind: "requestLine" });
    expect(heading("Request Body")).toMatchObject({ kind: "location", location: "body" });
    expect(heading("Path Parameters")).toMatchObject({ kind: "location", location: "path" });
    expect(heading("URL")).toBeUndefined();
    expect(heading("Method, Description")).toBeUndefined();
    expect(heading("Headers, Body")).toBeUndefined();
  });
});

describe("a cURL command inside a part", () => {
  const page = [
    "## Notification > Beacon > API v1.1 Guide",
    "",
    "### Delete Device",
    "",
    "#### Request",
    "```",
    "DELETE /beacon/v1.1/devices/{device}",
    "```",
    "",
    "```",
    "curl -X DELETE https://beacon.example.com/beacon/v1.1/devices/d-1",
    "```",
    "",
    "#### Response",
    "This API does not return a response body.",
  ].join("\n");
  const { diagnostics } = scrapeNhn("beacon-delete.md", page, "markdown");

  it("is not read, and says so at its line (the request line and the tables describe the request)", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-curl-example-not-read").map((d) => [d.severity, (d.at as { line: number }).line])).toEqual([["info", 10]]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-unread-block")).toEqual([]);
  });
});

describe("the older Push rendering: bracketed captions, a Usage table without a Description header, list-item captions", () => {
  const page = [
    "## v1.0 API Reference",
    "",
    "### 장치",
    "",
    "#### 장치 등록",
    "",
    "[Method, URL]",
    "",
    "```",
    "POST https://beacon.example.com/beacon/v1.0/appkeys/{appkey}/devices",
    "Content-Type: application/json;charset=UTF-8",
    "```",
    "",
    "[Request Body]",
    "",
    "```",
    '{ "device": "d-1", "channel": "default" }',
    "```",
    "",
    "|Parameter|\tUsage||",
    "|---|---|---|",
    "|device|\tRequired, String|\t장치 아이디|",
    "|channel|\tOptional, String|\t채널|",
    "",
    "#### 장치 목록 조회",
    "",
    "###### Method, URL, Headers",
    "```",
    "GET https://beacon.example.com/beacon/v1.0/appkeys/{appkey}/devices?pageIndex={pageIndex}",
    "```",
    "",
    "| Field | Usage | Description |",
    "| - | - | - |",
    "| pageIndex | Optional, Number | 기본 값 0 |",
    "",
    "- Request Body",
    "- Response Body",
    "```json",
    '{ "devices": [{ "device": "d-1" }], "totalCount": 1 }',
    "```",
    "",
    "| Field | Usage | Description |",
    "| - | - | - |",
    "| totalCount | -, Number | 전체 장치 수 |",
  ].join("\n");
  const { doc, diagnostics } = scrapeNhn("beacon-ko.md", page, "markdown");
  const ops = operations(doc);

  it("reads both APIs without an error", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(ops.map((o) => [o.method, o.path])).toEqual([
      ["get", "/beacon/v1.0/appkeys/{appkey}/devices"],
      ["post", "/beacon/v1.0/appkeys/{appkey}/devices"],
    ]);
  });

  it("takes the headerless last column as the descriptions", () => {
    const create = ops.find((o) => o.method === "post")!.op;
    const body = resolve(doc, firstMedia(create.requestBody?.content)?.schema);
    expect(body.required).toEqual(["device"]);
    expect(body.properties?.device).toMatchObject({ type: "string", description: "장치 아이디" });
  });

  it("reads `- Response Body` as the caption of the response, its `-` rows as response fields", () => {
    const list = ops.find((o) => o.method === "get")!.op;
    expect(list.parameters?.map((p) => [p.in, p.name])).toEqual([
      ["query", "pageIndex"],
      ["path", "appkey"],
    ]);
    const response = resolve(doc, firstMedia(list.responses["2XX"]?.content)?.schema);
    expect(response.properties?.totalCount).toMatchObject({ type: "number", description: "전체 장치 수" });
  });
});

describe("values listed in quotes", () => {
  const values = (description: string) => enumFromDescription(description, "string", NHN_LABELS);

  it("are an enum of a String field when every value of the line is quoted, or after a lead phrase", () => {
    expect(values("'RESERVED', 'COMPLETED'")).toEqual(["RESERVED", "COMPLETED"]);
    expect(values("'INSTANT'(immediate delivery), 'RESERVATION'(scheduled delivery)")).toEqual(["INSTANT", "RESERVATION"]);
    expect(values("'FCM', 'APNS', or 'ADM'")).toEqual(["FCM", "APNS", "ADM"]);
    expect(values("One of 'asc' or 'desc'")).toEqual(["asc", "desc"]);
  });

  it("are not, when the line is prose or only some values are quoted", () => {
    expect(values("Type of receiving targets, such as 'ALL', 'UID', or 'TAG'")).toBeUndefined();
    expect(values("'READY', 'SENDING' 예약 메시지 발송 스케줄 상태")).toBeUndefined();
    expect(values("'ALL', UID")).toBeUndefined();
    expect(values("NOTIFICATION, AD")).toBeUndefined();
  });
});
