/**
 * Text captures that lost every table caption ("Table 3 server field description"), printed one cell per line
 * (`server |`, `Object |`): a second table then lists the fields of an object row of the first, found by the
 * number the row points to ("see Table 3": the page's third table) or, with no pointer, by following the object
 * row that ends the table before it. Map types hold no fields: the rows after a `Map<…>` row are its siblings.
 */
import { describe, expect, it } from "vitest";
import { scrapePages } from "../../run.js";
import { GUESS } from "./test-support/fixtures.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function read(lines: readonly string[]) {
  const result = scrapePages([{ page: "capture.txt", vendor: "huawei", format: "text", content: lines.join("\n") }]);
  return { result, doc: result.files[0]?.document as Doc };
}

const table = (header: string[], rows: string[][]) => [...header.map((h) => `${h} |`), `${header.map(() => "---|").join("")}`, ...rows.flat().map((c) => `${c} |`)];

const SHOW_GADGET = [
  "Querying Details About a Gadget",
  "Function",
  "This API is used to query a gadget.",
  "URI",
  "GET /v1/{project_id}/gadgets/{gadget_id}",
  ...table(
    ["Parameter", "Mandatory", "Description"],
    [
      ["project_id", "Yes", "Project ID."],
      ["gadget_id", "Yes", "Gadget ID."],
    ],
  ),
  "Request",
  "None",
  "Response",
  ...table(["Parameter", "Type", "Description"], [["gadget", "Object", "Definition Gadget information. For details, see Table 3. Range N/A"]]),
  ...table(
    ["Parameter", "Type", "Description"],
    [
      ["status", "String", "Gadget status."],
      ["labels", "Map<String, Array of strings>", "Labels of the gadget."],
      ["name", "String", "Gadget name."],
      ["image", "Object", "Gadget image. For details, see Table 5."],
      ["state", "String", "Task state."],
    ],
  ),
  "Status Codes",
  "  • Normal",
  "    200",
];

describe("tables whose captions the capture lost", () => {
  const { result, doc } = read(SHOW_GADGET);
  const schema = doc.paths["/v1/{project_id}/gadgets/{gadget_id}"].get.responses["200"].content["application/json"].schema;

  it("puts the table a row points to (its place on the page gives its number) under that row, and says so", () => {
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(Object.keys(schema.properties)).toEqual(["gadget"]);
    expect(Object.keys(schema.properties.gadget.properties)).toEqual(["status", "labels", "name", "image", "state"]);
    expect(result.diagnostics.filter((d) => d.ruleId === "huawei-tables-numbered-by-order").map((d) => d.severity)).toEqual(["info"]);
  });

  it("reads a Map type as an object of values of its second type, with the rows after it as its siblings", () => {
    expect(schema.properties.gadget.properties.labels).toMatchObject({ type: "object", additionalProperties: { type: "array", items: { type: "string" } } });
    expect(schema.properties.gadget.properties.labels.properties).toBeUndefined();
  });

  it("does not nest the rows after an object row that points to a table the capture does not hold", () => {
    expect(schema.properties.gadget.properties.image.properties).toBeUndefined();
    expect(schema.properties.gadget.properties.state).toMatchObject({ type: "string" });
  });
});

describe("a table without a caption after an object row without a pointer", () => {
  const page = [
    "Creating a Gadget",
    "Function",
    "This API is used to create a gadget.",
    "URI",
    "POST /v1/{project_id}/gadgets",
    ...table(["Name", "Mandatory", "Description"], [["project_id", "Yes", "Project ID."]]),
    "Request Parameters",
    ...table(["Name", "Mandatory", "Type", "Description"], [["gadget", "Yes", "gadget object", "The gadget to create."]]),
    ...table(
      ["Name", "Mandatory", "Type", "Description"],
      [
        ["name", "Yes", "String", "Gadget name."],
        ["size", "No", "Integer", "Gadget size."],
      ],
    ),
    "Response Parameters",
    ...table(["Name", "Type", "Description"], [["id", "String", "Gadget ID."]]),
    "Status Codes",
    "  • Normal",
    "    200",
  ];
  const { result, doc } = read(page);

  it("holds the fields of that object row (the table it ends), reported as a note", () => {
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const body = doc.paths["/v1/{project_id}/gadgets"].post.requestBody.content["application/json"].schema;
    expect(Object.keys(body.properties)).toEqual(["gadget"]);
    expect(body.properties.gadget).toMatchObject({ type: "object", required: ["name"] });
    expect(Object.keys(body.properties.gadget.properties)).toEqual(["name", "size"]);
    expect(result.diagnostics.filter((d) => d.ruleId === "huawei-nested-by-table-order").map((d) => d.severity)).toEqual(["info"]);
  });
});

