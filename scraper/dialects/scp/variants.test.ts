/**
 * SCP page variants users save, on hand-written pages imitating their structure: the `_print` view of a
 * service's APIs folder (one numbering level shallower, no Overview), of its Models folder, and text
 * captures that drop the table borders (cells run together, parameter rows over several lines), cut
 * before the `Scp-Api-Version` header (the service named by the OpenAPI URL's host).
 */
import { describe, expect, it } from "vitest";
import { scrapePages } from "../../run.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const scrape = (lines: string[], strict = false) => scrapePages([{ page: "p.txt", vendor: "scp", format: "text", content: lines.join("\n") }], { strict });
const ops = (doc: Doc) => Object.entries(doc.paths as Record<string, Record<string, Doc>>).flatMap(([path, item]) => Object.entries(item).map(([m, op]) => ({ key: `${m} ${path}`, op })));

/** Parameters (one path parameter) and Responses (one status) of a gadget API. */
const gadgetTables = (response: string) => [
  "Parameters",
  "| Type | Name | Description | Schema | Default |",
  "|---|---|---|---|---|",
  "| path | gadget_id required | Gadget ID Example : g-1 | string | None |",
  "Responses",
  "| HTTP Code | Description | Schema |",
  "|---|---|---|",
  response,
  "Example HTTP request",
  "Request path",
  "/v1/gadgets/{gadget_id}",
];

const versionSection = (number: string, version: string, status: string, header: boolean) => [
  `${number} - ${version}`,
  "delete /v1/gadgets/{gadget_id}",
  "Description",
  "Remove a gadget",
  `State ACTIVE (${status})`,
  "| Version | Not Before |",
  "|---|---|",
  `| ${version} | - |`,
  ...gadgetTables("| 204 | No Content | None |"),
  "Request header",
  '"Scp-ClientType = Openapi",',
  ...(header ? [`"Scp-Api-Version = gadget ${version}"`] : []),
];

describe("the _print view of a service's APIs folder", () => {
  const page = (header: boolean) => [
    "This is the multi-page printable view of this section. Click here to print.",
    "APIs",
    "1 - DeleteGadget",
    ...versionSection("1.1", "1.1", "CURRENT", header),
    ...versionSection("1.2", "1.0", "DEPRECATED", header),
    "2 - ShowGadget",
    "2.1 - 1.1",
    "get /v1/gadgets/{gadget_id}",
    "Description",
    "Show a gadget",
    "State ACTIVE (CURRENT)",
    ...gadgetTables("| 200 | OK | None |"),
    ...(header ? ['"Scp-Api-Version = gadget 1.1"'] : []),
  ];

  it("reads every API of every version (numbered one level shallower than on the service page)", () => {
    const result = scrape(page(true));
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(["scp/gadget/1.0.yaml", "scp/gadget/1.1.yaml"]);
    const v11 = result.files.find((f) => f.path.endsWith("1.1.yaml"))!.document as Doc;
    expect(ops(v11).map((o) => [o.key, o.op.operationId])).toEqual([
      ["get /v1/gadgets/{gadget_id}", "showGadget"],
      ["delete /v1/gadgets/{gadget_id}", "deleteGadget"],
    ]);
    expect(v11.info.title).toBe("gadget API");
  });

  it("without the version header the operations are still read, the spec unnamed is an error", () => {
    const result = scrape(page(false));
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId)).toEqual(["scp-no-service-id"]);
    expect(result.files.flatMap((f) => ops(f.document as Doc)).length).toBe(3);
  });
});

describe("the _print view of a Models folder", () => {
  it("is a page of models only: a warning, not an error", () => {
    const result = scrape([
      "Models",
      "1 - Gadget",
      "| Name | Description | Schema | Default |",
      "|---|---|---|---|",
      "| id required | Gadget ID Example : g-1 | string | |",
      "2 - GadgetList",
      "| Name | Description | Schema | Default |",
      "|---|---|---|---|",
      "| gadgets required | array[Gadget] |",
    ]);
    expect(result.diagnostics.filter((d) => d.severity !== "info").map((d) => [d.severity, d.ruleId])).toEqual([["warning", "scp-models-only-page"]]);
    expect(result.files).toEqual([]);
  });
});

