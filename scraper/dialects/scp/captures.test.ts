/**
 * Other text-capture renderings of SCP pages than the bundled one, on hand-written pages imitating their
 * structure: table rows broken across lines, "State" and its value on separate lines, the version table
 * absent or after the state, no "Request header" label before the header lines, single-service numbering
 * ("1 - APIs", "2 - Models") with sentence titles, "Supported Until" and Korean labels.
 */
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../../core/diagnostics.js";
import { parseTextPage } from "../../document/text-frontend.js";
import type { ApiService } from "../../api-model.js";
import { scrapePages } from "../../run.js";
import { readScpDocument } from "./index.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const version = (v: string, state: string, table: string[]) => [
  `1.1.${v === "1.1" ? 1 : 2} - ${v}`,
  "post /v1/widgets/{widget_id}/labels",
  "Description",
  "Attach a label to the widget",
  "State",
  `ACTIVE (${state})`,
  ...table,
  "Parameters",
  "| Type | Name | Description | Schema | Default |",
  "|---|",
  "| path | widget_id required | Widget Id Example : d2lkZ2V0LTE=",
  "| string | None |",
  "| query | dry_run optional | Dry run Example : true",
  "| any of [boolean, null] | None |",
  "| body | body required |",
  "| LabelCreateRequest | |",
  "Responses",
  "| HTTP Code | Description | Schema |",
  "|---|",
  "| 201 | Created | LabelResponse |",
  "| 404 | Not Found | None |",
  "Example HTTP request",
  "Request path",
  "/v1/widgets/{widget_id}/labels",
  '"Scp-Accesskey = 2sd2gg=2agbdSD26svcD",',
  '"Accept-Language = en-US",',
  `"Scp-Api-Version = widget ${v}"`,
  "Request body",
  "{",
  '"name": "blue"',
  "}",
  "Example HTTP response",
  "Response 201",
  "{",
  '"label_id": "l-1"',
  "}",
];

/** The second rendering: one line per cell run, rows broken where a cell's text ends. */
const PAGE = [
  "Widget Store",
  "Overview",
  "Keeps widgets.",
  "Version",
  "| Version | Status | Supported Until |",
  "|---|",
  "| 1.1 | CURRENT | - |",
  "| 1.0 | DEPRECATED | 20260930 |",
  "OpenAPI URL",
  "https://widget.{environment}.example.com",
  "Environment and Region List",
  "| environment | region |",
  "|---|",
  "| s | kr-west1 |",
  "1 - APIs",
  "1.1 - Attach a label to the widget",
  // 1.1 has no version table; 1.0 has it after the state.
  ...version("1.1", "CURRENT", []),
  ...version("1.0", "DEPRECATED", ["| Version | Supported Until |", "|---|", "| 1.0 | 20260930 |"]),
  "2 - Models",
  "2.1 - LabelCreateRequest",
  "| Name | Description | Schema | Default |",
  "|---|",
  "| name required | Label name Example : bluePattern : ^[a-z|-]+$",
  "| string | |",
  "| color optional |",
  "| any of [string, null] | |",
  "2.2 - LabelResponse",
  "| Name | Description | Schema | Default |",
  "|---|",
  "| label_id required | Label Id Example : l-1",
  "| string | |",
].join("\n");

function read(text: string): { service: ApiService; sink: DiagnosticSink; unconsumed: number } {
  const sink = new DiagnosticSink();
  const doc = parseTextPage("widgets.txt", text, sink);
  const result = readScpDocument(doc, sink);
  return { service: result.services[0]!, sink, unconsumed: doc.blocks.filter((b) => !result.consumed.has(b)).length };
}

