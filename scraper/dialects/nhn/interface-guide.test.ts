/**
 * Guides that describe each API as an interface (Contact Center's Online Contact API guides): the URL line and the
 * interface table's Call direction are the request line; `Name | Variable | Data type | Required | Description` tables,
 * with a `request body` row before the body's fields and parent paths (`result.content`) in the Name column.
 */
import { describe, expect, it } from "vitest";
import { checkExamples, operations, resolve, scrapeNhn } from "./test-support.js";

const INTERFACE = (name: string, method: string, url: string) => [
  "#### Interface Description",
  `- URL: https://{domain}.widget.example.com/{serviceId}/openapi/v1/${url}`,
  `- URL (Dev): https://{domain}.alpha-widget.example.com/{serviceId}/openapi/v1/${url}`,
  "",
  "|Interface name | Protocol | Call direction | Encoding | Result format | Interface description | Access restricted|",
  "|---|---|---|---|---|---|---|",
  `|${name} |HTTPS |${method} |UTF-8 |JSON |${name} |Common authentication |`,
  "",
];

const PAGE = [
  "## Contact Center > Widget Desk > API Guide for Developers > Ticket Management",
  "",
  "### Create Ticket",
  ...INTERFACE("Create ticket", "POST", "ticket/add.json"),
  "#### Request Parameters",
  "|Name |Variable |Data type |Required | Description|",
  "|---|---|---|---|---|",
  "|Service ID |serviceId |String |O |Service ID, {serviceId} which is set in URL path|",
  "|Ticket Information |request body |String |O |Ticket information (JSON)|",
  "| |subject |String |O |Ticket title|",
  "| |endUser.email |String |X |User email|",
  "",
  "#### Result Data",
  "|Name |Variable |Data type |Required | Description|",
  "|---|---|---|---|---|",
  "|result.content |ticketId |String |O |Ticket ID|",
  "| |subject |String |O |Ticket title|",
  "",
  "#### Response Body",
  "```",
  '{ "header": { "resultCode": 200, "resultMessage": "", "isSuccessful": true }, "result": { "content": { "ticketId": "T1", "subject": "s" } } }',
  "```",
  "",
  "### 티켓 목록",
  ...INTERFACE("Ticket list", "GET", "ticket/list.json"),
  "#### Request Parameters",
  "|Name |Variable |Data type |Required | Description|",
  "|---|---|---|---|---|",
  "|Service ID |serviceId |String |O |Service ID|",
  "|Page |page |Int |X |Default value:1|",
  "",
  "#### Result Data",
  "|Name |Variable |Data type |Required | Description|",
  "|---|---|---|---|---|",
  "|result.contents |ticketId |String |O |Ticket ID|",
  "| |status |String |O |Ticket status|",
  "|result.total |total |Long |O |Total items|",
  "",
  "### 유저 티켓 목록",
  ...INTERFACE("User ticket list", "GET", "ticket/{usercode}/list.json").map((l) => l.replace(".example.com/", ".example.com /")),
  "#### Request Parameters",
  "|Name |Variable |Data type |Required | Description|",
  "|---|---|---|---|---|",
  "|Service ID |serviceId |String |O |Service ID|",
  "|User Code |usercode |String |O |User code|",
  "",
  "#### Result Data",
  "|Name |Variable |Data type |Required | Description|",
  "|---|---|---|---|---|",
  "|result |total |Long |O |Total items|",
  "",
].join("\n");

describe("interface guides", () => {
  const { doc, diagnostics } = scrapeNhn("widget-desk-ticket.md", PAGE, "markdown");
  const ops = operations(doc);

  it("reads each API's request line from the URL line and the Call direction, under the API's own title", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(ops.map((o) => [o.method, o.path, o.op.summary])).toEqual([
      ["post", "/{serviceId}/openapi/v1/ticket/add.json", "Create Ticket"],
      ["get", "/{serviceId}/openapi/v1/ticket/list.json", "티켓 목록"],
      // A space between host and path in the URL line is no part of either.
      ["get", "/{serviceId}/openapi/v1/ticket/{usercode}/list.json", "유저 티켓 목록"],
    ]);
  });

  it("tells apart by the placeholder inside the path two APIs titled in Korean whose request lines differ only by it", () => {
    expect(ops.slice(1).map((o) => o.op.operationId)).toEqual(["getOpenapiTicketListJson", "getOpenapiTicketByUsercodeListJson"]);
  });

  it("sends the Variable column's fields where their place says: the path, the query, or the body after its row", () => {
    const create = ops[0]!.op;
    expect((create.parameters ?? []).map((p) => [p.name, p.in])).toEqual([["serviceId", "path"]]);
    const body = resolve(doc, create.requestBody!.content["application/json"]!.schema);
    expect(Object.keys(body.properties!)).toEqual(["subject", "endUser"]);
    expect(body.required).toEqual(["subject"]);
    expect((ops[1]!.op.parameters ?? []).map((p) => [p.name, p.in, p.schema.type])).toEqual([
      ["serviceId", "path", "string"],
      ["page", "query", "integer"],
    ]);
  });

  it("nests Result Data rows under the parent path of the Name column, and a path ending in the field is the field", () => {
    const [, ok] = Object.entries(ops[0]!.op.responses)[0]!;
    const created = resolve(doc, ok.content!["application/json"]!.schema);
    expect(Object.keys(created.properties!.result!.properties!.content!.properties!)).toEqual(["ticketId", "subject"]);
    const [, listed] = Object.entries(ops[1]!.op.responses)[0]!;
    const list = resolve(doc, listed.content!["application/json"]!.schema);
    expect(Object.keys(list.properties!.result!.properties!)).toEqual(["contents", "total"]);
    // A bare `result` in the Name column is the parent too.
    const [, user] = Object.entries(ops[2]!.op.responses)[0]!;
    expect(Object.keys(resolve(doc, user.content!["application/json"]!.schema).properties!)).toEqual(["result"]);
    expect(checkExamples(doc).failures).toEqual([]);
  });
});
