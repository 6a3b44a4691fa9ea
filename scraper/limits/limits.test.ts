/**
 * Every limit of core/limits.ts as the scrape applies it: a located error naming the limit and how to
 * raise it, the rest of the page read, and raising the limit reading what was cut.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../core/diagnostics.js";
import { DiagnosticSink } from "../../core/diagnostics.js";
import type { Limits } from "../../core/limits.js";
import { resolveLimits } from "../../core/limits.js";
import type { ApiService } from "../api-model.js";
import { scrapePages } from "../run.js";
import { enforceModelLimits } from "./model-limits.js";

const revert = readFileSync(join(import.meta.dirname, "../pages/scp-virtualserver-volume-revert.txt"), "utf8");
const BODY = '{\n"snapshot_id": "cceed636-1f1e-4bb0-b85c-4e5b9e0bf790"\n}';
const BODY_LINE = revert.split("\n").indexOf("{") + 1;

function scrape(content: string, limits?: Partial<Limits>) {
  return scrapePages([{ page: "p.txt", vendor: "scp", format: "text", content }], limits ? { limits } : {});
}
const limitErrors = (ds: readonly Diagnostic[]) =>
  ds.filter((d) => d.severity === "error" && d.data?.limit !== undefined).map((d) => ({ rule: d.ruleId, line: "line" in d.at ? d.at.line : undefined, limit: d.data?.limit }));
const deepBody = (levels: number) => revert.replace(BODY, `{"snapshot_id": ${"[".repeat(levels)}${"]".repeat(levels)}}`);

describe("scrape limits", () => {
  it("a JSON example deeper than example-depth is a located error, on one line or many, and the page is still read", () => {
    for (const text of [deepBody(3_000), revert.replace(BODY, `{\n"snapshot_id":\n${"[\n".repeat(3_000)}${"]\n".repeat(3_000)}}`)]) {
      const result = scrape(text);
      expect(limitErrors(result.diagnostics)).toEqual([{ rule: "example-too-deep", line: BODY_LINE, limit: "exampleDepth" }]);
      expect(result.diagnostics[0]!.message).toMatch(/--limit example-depth=N/);
      expect(result.report.pages[0]!.services[0]!.operations).toBe(4);
    }
  });

  it("raising example-depth reads the example; a spec deeper than spec-depth is then refused at the operation's line", () => {
    const result = scrape(deepBody(60), { exampleDepth: 100, schemaDepth: 300 });
    expect(limitErrors(result.diagnostics)).toEqual([]);
    const tooDeep = scrape(deepBody(99), { exampleDepth: 100, schemaDepth: 300 });
    const errors = limitErrors(tooDeep.diagnostics);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: "spec-too-deep", limit: "specDepth" });
    expect(errors[0]!.line).toBeLessThan(BODY_LINE);
    expect(tooDeep.files.map((f) => f.path)).not.toContain("scp/virtualserver/1.3.yaml");
  });

  it("examples and schemas the dialect built from any source are held to example-depth and schema-depth at their source", () => {
    const at = { page: "p.txt", line: 7 };
    const deep = JSON.parse("[".repeat(50) + "]".repeat(50)) as unknown;
    let schema: Record<string, unknown> = { type: "string" };
    for (let k = 0; k < 50; k++) schema = { type: "object", properties: { a: schema } };
    const service = {
      vendor: "scp",
      id: "x",
      title: "X",
      versions: [],
      servers: [],
      securitySchemes: [],
      security: [],
      pages: ["p.txt"],
      source: at,
      schemas: new Map([["Deep", { name: "Deep", schema, inferred: false, source: { page: "p.txt", line: 9 } }]]),
      operations: [{ parameters: [{ name: "q", in: "query" as const, required: false, schema: { type: "array" }, example: deep, source: at }], responses: [], method: "get", path: "/x" }],
    } as unknown as ApiService;
    const sink = new DiagnosticSink();
    enforceModelLimits([service], resolveLimits(), sink);
    expect(limitErrors(sink.items)).toEqual([
      { rule: "example-too-deep", line: 7, limit: "exampleDepth" },
      { rule: "schema-too-deep", line: 9, limit: "schemaDepth" },
    ]);
    expect(service.operations[0]!.parameters[0]!.example).toBeUndefined();
    expect(service.schemas.get("Deep")!.schema).toEqual({ "x-limit-cut": "schemaDepth" });
  });

  it("tables over table-rows and table-columns keep what fits", () => {
    const rows = Array.from({ length: 30 }, (_, i) => `| r${i} | x |`).join("\n");
    const table = `| a | b |\n|---|---|\n| ${Array.from({ length: 12 }, (_, i) => `c${i}`).join(" | ")} |\n${rows}`;
    const result = scrape(revert.replace("Request body\n", `${table}\nRequest body\n`), { tableRows: 20, tableColumns: 10 });
    expect(
      limitErrors(result.diagnostics)
        .map((e) => e.rule)
        .sort(),
    ).toEqual(["table-too-many-columns", "table-too-many-rows"]);
    expect(result.diagnostics.find((d) => d.ruleId === "table-too-many-rows")!.message).toMatch(/table has 31 rows, more than 20; rows from line \d+ on are not read/);
  });

  it("a numbered heading over heading-depth is read as a paragraph", () => {
    const heading = `${Array<string>(40).fill("1").join(".")} - Deep`;
    const errors = limitErrors(scrape(`${revert}\n${heading}\n`).diagnostics);
    expect(errors).toEqual([{ rule: "heading-too-deep", line: revert.split("\n").length + 1, limit: "headingDepth" }]);
  });

  it("a page over page-bytes is not read", () => {
    const result = scrape(revert, { pageBytes: 1_000 });
    expect(limitErrors(result.diagnostics)).toEqual([{ rule: "page-too-large", line: 1, limit: "pageBytes" }]);
    expect(result.files).toEqual([]);
  });
});