describe("an example request printed on one line with its body", () => {
  const page = (body: string) => [
    "Creating a Gadget",
    "Function",
    "This API is used to create a gadget.",
    "URI",
    "POST /v1/{project_id}/gadgets",
    ...table(["Name", "Mandatory", "Description"], [["project_id", "Yes", "Project ID."]]),
    "Request Parameters",
    ...table(["Name", "Mandatory", "Type", "Description"], [["name", "Yes", "String", "Gadget name."]]),
    "Example Request",
    `POST https://{Endpoint}/v1/{project_id}/gadgets ${body}`,
    "Response Parameters",
    ...table(["Name", "Type", "Description"], [["id", "String", "Gadget ID."]]),
    "Status Codes",
    "  • Normal",
    "    200",
  ];

  it("reads the line as the example's request line and the rest as its body", () => {
    const { result, doc } = read(page('{ "name": "gadget-1" }'));
    expect(result.diagnostics.filter((d) => d.severity !== "info" && d.ruleId !== GUESS)).toEqual([]);
    expect(doc.paths["/v1/{project_id}/gadgets"].post.requestBody.content["application/json"].example).toEqual({ name: "gadget-1" });
  });

  it("reports a body that is not JSON (a capture cut inside it) at its line, and leaves it out", () => {
    const { result, doc } = read(page('{ "name": "gad'));
    expect(result.diagnostics.filter((d) => d.ruleId === "huawei-unreadable-example").map((d) => d.at)).toEqual([{ page: "capture.txt", line: 24 }]);
    expect(doc.paths["/v1/{project_id}/gadgets"].post.requestBody.content["application/json"].example).toBeUndefined();
  });
});

describe("a capture marking each table row with a lone | line (IAM v5 pages)", () => {
  const marked = (header: string[], rows: string[][]) => ["|", ...header.map((h) => `${h} |`), `|${header.map(() => "---|").join("")}`, ...rows.flatMap((r) => ["|", ...r.map((c) => `${c} |`)])];
  const { result, doc } = read([
    "Deleting a Gadget",
    "Function",
    "This API is used to delete a gadget.",
    "Authorization Information",
    "IAM users must be granted the following permissions.",
    ...marked(["Action", "Access Level", "Dependencies"], [["gadget:gadgets:delete", "Write", "-"]]),
    "URI",
    "DELETE /v5/gadgets/{gadget_id}",
    ...marked(["Parameter", "Mandatory", "Type", "Description"], [["gadget_id", "Yes", "String", "Gadget ID."]]),
    "Request Parameters",
    "None",
    "Response Parameters",
    "Status code: 204",
    "Successful",
    "Status code: 404",
    ...marked(
      ["Parameter", "Type", "Description"],
      [
        ["error_code", "String", "Error code."],
        ["error_msg", "String", "Error message."],
      ],
    ),
    "Status Codes",
    ...marked(
      ["Status Code", "Description"],
      [
        ["204", "Successful"],
        ["404", "Not found"],
      ],
    ),
  ]);

  it("reads every table, and leaves the permissions table of Authorization Information unread without a warning", () => {
    expect(result.diagnostics.filter((d) => d.severity !== "info" && d.ruleId !== GUESS)).toEqual([]);
    const del = doc.paths["/v5/gadgets/{gadget_id}"].delete;
    expect(del.parameters.map((p: { name: string; in: string }) => [p.name, p.in])).toEqual([["gadget_id", "path"]]);
    expect(Object.keys(del.responses)).toEqual(["204", "404"]);
    expect(Object.keys(del.responses["404"].content["application/json"].schema.properties)).toEqual(["error_code", "error_msg"]);
  });
});
