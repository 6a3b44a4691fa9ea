/**
 * Text captures of published Huawei pages (one table cell per paragraph, bullets as "  • …", headings as
 * plain paragraphs) in renderings the bundled capture does not show: description cells that are lists,
 * example headings that are no longer headings, field names that read like section labels. Every
 * fixture is a small hand-written capture; each is read as the same API its export would describe.
 */
import { describe, expect, it } from "vitest";
import { scrapePages } from "../../run.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function readCapture(lines: readonly string[]) {
  const result = scrapePages([{ page: "capture.txt", vendor: "huawei", format: "text", content: lines.join("\n\n") }]);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(result.files).toHaveLength(1);
  return { result, doc: result.files[0]!.document as Doc };
}

/** A capture of a gadget query page: `uri` and `response` are the lines of those sections. */
function capture(opts: { uri?: string[]; response: string[]; after?: string[] }): string[] {
  return [
    "Querying Gadgets",
    "Function",
    "This API is used to query gadgets.",
    "URI",
    ...(opts.uri ?? ["GET /v3/{project_id}/gadgets"]),
    "Request",
    "None",
    "Response",
    ...opts.response,
    ...(opts.after ?? ["Status Codes", "  • Normal", "    200"]),
  ];
}

const okSchema = (doc: Doc) => doc.paths["/v3/{project_id}/gadgets"].get.responses["200"].content["application/json"].schema;

describe("description cells printed as a list", () => {
  it("a row whose description starts with a bullet is a row; its later bullets continue the cell", () => {
    const { result, doc } = readCapture(
      capture({
        uri: [
          "GET /v3/{project_id}/gadgets",
          "Name",
          "Mandatory",
          "Type",
          "Description",
          "project_id",
          "Yes",
          "String",
          "Project ID.",
          "limit",
          "No",
          "Integer",
          "  • Gadgets per page.",
          "  • From 1 to 100.",
          "marker",
          "No",
          "String",
          "  • The last gadget ID of the previous page.",
        ],
        response: [
          "  • Response parameters",
          "    Name",
          "    Type",
          "    Description",
          "    gadgets",
          "    Array of gadget objects",
          "    The gadgets.",
          "    Table 3 gadget objects",
          "    Name",
          "    Type",
          "    Description",
          "    id",
          "    String",
          "      • Gadget ID.",
          "      • A UUID.",
          "    size",
          "    Integer",
          "      • Size in GB.",
          "  • Example response",
          '    {"gadgets": [{"id": "g-1", "size": 2}]}',
        ],
      }),
    );
    const params = doc.paths["/v3/{project_id}/gadgets"].get.parameters;
    expect(params.map((p: Doc) => [p.name, p.in, p.description])).toEqual([
      ["project_id", "path", "Project ID."],
      ["limit", "query", "Gadgets per page.\nFrom 1 to 100."],
      ["marker", "query", "The last gadget ID of the previous page."],
    ]);
    expect(okSchema(doc).properties.gadgets.items.properties).toEqual({
      id: { type: "string", description: "Gadget ID.\nA UUID." },
      size: { type: "integer", description: "Size in GB." },
    });
    expect(result.report.pages[0]!.unconsumed).toEqual([]);
  });
});

describe("example headings printed as paragraphs", () => {
  it('"Example Request" after the Response section starts the request examples; "Example Response" the response\'s', () => {
    const { result, doc } = readCapture([
      ...capture({
        response: ["  • Response parameters", "    Name", "    Type", "    Description", "    count", "    Integer", "    Number of gadgets."],
        after: [],
      }),
      "Example Request",
      "GET https://{endpoint}/v3/{project_id}/gadgets?limit=5",
      "Example Response",
      '{"count": 3}',
      "Status Codes",
      "  • Normal",
      "    200",
    ]);
    const op = doc.paths["/v3/{project_id}/gadgets"].get;
    expect(op["x-example-request-path"]).toBe("/v3/{project_id}/gadgets?limit=5");
    expect(op.responses["200"].content["application/json"].example).toEqual({ count: 3 });
    expect(result.report.pages[0]!.unconsumed).toEqual([]);
  });

  it('a bare "Example request" paragraph in a section of examples ("Example:") moves to the request', () => {
    const { doc } = readCapture([
      ...capture({ response: ["None"], after: [] }),
      "Example:",
      "Example request",
      "DELETE https://{endpoint}/v3/{project_id}/gadgets/g-1",
      "Example response",
      "None",
      "Status Codes",
      "  • Normal",
      "    200",
    ]);
    expect(Object.keys(doc.paths["/v3/{project_id}/gadgets"])).toEqual(["get"]);
    // the example's DELETE differs from the URI's GET: reported, and still the example request path
    expect(doc.paths["/v3/{project_id}/gadgets"].get["x-example-request-path"]).toBe("/v3/{project_id}/gadgets/g-1");
  });
});