describe("a text capture without table borders", () => {
  const page = [
    "This is the multi-page printable view of this section. Click here to print.",
    "",
    "Gadget Store",
    "",
    "Overview",
    "",
    "Keeps gadgets.",
    "",
    "Version",
    "",
    "VersionStatusSupported Until",
    "1.1CURRENT-",
    "1.0DEPRECATED20251231",
    "",
    "OpenAPI URL",
    "",
    "https://gadgetstore.{environment}.example.com",
    "",
    "Environment and Region List",
    "",
    "environmentregion",
    "skr-west1",
    "ekr-east1",
    "",
    "1 - APIs",
    "",
    "1.1 - List Gadgets",
    "",
    "1.1.1 - 1.1",
    "",
    "get /v1/gadgets",
    "",
    "Description",
    "",
    "List the gadgets",
    "",
    "State ACTIVE (CURRENT)",
    "",
    "VersionSupported Until",
    "1.1-",
    "",
    "Parameters",
    "",
    "TypeNameDescriptionSchemaDefault",
    "querylimit",
    "optional",
    "limit",
    "Example : 10",
    "any of [integer, null]20",
    "queryname",
    "optional",
    "stringNone",
    "bodybody",
    "required",
    "GadgetFilter",
    "",
    "Responses",
    "",
    "HTTP CodeDescriptionSchema",
    "200OKGadgetList",
    "401UnauthorizedNone",
    "",
    "Example HTTP request",
    "",
    "Request path",
    "",
    "/v1/gadgets",
    "",
    "2 - Models",
    "",
    "2.1 - GadgetList",
    "",
    "NameDescriptionSchemaDefault",
    "count",
    "required",
    "Count",
    "Example : 1",
    "integer",
    "gadgets",
    "required",
    "array[Gadget]",
    "",
    "2.2 - Gadget",
    "",
    "NameDescriptionSchemaDefault",
    "id",
    "required",
    "Gadget ID",
    "Example : g-1",
    "string",
    "",
    "2.3 - GadgetFilter",
    "",
    "NameDescriptionSchemaDefault",
    "tag",
    "optional",
    "any of [string, null]",
  ];

  it("rebuilds every table from its run-together cells; the service is named by the OpenAPI URL", () => {
    const result = scrape(page);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === "warning").map((d) => d.ruleId)).toEqual(["scp-service-id-from-url"]);
    expect(result.files.map((f) => f.path)).toEqual(["scp/gadgetstore/1.1.yaml"]);
    const doc = result.files[0]!.document as Doc;
    expect(doc.info["x-api-versions"]).toEqual([
      { version: "1.1", status: "CURRENT" },
      { version: "1.0", status: "DEPRECATED", notBefore: "2025-12-31" },
    ]);
    expect(doc.servers[0].variables.environment.enum).toEqual(["s", "e"]);
    const op = doc.paths["/v1/gadgets"].get;
    expect(op.parameters.map((p: Doc) => [p.name, p.in, p.required, p.schema])).toEqual([
      ["limit", "query", false, { type: ["integer", "null"], default: 20 }],
      ["name", "query", false, { type: "string" }],
      // The version header, with the service id read from the OpenAPI URL host.
      ["Scp-Api-Version", "header", true, { type: "string", enum: ["gadgetstore 1.1"], default: "gadgetstore 1.1" }],
    ]);
    expect(op.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/GadgetFilter" });
    expect(Object.keys(op.responses)).toEqual(["200", "401"]);
    expect(op.responses["200"].content["application/json"].schema).toEqual({ $ref: "#/components/schemas/GadgetList" });
    expect(doc.components.schemas.GadgetList.required).toEqual(["count", "gadgets"]);
    expect(doc.components.schemas.GadgetList.properties.gadgets).toEqual({ type: "array", items: { $ref: "#/components/schemas/Gadget" } });
    expect(result.report.pages[0]!.unconsumed.map((u) => u.text)).toEqual([]);
  });

  it("a row cut by a blank line after its required flag goes on (bodybody / required / blank / schema)", () => {
    const k = page.indexOf("GadgetFilter");
    const result = scrape([...page.slice(0, k), "", ...page.slice(k)]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const op = (result.files[0]!.document as Doc).paths["/v1/gadgets"].get;
    expect(op.requestBody.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/GadgetFilter" });
  });

  it("a row that fits no column shape is an error at its line; the rest of the table is read", () => {
    const broken = page.map((l) => (l === "401UnauthorizedNone" ? "four-oh-one" : l));
    const result = scrape(broken);
    const line = broken.indexOf("four-oh-one") + 1;
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => [d.ruleId, (d.at as { line: number }).line])).toEqual([["scp-unreadable-row", line]]);
    const op = (result.files[0]!.document as Doc).paths["/v1/gadgets"].get;
    expect(Object.keys(op.responses)).toEqual(["200"]);
    expect(op["x-unread"]).toEqual([expect.objectContaining({ line, ruleId: "scp-unreadable-row" })]);
  });
});

describe("a capture cut inside a request line", () => {
  it("a path with an unclosed template brace is no operation: an error at its version section, the other APIs written", () => {
    const result = scrape([
      "APIs",
      "1 - ShowGadget",
      "1.1 - 1.1",
      "get /v1/gadgets/{gadget_id}",
      "Description",
      "Show a gadget",
      "State ACTIVE (CURRENT)",
      ...gadgetTables("| 200 | OK | None |"),
      '"Scp-Api-Version = gadget 1.1"',
      "2 - DeleteGadget",
      "2.1 - 1.1",
      "delete /v1/gadgets/{gadget_i",
    ]);
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => [d.ruleId, (d.at as { line: number }).line])).toEqual([["scp-unreadable-path", 21]]);
    const doc = result.files[0]!.document as Doc;
    expect(ops(doc).map((o) => o.key)).toEqual(["get /v1/gadgets/{gadget_id}"]);
    expect(doc["x-unread"]).toEqual([expect.objectContaining({ ruleId: "scp-unreadable-path", line: 21 })]);
  });
});
