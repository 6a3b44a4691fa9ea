/**
 * Text captures of other NHN Cloud API guides than the bundled one, each pattern on a small made-up page
 * in the capture's notation (headings as plain lines, tables as whitespace-separated lines, a `<br>` a
 * line break, JSON unfenced): one-line region rows, folded examples, sentence-case API titles, rows without a Required cell or
 * with lower-case values, "- " lines in a table, multi-line status descriptions, a misnamed column.
 * Every case fails without the text reader's handling of it.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../core/diagnostics.js";
import type { OpenApi, Operation, Schema } from "./test-support.js";
import { operations, resolve, scrapeNhn } from "./test-support.js";

const HEAD = `Compute > Gadget > API v2 Guide

Type Region Endpoint
gadget Korea (Pangyo) Region https://kr1-gadget.example.com

Gadget

`;

const TOKEN_REQUEST = `This API does not require a request body.

Name Type Format Required Description
gadgetId URL UUID O Gadget ID
tokenId Header String O Token ID`;

const GADGET_RESPONSE = `Name Type Format Description
gadget Body Object Gadget
gadget.id Body UUID Gadget ID
Example

{ "gadget": { "id": "f63af601-43cd-41ab-8905-e1e93995f366" } }`;

/** One API section of a capture: title, request line, then the given Request and Response parts. */
function api(title: string, line: string, request: string, response: string): string {
  return `${title}\n\n${line}\nX-Auth-Token: {tokenId}\n\nRequest\n\n${request}\n\nResponse\n\n${response}\n\n\n`;
}

function scrape(body: string): { doc: OpenApi; diagnostics: Diagnostic[]; ops: Array<{ method: string; path: string; op: Operation }> } {
  const { doc, diagnostics } = scrapeNhn("page.txt", `${HEAD}${body}TOP\n`, "text");
  return { doc, diagnostics, ops: operations(doc) };
}

const errors = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity === "error").map((d) => `${d.ruleId}: ${d.message}`);
const rules = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.severity !== "info").map((d) => d.ruleId);

function responseSchema(doc: OpenApi, op: Operation): Schema {
  const content = Object.values(op.responses)[0]?.content?.["application/json"];
  return resolve(doc, content?.schema);
}

