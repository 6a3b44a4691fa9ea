/**
 * Patterns of other NHN Cloud API guides than the bundled one, each on a small made-up markdown page:
 * titles in Korean, one request line documented twice, parts that point at another API, status code
 * sentences, value lists in descriptions, misnamed columns, rows missing a cell, tables that drop a
 * parent's name, URI and binary formats. Every case fails without the dialect's handling of it.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../core/diagnostics.js";
import type { OpenApi, Operation, Schema } from "./test-support.js";
import { checkExamples, operations, resolve, scrapeNhn } from "./test-support.js";

const HEAD = `## Compute > Gadget > API v2 Guide

| Type | Region | Endpoint |
|---|---|---|
| gadget | Korea (Pangyo) Region | https://kr1-gadget.example.com |

## Gadget
`;

/** One API section: title, request line, then the given Request and Response parts. */
function api(title: string, line: string, request: string, response: string): string {
  return `### ${title}\n\n\`\`\`\n${line}\nX-Auth-Token: {tokenId}\n\`\`\`\n\n#### Request\n\n${request}\n\n#### Response\n\n${response}\n\n---\n`;
}

const TOKEN_ONLY = `This API does not require a request body.

| Name | Type | Format | Required | Description |
|---|---|---|---|---|
| gadgetId | URL | UUID | O | Gadget ID |
| tokenId | Header | String | O | Token ID |`;

const GADGET_RESPONSE = `| Name | Type | Format | Description |
|---|---|---|---|
| gadget | Body | Object | Gadget |
| gadget.id | Body | UUID | Gadget ID |

\`\`\`json
{ "gadget": { "id": "f63af601-43cd-41ab-8905-e1e93995f366" } }
\`\`\``;

function scrape(body: string): { doc: OpenApi; diagnostics: Diagnostic[]; ops: Array<{ method: string; path: string; op: Operation }> } {
  const { doc, diagnostics } = scrapeNhn("page.md", HEAD + body, "markdown");
  return { doc, diagnostics, ops: operations(doc) };
}

const rules = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity !== "info").map((d) => d.ruleId);
const errors = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity === "error").map((d) => `${d.ruleId}: ${d.message}`);

/** The schema of the property at a dotted path under a body schema (references and items followed). */
function at(doc: OpenApi, schema: Schema | undefined, dotted: string): Schema | undefined {
  let node: Schema | undefined = resolve(doc, schema);
  for (const key of dotted.split(".")) {
    while (node?.items) node = node.items;
    node = node?.properties?.[key];
  }
  return node;
}

