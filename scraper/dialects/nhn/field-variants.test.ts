/**
 * Field-table shapes of current NHN Cloud guides, on a hand-written guide imitating them: a data type in
 * the Type (location) column, a status-code list in a description, an empty row, and a response part that
 * is only a bracketed caption. Each used to fail the whole page.
 */
import { describe, expect, it } from "vitest";
import { guideApi as api, operations, resolve, scrapeNhn } from "./test-support.js";

const guide = (responseRows: string[], namesPart: string[], requestRows: string[] = []) =>
  [
    "## Network > Gadget Balancer > API v2 Guide",
    "",
    "| Region | Endpoint |",
    "|---|---|",
    "| Korea (Pangyo) Region | https://kr1-api-gadget.example.com |",
    "",
    ...api("List Gadgets", "GET /v2.0/gadgets", requestRows, ["", "| Name | Type | Format | Description |", "|---|---|---|---|", ...responseRows, ""]),
    ...api("List Gadget Names", "GET /v2.0/gadget-names", [], namesPart),
  ].join("\n");

const rows = [
  "| gadgets | Body | Array | Gadget objects |",
  "| gadgets.id | Body | UUID | Gadget ID |",
  "| gadgets.created_at | Date | | Time the gadget was created |",
  "| gadgets.error_code | Body | Integer | Status code of the custom response<br>Supported status codes are 400, 403, 408, 500, 502, 503, and 504 |",
  "|  |  |  |  |",
];
const caption = ["```", "[List of gadget names]", "```"];

describe("NHN field-table shapes", () => {
  const { doc, diagnostics } = scrapeNhn("gadget.md", guide(rows, caption), "markdown");

  it("reads the page with no error", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(operations(doc).map((o) => o.op.operationId)).toEqual(["listGadgetNames", "listGadgets"]);
  });

  it("a data type in the Type column of a body table: a Body field of that format, reported", () => {
    const list = resolve(doc, doc.paths["/v2.0/gadgets"]!.get!.responses["2XX"]!.content!["application/json"]!.schema);
    const item = resolve(doc, list.properties!.gadgets!.items);
    expect(Object.keys(item.properties!)).toEqual(["id", "created_at", "error_code"]);
    expect(item.properties!.created_at).toMatchObject({ type: "string", format: "date" });
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: "doc-type-in-location-column", severity: "warning" }));
  });

  it("a status-code list in a description stays the field's description; the empty row is skipped", () => {
    const list = resolve(doc, doc.paths["/v2.0/gadgets"]!.get!.responses["2XX"]!.content!["application/json"]!.schema);
    const item = resolve(doc, list.properties!.gadgets!.items);
    expect(item.properties!.error_code!.type).toBe("integer");
    expect(String(item.properties!.error_code!.description)).toContain("400, 403, 408, 500, 502, 503, and 504");
    expect(diagnostics.filter((d) => d.ruleId === "doc-empty-row").map((d) => [d.severity, (d.at as { line: number }).line])).toEqual([["info", 29]]);
  });

  it("a response part that is only a bracketed caption: the response is described by it, without a schema", () => {
    const response = doc.paths["/v2.0/gadget-names"]!.get!.responses["2XX"]!;
    expect(response).toEqual({ description: "List of gadget names" });
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: "doc-part-only-caption", severity: "warning" }));
  });

  it("a data type in the Type column of a request table with query rows stays an error (where is it sent?)", () => {
    const page = guide(rows, caption, ["| since | Date | | - | Only gadgets created since |"]);
    const again = scrapeNhn("gadget.md", page, "markdown");
    expect(again.diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId)).toEqual(["nhn-unreadable-row"]);
    // …and the operation is still written, the row in its x-unread.
    const op = again.doc.paths["/v2.0/gadgets"]!.get! as unknown as { "x-unread": unknown[] };
    expect(op["x-unread"]).toEqual([expect.objectContaining({ ruleId: "nhn-unreadable-row" })]);
  });

  it('a "Name | In | Type | Description" header: In is the location, Type the data type', () => {
    const page = guide(rows, caption).replace("| Name | Type | Format | Description |\n|---|---|---|---|", "| Name | In | Type | Description |\n|---|---|---|---|");
    const again = scrapeNhn("gadget.md", page, "markdown");
    expect(again.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const list = resolve(again.doc, again.doc.paths["/v2.0/gadgets"]!.get!.responses["2XX"]!.content!["application/json"]!.schema);
    expect(resolve(again.doc, list.properties!.gadgets!.items).properties!.id).toMatchObject({ type: "string", format: "uuid" });
  });
});