describe("NHN text captures beyond the bundled page", () => {
  it("reads a region row of one region and one endpoint written on one line", () => {
    const { doc, diagnostics } = scrape(api("Get Gadget", "GET /v2/gadgets/{gadgetId}", TOKEN_REQUEST, GADGET_RESPONSE));
    expect(rules(diagnostics)).toEqual([]);
    expect(doc.servers?.map((s) => s.url)).toEqual(["https://kr1-gadget.example.com"]);
  });

  it("does not take a folded example's label (Example, then Unfold) for a section title", () => {
    const request = `Name Type Format Required Description
tokenId Header String O Token ID
gadget Body Object O Gadget
gadget.name Body String O Name

Example

Unfold

{ "gadget": { "name": "g1" } }`;
    const { doc, diagnostics, ops } = scrape(api("Create Gadget", "POST /v2/gadgets", request, GADGET_RESPONSE));
    expect(errors(diagnostics)).toEqual([]);
    expect(rules(diagnostics)).toEqual([]);
    expect(Object.keys(responseSchema(doc, ops[0]!.op).properties ?? {})).toEqual(["gadget"]);
  });

  it("reads sentence-case API titles, the first of two lines before the request line being the title", () => {
    const { ops, diagnostics } = scrape(
      api("See the gadget", "GET /v2/gadgets/{gadgetId}", TOKEN_REQUEST, GADGET_RESPONSE) +
        api("Deleting a stored gadget\n\nDelete a specified gadget", "DELETE /v2/gadgets/{gadgetId}", TOKEN_REQUEST, "This API does not return a response body."),
    );
    expect(errors(diagnostics)).toEqual([]);
    expect(ops.map((o) => [o.method, o.op.summary, o.op.tags[0]])).toEqual([
      ["get", "See the gadget", "Gadget"],
      ["delete", "Deleting a stored gadget", "Gadget"],
    ]);
    expect(ops[1]!.op.description).toContain("Delete a specified gadget");
  });

  it("reads a row that skips its Required cell, its description continuing on the next line", () => {
    const request = TOKEN_REQUEST.replace("gadgetId URL UUID O Gadget ID", "gadgetId URL UUID Gadget ID\nas returned by List Gadgets");
    const { ops, diagnostics } = scrape(api("Get Gadget", "GET /v2/gadgets/{gadgetId}", request, GADGET_RESPONSE));
    expect(errors(diagnostics)).toEqual([]);
    expect(rules(diagnostics)).toEqual(["doc-row-missing-cell"]);
    const p = ops[0]!.op.parameters!.find((x) => x.name === "gadgetId") as { in: string; required: boolean; description?: string; schema: Schema };
    expect([p.in, p.required, p.schema.format, p.description]).toEqual(["path", true, "uuid", "Gadget ID\nas returned by List Gadgets"]);
  });

  it("reads rows whose Type value is in lower case", () => {
    const response = GADGET_RESPONSE.replace("gadget.id Body UUID", "gadget.id body UUID");
    const { doc, ops, diagnostics } = scrape(api("Get Gadget", "GET /v2/gadgets/{gadgetId}", TOKEN_REQUEST, response));
    expect(errors(diagnostics)).toEqual([]);
    const gadget = resolve(doc, responseSchema(doc, ops[0]!.op).properties?.gadget);
    expect(gadget.properties?.id).toMatchObject({ type: "string", format: "uuid", description: "Gadget ID" });
  });

  it("reads '- ' lines inside a table: a row named '-' (the whole binary body) and a cell's list of values", () => {
    const request = `Name Type Format Required Description
gadgetId URL UUID O Gadget ID
tokenId Header String O Token ID
- Body Binary O The firmware file`;
    const response = GADGET_RESPONSE.replace("gadget.id Body UUID Gadget ID", "gadget.id Body UUID Gadget ID\ngadget.power Body Integer Power state\n- 1: On\n- 4: Off").replace(
      '"id": "f63af601-43cd-41ab-8905-e1e93995f366"',
      '"id": "f63af601-43cd-41ab-8905-e1e93995f366", "power": 1',
    );
    const { doc, ops, diagnostics } = scrape(api("Upload Firmware", "PUT /v2/gadgets/{gadgetId}/firmware", request, response));
    expect(errors(diagnostics)).toEqual([]);
    expect(Object.keys(ops[0]!.op.requestBody!.content)).toEqual(["application/octet-stream"]);
    const gadget = resolve(doc, responseSchema(doc, ops[0]!.op).properties?.gadget);
    expect(gadget.properties?.power?.enum).toEqual([1, 4]);
  });

  it("reads a status table whose descriptions run over several lines", () => {
    const statuses = `Gadget status

Status Name Description
ACTIVE Gadget is running
REBOOT Gadget is rebooting
Reboot takes a minute
HALTED Gadget is halted
This happens after an error

`;
    const response = GADGET_RESPONSE.replace("gadget.id Body UUID Gadget ID", "gadget.id Body UUID Gadget ID\ngadget.status Body Enum Gadget status").replace(
      '"id": "f63af601-43cd-41ab-8905-e1e93995f366"',
      '"id": "f63af601-43cd-41ab-8905-e1e93995f366", "status": "ACTIVE"',
    );
    const { doc, ops, diagnostics } = scrape(statuses + api("Get Gadget", "GET /v2/gadgets/{gadgetId}", TOKEN_REQUEST, response));
    expect(errors(diagnostics)).toEqual([]);
    const gadget = resolve(doc, responseSchema(doc, ops[0]!.op).properties?.gadget);
    expect(gadget.properties?.status?.enum).toEqual(["ACTIVE", "REBOOT", "HALTED"]);
  });

  it("reads a table whose header misnames the Format column, and reports it", () => {
    const request = TOKEN_REQUEST.replace("Name Type Format Required Description", "Name Type Example Required Description");
    const { ops, diagnostics } = scrape(api("Get Gadget", "GET /v2/gadgets/{gadgetId}", request, GADGET_RESPONSE));
    expect(errors(diagnostics)).toEqual([]);
    expect(rules(diagnostics)).toEqual(["doc-column-label-differs"]);
    expect(ops[0]!.op.parameters!.map((p) => [p.name, p.in, p.schema.format])).toEqual([["gadgetId", "path", "uuid"]]);
  });
});