describe("SCP capture rendering with broken rows and split state lines", () => {
  const { service, sink, unconsumed } = read(PAGE);
  const op = (v: string) => service.operations.find((o) => o.apiVersion === v)!;

  it("reads the page without any diagnostic and consumes every block", () => {
    expect(sink.items).toEqual([]);
    expect(unconsumed).toBe(0);
  });

  it("names the service from the header lines that follow the request path (no 'Request header' label)", () => {
    expect(service).toMatchObject({ id: "widget", title: "Widget Store" });
    expect(service.operations.map((o) => `${o.apiVersion} ${o.method} ${o.path} ${o.operationId}`)).toEqual([
      "1.1 post /v1/widgets/{widget_id}/labels attachALabelToTheWidget",
      "1.0 post /v1/widgets/{widget_id}/labels attachALabelToTheWidget",
    ]);
  });

  it("reads 'State' and 'ACTIVE (…)' on separate lines, with or without a version table after them", () => {
    expect(op("1.1")).toMatchObject({ state: "ACTIVE", status: "CURRENT", deprecated: false });
    expect(op("1.1").notBefore).toBeUndefined();
    expect(op("1.0")).toMatchObject({ state: "ACTIVE", status: "DEPRECATED", deprecated: true, notBefore: "2026-09-30" });
    expect(service.versions.map((v) => [v.version, v.status, v.notBefore])).toEqual([
      ["1.1", "CURRENT", undefined],
      ["1.0", "DEPRECATED", "2026-09-30"],
    ]);
  });

  it("joins parameter rows broken across lines, and a body row broken at the lost description cell", () => {
    const o = op("1.1");
    expect(o.parameters.map((p) => [p.name, p.in, p.required, p.schema, p.example])).toEqual([
      ["widget_id", "path", true, { type: "string" }, "d2lkZ2V0LTE="],
      ["dry_run", "query", false, { type: ["boolean", "null"] }, true],
    ]);
    expect(o.requestBody).toMatchObject({ required: true, schema: { $ref: "#/components/schemas/LabelCreateRequest" }, example: { name: "blue" } });
    expect(o.responses.map((r) => [r.status, r.description, r.schema])).toEqual([
      ["201", "Created", { $ref: "#/components/schemas/LabelResponse" }],
      ["404", "Not Found", undefined],
    ]);
  });

  it("joins model rows broken the same way", () => {
    const create = service.schemas.get("LabelCreateRequest")!.schema as Doc;
    expect(create).toMatchObject({ required: ["name"], properties: { name: { type: "string", pattern: "^[a-z|-]+$", examples: ["blue"] }, color: { type: ["string", "null"] } } });
    expect((service.schemas.get("LabelResponse")!.schema as Doc).required).toEqual(["label_id"]);
  });
});

describe("a capture that lost a Responses table", () => {
  it("takes the statuses of the example responses, with their examples, and says so at the example", () => {
    const lines = PAGE.split("\n");
    const at = lines.indexOf("Responses");
    const lost = [...lines.slice(0, at + 1), ...lines.slice(at + 5)].join("\n");
    const { service, sink } = read(lost);
    const op = service.operations.find((o) => o.apiVersion === "1.1")!;
    expect(op.responses.map((r) => [r.status, r.description, r.example])).toEqual([["201", "201", { label_id: "l-1" }]]);
    expect(sink.items.map((d) => [d.ruleId, d.at])).toEqual([["scp-responses-from-examples", { page: "widgets.txt", line: lost.split("\n").indexOf("Response 201") + 2 }]]);
  });
});

describe("the same rendering with Korean labels and 'Not Before' reads the same", () => {
  const specs = (content: string) => {
    const run = scrapePages([{ page: "widgets.txt", vendor: "scp", format: "text", content }]);
    expect(run.diagnostics).toEqual([]);
    return run.files.map((f) => f.content);
  };
  it("상태 / 버전 | 최소 지원 보장일, and Not Before", () => {
    const ko = PAGE.replace(/^State$/gm, "상태").replace(/^\| Version \| Supported Until \|$/gm, "| 버전 | 최소 지원 보장일 |");
    const notBefore = PAGE.replace(/Supported Until/g, "Not Before");
    expect(ko).not.toBe(PAGE);
    expect(specs(ko)).toEqual(specs(PAGE));
    expect(specs(notBefore)).toEqual(specs(PAGE));
    expect(specs(PAGE).length).toBe(2);
  });
});

describe("SCP capture that lost its API headings", () => {
  // Every version section sits directly under the page title: no "1.1 - <API title>" lines survive.
  const section = (n: number, path: string) => [
    `1.1.${n} - 1.0`,
    `get ${path}`,
    "Description",
    "None",
    "State",
    "ACTIVE (CURRENT)",
    "Responses",
    "| HTTP Code | Description | Schema |",
    "|---|",
    "| 200 | OK | None |",
    "Example HTTP request",
    "Request path",
    path,
    '"Scp-Api-Version = gadget 1.0"',
  ];
  const page = ["Gadgets", "Version", "| Version | Status | Not Before |", "|---|", "| 1.0 | CURRENT | - |", ...section(1, "/v1/gadgets"), ...section(2, "/v1/gadget-parts")].join("\n");

  it("names each operation from its method and path instead of colliding on the page title, and says so", () => {
    const { service, sink } = read(page);
    expect(service.operations.map((o) => `${o.method} ${o.path} ${o.operationId}`)).toEqual(["get /v1/gadgets getV1Gadgets", "get /v1/gadget-parts getV1GadgetParts"]);
    expect(sink.items.map((d) => `${d.at && "line" in d.at ? d.at.line : ""} ${d.ruleId}`)).toEqual(["6 scp-api-without-title"]);
  });
});

describe("a Description label over None", () => {
  it("gives the operation no description (the page says there is none), and consumes the line", () => {
    const { service, sink, unconsumed } = read(PAGE.replaceAll("Description\nAttach a label to the widget", "Description\nNone"));
    expect(sink.items).toEqual([]);
    expect(unconsumed).toBe(0);
    expect(service.operations.map((o) => o.description)).toEqual([undefined, undefined]);
  });
});