describe("NHN guide patterns beyond the bundled page", () => {
  it("names operations of titles in another script by their request line", () => {
    const { ops, diagnostics } = scrape(
      api("가젯 목록 보기", "GET /v2.0/gadgets", "이 API는 요청 본문을 요구하지 않습니다.", "이 API는 응답 본문을 반환하지 않습니다.") +
        api("가젯 보기", "GET /v2.0/gadgets/{gadgetId}", TOKEN_ONLY, GADGET_RESPONSE),
    );
    expect(errors(diagnostics)).toEqual([]);
    expect(ops.map((o) => [o.op.operationId, o.op.summary])).toEqual([
      ["getGadgets", "가젯 목록 보기"],
      ["getGadgetsByGadgetId", "가젯 보기"],
    ]);
  });

  it("merges a second API of the same request line into the first, its request body an alternative", () => {
    const body = (field: string) => `| Name | Type | Format | Required | Description |
|---|---|---|---|---|
| gadgetId | URL | UUID | O | Gadget ID |
| gadget | Body | Object | O | Gadget |
| gadget.${field} | Body | String | O | New ${field} |`;
    const { ops, doc, diagnostics } = scrape(
      api("Rename Gadget", "PUT /v2/gadgets/{gadgetId}", body("name"), GADGET_RESPONSE) + api("Relabel Gadget", "PUT /v2/gadgets/{gadgetId}", body("label"), GADGET_RESPONSE),
    );
    expect(errors(diagnostics)).toEqual([]);
    expect(rules(diagnostics)).toEqual(["doc-operation-documented-twice"]);
    expect(ops).toHaveLength(1);
    const op = ops[0]!.op;
    expect(op.description).toContain('Also documented as "Relabel Gadget"');
    const alternatives = op.requestBody!.content["application/json"]!.schema.anyOf as Schema[];
    expect(alternatives.map((s) => Object.keys(at(doc, s, "gadget")!.properties!))).toEqual([["name"], ["label"]]);
    // The responses say the same: one schema, no alternatives.
    expect(op.responses["2XX"]!.content!["application/json"]!.schema.$ref).toBe("#/components/schemas/RenameGadgetResponse");
  });

  it("merges request lines that differ only in a placeholder's name, keeping the first one's parameter", () => {
    const second = TOKEN_ONLY.replace("| gadgetId | URL |", "| id | URL |");
    const { ops, diagnostics } = scrape(
      api("Delete Gadget", "DELETE /v2/gadgets/{gadgetId}", TOKEN_ONLY, "This API does not return a response body.") +
        api("Remove Gadget", "DELETE /v2/gadgets/{id}", second, "This API does not return a response body."),
    );
    expect(errors(diagnostics)).toEqual([]);
    expect(rules(diagnostics)).toEqual(["doc-operation-documented-twice"]);
    expect(ops.map((o) => [o.path, o.op.parameters!.map((p) => p.name)])).toEqual([["/v2/gadgets/{gadgetId}", ["gadgetId"]]]);
  });

  it("does not read a request line without Request and Response parts as an operation", () => {
    const pointer = "### Find the Network\n\nUse the VPC API with a query.\n\n```\nGET /v2.0/vpcs?router:external=true\n```\n\n";
    const { ops, diagnostics } = scrape(pointer + api("Get Gadget", "GET /v2/gadgets/{gadgetId}", TOKEN_ONLY, GADGET_RESPONSE));
    expect(ops.map((o) => o.path)).toEqual(["/v2/gadgets/{gadgetId}"]);
    expect(rules(diagnostics)).toEqual(["nhn-api-without-parts"]);
  });

  it("takes a part that is 'the same as' an earlier API's from that API", () => {
    const list = `This API does not require a request body.

| Name | Type | Format | Required | Description |
|---|---|---|---|---|
| tenantId | URL | String | O | Tenant ID |
| tokenId | Header | String | O | Token ID |
| limit | Query | Integer | - | Count to return |`;
    const { ops, diagnostics } = scrape(
      api("Get Gadget", "GET /v2/{tenantId}/gadgets/{gadgetId}", TOKEN_ONLY.replace("| gadgetId |", "| tenantId | URL | String | O | Tenant ID |\n| gadgetId |"), GADGET_RESPONSE) +
        api("List Gadgets", "GET /v2/{tenantId}/gadgets", list, "This API does not return a response body.") +
        api("List Gadgets with Details", "GET /v2/{tenantId}/gadgets/detail", "The request format is the same as List Gadgets.", "Returns the same response as Get Gadget."),
    );
    expect(errors(diagnostics)).toEqual([]);
    expect(rules(diagnostics)).toEqual([]);
    const detail = ops.find((o) => o.path.endsWith("/detail"))!.op;
    expect(detail.parameters!.map((p) => [p.name, p.in])).toEqual([
      ["tenantId", "path"],
      ["limit", "query"],
    ]);
    expect(detail.responses["2XX"]!.content!["application/json"]!.schema.$ref).toBe("#/components/schemas/GetGadgetResponse");
  });

  it("reads the status code a Response part prints, and a 'no body' sentence followed by more", () => {
    const { ops, diagnostics } = scrape(
      api("Delete Gadget", "DELETE /v2/gadgets/{gadgetId}", TOKEN_ONLY, "This API does not return request body. When the request is appropriate, return status code 204.") +
        api("Download Gadget", "GET /v2/gadgets/{gadgetId}/file", TOKEN_ONLY, "The binary data is returned. For a valid request, return status code 200."),
    );
    expect(errors(diagnostics)).toEqual([]);
    expect(rules(diagnostics)).toEqual([]);
    expect(ops.map((o) => [o.method, Object.keys(o.op.responses)])).toEqual([
      ["delete", ["204"]],
      ["get", ["200"]],
    ]);
    expect(ops[1]!.op.responses["200"]!.description).toContain("binary data");
  });

  it("takes the values a description lists as the enum", () => {
    const request = `This API does not require a request body.

| Name | Type | Format | Required | Description |
|---|---|---|---|---|
| tokenId | Header | String | O | Token ID |
| sort_dir | Query | Enum | - | Sort direction<br>**asc** or **desc** |
| kind | Query | String | - | Kind<br>One of \`small\`, \`medium\`, and \`large\` |
| note | Query | String | - | Create or update |
| color | Query | Enum | - | 색상<br>**red**, **blue** 중 하나 |`;
    const response = `| Name | Type | Format | Description |
|---|---|---|---|
| gadgets | Body | Array | Gadgets |
| gadgets.state | Body | Enum | State<br>**ON**: Running<br>**OFF**: Stopped |
| gadgets.power | Body | Integer | Power<br>- \`1\`: On<br>- \`4\`: Off |

\`\`\`json
{ "gadgets": [{ "state": "ON", "power": 1 }] }
\`\`\``;
    const { ops, doc, diagnostics } = scrape(api("List Gadgets", "GET /v2/gadgets", request, response));
    expect(rules(diagnostics)).toEqual([]);
    const op = ops[0]!.op;
    expect(op.parameters!.map((p) => [p.name, p.schema.enum])).toEqual([
      ["sort_dir", ["asc", "desc"]],
      ["kind", ["small", "medium", "large"]],
      ["note", undefined],
      ["color", ["red", "blue"]],
    ]);
    const schema = op.responses["2XX"]!.content!["application/json"]!.schema;
    expect(at(doc, schema, "gadgets.state")!.enum).toEqual(["ON", "OFF"]);
    expect(at(doc, schema, "gadgets.power")!.enum).toEqual([1, 4]);
    expect(checkExamples(doc).failures).toEqual([]);
  });

  it("reads a column the header misnames by the values in its cells", () => {
    const request = TOKEN_ONLY.replace("| Name | Type | Format |", "| Name | Type | Example |");
    const { ops, diagnostics } = scrape(api("Get Gadget", "GET /v2/gadgets/{gadgetId}", request, GADGET_RESPONSE.replace("| Name | Type | Format |", "| Name | Type | Example |")));
    expect(errors(diagnostics)).toEqual([]);
    expect(rules(diagnostics)).toEqual(["doc-column-label-differs", "doc-column-label-differs"]);
    expect(ops[0]!.op.parameters![0]!.schema).toEqual({ type: "string", format: "uuid" });
  });

  it("reads a row that skips its Required cell, and a Query row naming a path placeholder", () => {
    const request = `| Name | Type | Format | Required | Description |
|---|---|---|---|---|
| gadgetId | URL | UUID | Gadget ID |
| tokenId | Header | String | O | Token ID |
| gadget | Body | Object | O | Gadget |
| gadget.name | Body | String | - | Name |`;
    const { ops, diagnostics } = scrape(
      api("Rename Gadget", "PUT /v2/gadgets/{gadgetId}", request, GADGET_RESPONSE) +
        api("Get Gadget", "GET /v2/gadgets/{gadgetId}", TOKEN_ONLY.replace("| gadgetId | URL |", "| gadgetId | Query |"), GADGET_RESPONSE),
    );
    expect(rules(diagnostics)).toEqual(["doc-row-missing-cell", "doc-parameter-location-differs"]);
    expect(ops.map((o) => o.op.parameters!.map((p) => [p.name, p.in, p.required, (p as { description?: string }).description]))).toEqual([
      [["gadgetId", "path", true, "Gadget ID"]],
      [["gadgetId", "path", true, "Gadget ID"]],
    ]);
  });

  it("puts rows the table lists a level too high where the example has them", () => {
    const request = `| Name | Type | Format | Required | Description |
|---|---|---|---|---|
| tenantId | Body | String | O | Tenant |
| credentials | Body | Object | O | Credentials |
| username | Body | String | O | User |

<details><summary>Unfold</summary>

\`\`\`json
{ "auth": { "tenantId": "t1", "credentials": { "username": "u" } } }
\`\`\`

</details>`;
    const response = `| Name | Type | Format | Description |
|---|---|---|---|
| gadgets | Body | Array | Gadgets |
| id | Body | UUID | Gadget ID |

\`\`\`json
{ "gadgets": [{ "id": "f63af601-43cd-41ab-8905-e1e93995f366" }] }
\`\`\``;
    const { ops, doc, diagnostics } = scrape(api("Obtain Gadget Token", "POST /v2.0/tokens", request, response));
    expect(rules(diagnostics)).toEqual(["doc-table-omits-wrapper", "doc-table-parent-missing", "doc-table-parent-missing"]);
    const op = ops[0]!.op;
    const req = op.requestBody!.content["application/json"]!.schema;
    expect(at(doc, req, "auth.credentials.username")).toMatchObject({ type: "string" });
    expect(at(doc, req, "username")).toBeUndefined();
    const res = op.responses["2XX"]!.content!["application/json"]!.schema;
    expect(at(doc, res, "gadgets.id")).toMatchObject({ format: "uuid" });
    expect(at(doc, res, "id")).toBeUndefined();
    expect(checkExamples(doc).failures).toEqual([]);
  });

  it("puts rows the table lists at the top under the one object of the example's envelope that holds them", () => {
    const response = `| Name | Type | Format | Description |
|---|---|---|---|
| gadgetId | Body | String | Gadget ID |
| state | Body | String | Gadget state |

\`\`\`json
{ "header": { "isSuccessful": true, "resultCode": 0 }, "results": [{ "gadgetId": "g1", "state": "ON" }] }
\`\`\``;
    const { ops, doc, diagnostics } = scrape(api("List Gadgets", "GET /v2.0/gadgets", "This API does not require a request body.", response));
    expect(rules(diagnostics)).toContain("doc-table-omits-wrapper");
    const res = ops[0]!.op.responses["2XX"]!.content!["application/json"]!.schema;
    expect(at(doc, res, "results.gadgetId")).toMatchObject({ type: "string" });
    expect(at(doc, res, "gadgetId")).toBeUndefined();
  });

  it("reads URI and Binary formats, a whole-body row and a datetime mask with a lower-case fraction", () => {
    const upload = `For a request, the content type must be application/octet-stream.

| Name | Type | Format | Required | Description |
|---|---|---|---|---|
| gadgetId | URL | UUID | O | Gadget ID |
| - | Body | Binary | O | The file |`;
    const response = `| Name | Type | Format | Description |
|---|---|---|---|
| self | Body | URI | Gadget path |
| built_at | Body | Datetime | Built<br>\`YYYY-MM-DDThh:mm:ss.ssssss\` format |

\`\`\`json
{ "self": "/v2/gadgets/1", "built_at": "2020-02-25T01:22:23.000000" }
\`\`\``;
    const { ops, doc, diagnostics } = scrape(
      api("Upload Gadget", "PUT /v2/gadgets/{gadgetId}/file", upload, response).replace("X-Auth-Token: {tokenId}", "X-Auth-Token: {tokenId}\nContent-Type: application/octet-stream"),
    );
    expect(rules(diagnostics)).toEqual([]);
    const op = ops[0]!.op;
    expect(op.requestBody).toMatchObject({ required: true, description: "For a request, the content type must be application/octet-stream." });
    expect(op.requestBody!.content["application/octet-stream"]!.schema).toMatchObject({ type: "string", format: "binary" });
    const schema = op.responses["2XX"]!.content!["application/json"]!.schema;
    expect(at(doc, schema, "self")).toMatchObject({ type: "string", format: "uri-reference" });
    expect(at(doc, schema, "built_at")!.pattern).toBe("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}$");
  });
});