describe("cells that read like labels", () => {
  it('a field named like a section ("uri", "function") is a row, not the start of a section', () => {
    const { result, doc } = readCapture(
      capture({
        response: [
          "  • Response parameters",
          "    Name",
          "    Type",
          "    Description",
          "    id",
          "    String",
          "    Gadget ID.",
          "    uri",
          "    String",
          "    Link to the gadget.",
          "    function",
          "    String",
          "    What the gadget does.",
          "    example",
          "    String",
          "    None",
          "  • Example response",
          '    {"id": "g-1", "uri": "/v3/p/gadgets/g-1", "function": "spin", "example": "x"}',
        ],
      }),
    );
    expect(Object.keys(okSchema(doc).properties)).toEqual(["id", "uri", "function", "example"]);
    expect(okSchema(doc).properties.example.description).toBe("None");
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith("doc-example") || d.ruleId.startsWith("huawei-unknown"))).toEqual([]);
    expect(result.report.pages[0]!.unconsumed).toEqual([]);
  });

  it("a status row whose description only points elsewhere is a row; a capitalised heading after the table still ends it", () => {
    const { doc } = readCapture(
      capture({
        response: ["None"],
        after: [
          "Status Codes",
          "  • Normal",
          "    200",
          "  • Abnormal",
          "    Status Code",
          "    Description",
          "    400 Bad Request",
          "    For details, see Error Codes.",
          "    404 Not Found",
          "    The gadget does not exist.",
          "Error Codes",
          "See Error Codes.",
        ],
      }),
    );
    const responses = doc.paths["/v3/{project_id}/gadgets"].get.responses;
    expect(Object.keys(responses)).toEqual(["200", "400", "404"]);
    expect(responses["400"].description).toBe("For details, see Error Codes.");
  });
});

describe("tables printed one cell per line, each cell ending with `|`", () => {
  it("reads the path parameters, the response fields and the status codes", () => {
    // One line per cell: the capture's lines joined by single line breaks (readCapture joins its lines by blank ones).
    const { doc } = readCapture([
      [
        "Querying Gadgets",
        "URI",
        "GET /v3/{project_id}/gadgets",
        "Parameter |",
        "Mandatory |",
        "Type |",
        "Description |",
        "---|---|---|---|",
        "project_id |",
        "Yes |",
        "String |",
        "Project ID. |",
        "Request Parameters",
        "Parameter |",
        "Mandatory |",
        "Type |",
        "Description |",
        "---|---|---|---|",
        "X-Language |",
        "No |",
        "String |",
        "Language of the reply. |",
        "Response Parameters",
        "Status code: 200",
        "Parameter |",
        "Type |",
        "Description |",
        "---|---|---|",
        "count |",
        "Integer |",
        "Number of gadgets. |",
        "Status Codes",
        "Status Code |",
        "Description |",
        "---|---|",
        "200 |",
        "OK |",
      ].join("\n"),
    ]);
    const get = doc.paths["/v3/{project_id}/gadgets"].get;
    expect(get.parameters).toEqual([
      expect.objectContaining({ name: "project_id", in: "path", required: true, description: "Project ID.", "x-source": { page: "capture.txt", line: 9 } }),
      // A request table whose captions the capture lost, every row an HTTP header: the request's headers, no body.
      expect.objectContaining({ name: "X-Language", in: "header", required: false }),
    ]);
    expect(get.requestBody).toBeUndefined();
    expect(get.responses["200"].content["application/json"].schema.properties.count).toMatchObject({ type: "integer", description: "Number of gadgets." });
  });
});
