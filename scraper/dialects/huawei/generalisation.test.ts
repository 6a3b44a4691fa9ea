/**
 * Patterns of Huawei API pages beyond the Volume Backup Service pages the dialect was built on: numbered
 * nested tables that rows point to ("For details, see Table 3."), object types named in any case ("Array
 * of route objects", "route objects"), misspelt and vague type words, a scalar type the example
 * contradicts, one API under two versions' URIs, "STATUS CODE 200" printed as code, an "Example:"
 * section, pages that list no status code, plural acronyms in titles, introductory sentences. Every
 * fixture is hand-written and small; where the text capture can render it, both formats must agree.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../core/diagnostics.js";
import { validateOpenApi } from "../../openapi/validate.js";
import type { BothFormats } from "./test-support/fixtures.js";
import { exportPage as page, json, onlyDocument, ruleIds, scrapeBoth, table, withoutProvenance } from "./test-support/fixtures.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIELDS = ["Parameter", "Type", "Description"];

const caption = (text: string) => [`    **Table  ${text}`, ""];

function agree(both: BothFormats): { diagnostics: Diagnostic[]; doc: Doc } {
  const summary = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.severity} ${d.ruleId}: ${d.message}`);
  expect(summary(both.text.diagnostics)).toEqual(summary(both.markdown.diagnostics));
  const doc = onlyDocument(both.markdown);
  expect(withoutProvenance(onlyDocument(both.text))).toEqual(withoutProvenance(doc));
  expect(both.markdown.report.pages[0]!.unconsumed).toEqual([]);
  return { diagnostics: both.markdown.diagnostics, doc };
}

const okSchema = (doc: Doc, path = "/v3/{project_id}/gadgets") => doc.paths[path].get.responses["200"].content["application/json"].schema;

describe("numbered nested tables", () => {
  it("a table a row points to lists that row's fields, whatever its caption names; the rows after it stay outside", () => {
    const both = scrapeBoth(
      page({
        response: [
          "-   Response parameters",
          "",
          table(FIELDS, [
            ["gadget", "Object", "The gadget.\nFor details, see Table 2."],
            ["total", "Integer", "How many."],
          ]),
          "",
          ...caption("2**  Description of GadgetInfo parameters"),
          table(FIELDS, [
            ["size", "Integer", "Size."],
            ["parts", "Array of objects", "Parts. For details, see Table 3."],
          ]),
          "",
          ...caption("3**  Description of parameter gadget"),
          table(FIELDS, [["part_id", "String", "Part ID."]]),
          "",
          "-   Example response",
          "",
          json({ gadget: { size: 1, parts: [{ part_id: "p" }] }, total: 1 }),
          "",
        ],
      }),
    );
    const { diagnostics, doc } = agree(both);
    expect(ruleIds(diagnostics)).not.toContain("doc-field-placement-conflict");
    const schema = okSchema(doc);
    expect(Object.keys(schema.properties)).toEqual(["gadget", "total"]);
    expect(Object.keys(schema.properties.gadget.properties)).toEqual(["size", "parts"]);
    expect(schema.properties.gadget.properties.parts.items.properties.part_id.type).toBe("string");
  });

  it('"Array of route objects" and a "route objects" caption: an array whose items the caption\'s table lists', () => {
    const both = scrapeBoth(
      page({
        response: [
          "-   Response parameters",
          "",
          table(FIELDS, [
            ["routes", "Array of route objects", "Routes."],
            ["name", "String", "Name."],
          ]),
          "",
          ...caption("2** **route**  objects"),
          table(FIELDS, [["nexthop", "String", "Next hop."]]),
          "",
          "-   Example response",
          "",
          json({ routes: [], name: "n" }),
          "",
        ],
      }),
    );
    const { diagnostics, doc } = agree(both);
    expect(ruleIds(diagnostics)).not.toContain("huawei-unknown-type");
    const props = okSchema(doc).properties;
    expect(props.routes.type).toBe("array");
    expect(Object.keys(props.routes.items.properties)).toEqual(["nexthop"]);
    expect(props.name.type).toBe("string");
  });

  it('"Parameters in the error field" captions the fields of error; a String the example shows as an object is written as an object, reported', () => {
    const both = scrapeBoth(
      page({
        response: [
          "-   Parameter description",
          "",
          table(FIELDS, [["error", "String", "The error."]]),
          "",
          "-   Parameters in the  **error**  field",
          "",
          table(FIELDS, [
            ["message", "String", "Message."],
            ["code", "String", "Code."],
          ]),
          "",
          "-   Example response",
          "",
          json({ error: { message: "m", code: "c" } }),
          "",
        ],
      }),
    );
    const { diagnostics, doc } = agree(both);
    expect(diagnostics.filter((d) => d.ruleId === "doc-scalar-with-fields")).toMatchObject([{ severity: "warning", data: { field: "error", type: "String" } }]);
    const error = okSchema(doc).properties.error;
    expect(error.type).toBe("object");
    expect(Object.keys(error.properties)).toEqual(["message", "code"]);
  });
});

describe("type words", () => {
  it('a type word with two letters swapped ("Obejct") is read as the word it misspells, noted', () => {
    const both = scrapeBoth(
      page({
        response: [
          "-   Response parameters",
          "",
          table(FIELDS, [
            ["gadget", "Obejct", "The gadget."],
            ["id", "String", "ID."],
          ]),
          "",
          "-   Example response",
          "",
          json({ gadget: { id: "g" } }),
          "",
        ],
      }),
    );
    const { diagnostics, doc } = agree(both);
    expect(diagnostics.filter((d) => d.ruleId === "doc-type-misspelt")).toMatchObject([{ severity: "info", data: { type: "Obejct", readAs: "object" } }]);
    expect(okSchema(doc).properties.gadget.properties.id.type).toBe("string");
  });

  it('"List data structure" is an object or a list of objects, as the example shows', () => {
    const both = scrapeBoth(
      page({
        response: [
          "-   Element description",
          "",
          table(FIELDS, [
            ["config", "List data structure", "Settings."],
            ["slots", "List data structure", "Slots."],
          ]),
          "",
          "-   Data structure description of  **config**",
          "",
          table(FIELDS, [["enabled", "Boolean", "On."]]),
          "",
          "-   Data structure description of  **slots**",
          "",
          table(FIELDS, [["slot", "Integer", "Slot."]]),
          "",
          "-   Response example",
          "",
          json({ config: { enabled: true }, slots: [{ slot: 1 }] }),
          "",
        ],
      }),
    );
    const { diagnostics, doc } = agree(both);
    expect(ruleIds(diagnostics)).not.toContain("huawei-unknown-type");
    const props = okSchema(doc).properties;
    expect(props.config).toMatchObject({ type: "object", properties: { enabled: { type: "boolean" } } });
    expect(props.slots).toMatchObject({ type: "array", items: { type: "object", properties: { slot: { type: "integer" } } } });
  });
});

describe("URI lines, examples and status codes", () => {
  it("one API under two versions' URI lines is one operation per version; an example with both request lines is read", () => {
    const both = scrapeBoth(
      page({
        uri: ["GET /v2/\\{project\\_id\\}/gadgets", "", "GET /v2.1/\\{project\\_id\\}/gadgets", ""],
        response: ["None", ""],
        tail: [
          "## Example Request",
          "",
          "```",
          "GET https://{endpoint}/v2/{project_id}/gadgets",
          "GET https://{endpoint}/v2.1/{project_id}/gadgets",
          "```",
          "",
          "## Status Codes",
          "",
          "-   Normal",
          "",
          "    200",
          "",
        ],
      }),
    );
    const result = both.markdown;
    expect(result.files.map((f) => f.path).sort()).toEqual(["huawei/gadgets/v2.1.yaml", "huawei/gadgets/v2.yaml"]);
    expect(ruleIds(result.diagnostics)).not.toContain("huawei-several-request-lines");
    expect(ruleIds(result.diagnostics)).not.toContain("huawei-unreadable-example");
    expect(result.report.pages[0]!.unconsumed).toEqual([]);
    for (const f of result.files) expect(Object.keys((f.document as Doc).paths)).toEqual([f.path.includes("v2.1") ? "/v2.1/{project_id}/gadgets" : "/v2/{project_id}/gadgets"]);
  });

  it('"STATUS CODE 200" printed as code before the example response is read, not reported as an unreadable example', () => {
    const both = scrapeBoth(
      page({
        response: ["-   Response parameters", "", table(FIELDS, [["id", "String", "ID."]]), "", "-   Example response", "", "    ```", "    STATUS CODE 200", "    ```", "", json({ id: "g" }), ""],
      }),
    );
    const { diagnostics, doc } = agree(both);
    expect(ruleIds(diagnostics)).not.toContain("huawei-unreadable-example");
    expect(doc.paths["/v3/{project_id}/gadgets"].get.responses["200"].content["application/json"].example).toEqual({ id: "g" });
  });

  it('an "Example:" section holds the example request and response; a page that names no status code gets a default response', async () => {
    const markdown = page({
      title: "Querying XYZs",
      response: ["-   Response parameters", "", table(FIELDS, [["id", "String", "ID."]]), ""],
      tail: [
        "## Example:",
        "",
        "Example request",
        "",
        "```",
        "GET https://{Endpoint}/v3/p1/gadgets",
        "```",
        "",
        "Example response",
        "",
        "```",
        '{ "id": "g" }',
        "```",
        "",
        "## Status Code",
        "",
        "See  [Status Codes](status-codes.md).",
        "",
      ],
    });
    const result = scrapeBoth(markdown).markdown;
    expect(ruleIds(result.diagnostics)).not.toContain("huawei-unknown-section");
    expect(result.files.map((f) => f.path)).toEqual(["huawei/xyz/v3.yaml"]);
    const doc = onlyDocument(result);
    const op = doc.paths["/v3/{project_id}/gadgets"].get;
    expect(op.responses.default.content["application/json"].example).toEqual({ id: "g" });
    expect(await validateOpenApi(doc, "example-section")).toEqual([]);

    const none = scrapeBoth(page({ response: ["None", ""], tail: ["## Status Code", "", "See  [Status Codes](status-codes.md).", ""] })).markdown;
    const noneDoc = onlyDocument(none);
    expect(Object.keys(noneDoc.paths["/v3/{project_id}/gadgets"].get.responses)).toEqual(["default"]);
    expect(await validateOpenApi(noneDoc, "no-status")).toEqual([]);
  });

  it('sentences introducing tables and examples ("Table 1 describes the parameters.") are read; "Request filter parameters" are query parameters', () => {
    const both = scrapeBoth(
      page({
        uri: [
          "GET /v3/\\{project\\_id\\}/gadgets",
          "",
          "[Table 1](#t1)  describes the parameters.",
          "",
          "-   Request filter parameters",
          "",
          table(["Parameter", "Type", "Mandatory", "Description"], [["colour", "String", "No", "Colour."]]),
          "",
        ],
        response: ["The following example shows how to query gadgets.", "", "-   Example response", "", json({ id: "g" }), ""],
      }),
    );
    const { doc } = agree(both);
    expect(doc.paths["/v3/{project_id}/gadgets"].get.parameters.map((p: Doc) => `${p.in} ${p.name}`)).toEqual(["query colour", "path project_id"]);
  });
});
