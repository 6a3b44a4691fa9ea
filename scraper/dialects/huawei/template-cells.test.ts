/**
 * Text captures of newer Huawei pages print each table cell as a paragraph, and a description cell in the
 * template's parts as one paragraph per part label and per value: "Definition", the text, "Constraints", "N/A",
 * "Range", … (RDS: "Explanation:", "Constraints:", "Value range:"). "Constraints" and "N/A" are page labels
 * elsewhere (the Constraints section, a None); inside such a cell they are its parts, and the rows after it are
 * still the table's.
 */
import { describe, expect, it } from "vitest";
import { scrapePages } from "../../run.js";
import { GUESS } from "./test-support/fixtures.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function read(paragraphs: readonly string[]) {
  // Blank-line capture: every paragraph on its own line, a blank line between them.
  const result = scrapePages([{ page: "capture.txt", vendor: "huawei", format: "text", content: paragraphs.join("\n\n") }]);
  return { result, doc: result.files[0]?.document as Doc };
}

const cell = (definition: string, lead: string, parts: ReadonlyArray<[string, string]>) => [lead, definition, ...parts.flat()];

function page(lead: string, colon: string) {
  const parts = (range: string): Array<[string, string]> => [
    [`Constraints${colon}`, "N/A"],
    [`Range${colon}`, range],
    [`Default Value${colon}`, "N/A"],
  ];
  return [
    "Querying Gadgets",
    "Function",
    "This API is used to query gadgets.",
    "URI",
    "GET /v2/{project_id}/gadgets",
    "Table 1 Path Parameters",
    "Parameter",
    "Mandatory",
    "Type",
    "Description",
    "project_id",
    "Yes",
    "String",
    ...cell("Project ID.", lead, parts("1 to 64 characters")),
    "Table 2 Query Parameters",
    "Parameter",
    "Mandatory",
    "Type",
    "Description",
    "gadget_id",
    "No",
    "String",
    ...cell("Gadget ID.", lead, parts("N/A")),
    "limit",
    "No",
    "Integer",
    ...cell("Page size.", lead, parts("1 to 100")),
    "Request Parameters",
    "None",
    "Response Parameters",
    "Status code: 200",
    "Table 3 Response body parameters",
    "Parameter",
    "Type",
    "Description",
    "count",
    "Integer",
    ...cell("Number of gadgets.", lead, parts("N/A")),
    "Status Codes",
    "Status Code",
    "Description",
    "200",
    "OK",
  ];
}

describe("blank-line captures whose description cells are in template parts", () => {
  for (const [lead, colon] of [
    ["Definition", ""],
    ["Explanation:", ":"],
  ] as const) {
    it(`reads every row of every table (${lead} … Constraints${colon} … Range${colon})`, () => {
      const { result, doc } = read(page(lead, colon));
      expect(result.diagnostics.filter((d) => d.severity !== "info" && d.ruleId !== GUESS)).toEqual([]);
      const op = doc.paths["/v2/{project_id}/gadgets"].get;
      expect(op.parameters.map((p: Doc) => [p.name, p.in, p.required, p.schema.type])).toEqual([
        ["project_id", "path", true, "string"],
        ["gadget_id", "query", false, "string"],
        ["limit", "query", false, "integer"],
      ]);
      expect(op.parameters[0].description).toBe("Project ID.\nRange: 1 to 64 characters");
      expect(op.parameters[0].schema).toMatchObject({ minLength: 1, maxLength: 64 });
      expect(op.parameters[1].description).toBe("Gadget ID.");
      expect(op.parameters[2].schema).toMatchObject({ minimum: 1, maximum: 100 });
      expect(op.responses["200"].content["application/json"].schema.properties.count).toMatchObject({ type: "integer", description: "Number of gadgets." });
      expect(result.report.pages[0]!.unconsumed).toEqual([]);
    });
  }

  it("a cell that does not start with the template's lead still ends at a page label", () => {
    const lines = page("Definition", "").map((l) => (l === "Definition" ? "Specifies" : l));
    const { doc } = read(lines);
    // "Constraints" is not taken into a plain description cell.
    expect(doc.paths["/v2/{project_id}/gadgets"].get.parameters[0].description).toBe("Specifies\nProject ID.");
  });
});

describe("a blank-line capture cut inside a table's last row", () => {
  it("reports the short row at its line instead of folding its cells into the description above", () => {
    const lines = [...page("Definition", "").slice(0, page("Definition", "").indexOf("Request Parameters")), "end_time", "Yes", "Lo"];
    const { result, doc } = read(lines);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.ruleId, d.message])).toEqual([["huawei-unreadable-row", "row has 3 cells where the header has 4: | end_time | Yes | Lo |"]]);
    expect((errors[0]!.at as { line: number }).line).toBe(lines.indexOf("end_time") * 2 + 1);
    const limit = doc.paths["/v2/{project_id}/gadgets"].get.parameters.find((p: Doc) => p.name === "limit");
    expect(limit.description).toBe("Page size.\nRange: 1 to 100");
  });
});

describe("a GET whose parameters are listed in one 'Request parameters' table", () => {
  it("reads its rows as header, path and query parameters, not as a request body, and says so", () => {
    const lines = [
      "Querying Gadget Configurations",
      "API Description",
      "This API is used to query gadget configurations.",
      "URI",
      "GET https://{Endpoint}/v3/{project_id}/gadgets/configs",
      "Table 1 Request parameters",
      "Parameter",
      "Mandatory",
      "Type",
      "Description",
      "X-Request-Id",
      "No",
      "String",
      "Request ID.",
      "project_id",
      "Yes",
      "String",
      "Project ID.",
      "limit",
      "No",
      "Integer",
      "Number of records.",
      "Response Parameters",
      "Status code: 200",
      "Table 2 Response body parameters",
      "Parameter",
      "Type",
      "Description",
      "total_count",
      "Integer",
      "Total.",
      "Status Codes",
      "Status Code",
      "Description",
      "200",
      "OK",
    ];
    const { result, doc } = read(lines);
    const op = doc.paths["/v3/{project_id}/gadgets/configs"].get;
    expect(op.requestBody).toBeUndefined();
    expect(op.parameters.map((p: Doc) => [p.name, p.in, p.required, p.schema.type])).toEqual([
      ["project_id", "path", true, "string"],
      ["limit", "query", false, "integer"],
      ["X-Request-Id", "header", false, "string"],
    ]);
    expect(result.diagnostics.filter((d) => d.severity !== "info" && d.ruleId !== GUESS).map((d) => [d.ruleId, (d.at as { line: number }).line])).toEqual([
      ["doc-get-request-body", lines.indexOf("Parameter") * 2 + 1],
    ]);
  });
});
