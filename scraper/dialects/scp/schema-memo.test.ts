/**
 * The per-page schema memo: a row read twice gives the same schema and the same diagnostics, located at
 * each row; each use owns its copy; a reading that reports elsewhere is read again every time.
 */
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../../core/diagnostics.js";
import type { JsonSchema } from "../../api-model.js";
import { scrapePages } from "../../run.js";
import type { ScpContext } from "./context.js";
import type { ReadRow } from "./rows.js";
import { memoisedSchema } from "./schema-memo.js";

const contextWith = (sink: DiagnosticSink) => ({ sink, schemas: new Map() }) as unknown as ScpContext;
const row = { row: { lead: [], description: "", defaultText: "" }, fields: {} } as unknown as ReadRow;

describe("memoisedSchema", () => {
  it("reads a row once and reports its findings again at the row of every use", () => {
    const sink = new DiagnosticSink();
    const ctx = contextWith(sink);
    let builds = 0;
    const build = (pos: { page: string; line: number }) => (c: ScpContext) => {
      builds++;
      c.sink.warn("scp-bad-default", "default x is not an integer", pos);
      return { type: "integer", examples: [[1, { a: 2 }]] } as JsonSchema;
    };
    const at1 = { page: "p", line: 1 };
    const at2 = { page: "p", line: 9 };
    const first = memoisedSchema(ctx, row, "parameter", at1, build(at1));
    const second = memoisedSchema(ctx, row, "parameter", at2, build(at2));
    expect(builds).toBe(1);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect((second.examples as unknown[][])[0]![1]).not.toBe((first.examples as unknown[][])[0]![1]);
    expect(sink.items.map((d) => [d.ruleId, d.at])).toEqual([
      ["scp-bad-default", at1],
      ["scp-bad-default", at2],
    ]);
    // The other use of the same row is a reading of its own.
    memoisedSchema(ctx, row, "property", at2, build(at2));
    expect(builds).toBe(2);
  });

  it("does not memoise a reading that reports at another place than its row", () => {
    const ctx = contextWith(new DiagnosticSink());
    let builds = 0;
    const elsewhere = { page: "p", line: 100 };
    const build = (c: ScpContext) => {
      builds++;
      c.sink.info("prose-constraint-unclear", "note", elsewhere);
      return {};
    };
    memoisedSchema(ctx, row, "parameter", { page: "p", line: 1 }, build);
    memoisedSchema(ctx, row, "parameter", { page: "p", line: 2 }, build);
    expect(builds).toBe(2);
  });

  it("copies a deeply nested value without recursion", () => {
    const deep = JSON.parse("[".repeat(200_000) + "]".repeat(200_000)) as unknown;
    const ctx = contextWith(new DiagnosticSink());
    const at = { page: "p", line: 1 };
    memoisedSchema(ctx, row, "property", at, () => ({ default: deep }));
    expect(() => memoisedSchema(ctx, row, "property", at, () => ({}))).not.toThrow();
  });
});

describe("a page repeating a row in two version sections and two versioned models", () => {
  const version = (number: string, v: string) => [
    `${number} - ${v}`,
    "get /v1/gadgets",
    "Description",
    "List gadgets",
    "State ACTIVE (CURRENT)",
    "Parameters",
    "| Type | Name | Description | Schema | Default |",
    "|---|---|---|---|---|",
    "| query | size optional | Page size, between 1 and 100 Example : 20 | integer | ten |",
    "Responses",
    "| HTTP Code | Description | Schema |",
    "|---|---|---|",
    "| 200 | OK | GadgetList |",
    "Request header",
    `"Scp-Api-Version = gadget ${v}"`,
  ];
  const model = (number: string, name: string) => [
    `${number} - ${name}`,
    "| Name | Description | Schema | Default |",
    "|---|---|---|---|",
    "| count required | Number of gadgets, between 0 and 1000 | integer | many |",
  ];
  const lines = [
    "1 - Gadget",
    "1.1 - APIs",
    "1.1.1 - ListGadgets",
    ...version("1.1.1.1", "1.1"),
    ...version("1.1.1.2", "1.0"),
    "1.2 - Models",
    ...model("1.2.1", "GadgetList"),
    ...model("1.2.2", "GadgetList1Dot1"),
  ];
  const result = scrapePages([{ page: "p.txt", vendor: "scp", format: "text", content: lines.join("\n") }]);
  const lineOf = (text: string, nth: number) => lines.map((l, i) => [l, i + 1] as const).filter(([l]) => l === text)[nth]![1];

  it("reports a repeated row's findings at each of its lines", () => {
    const badDefaults = result.diagnostics.filter((d) => d.ruleId === "scp-bad-default").map((d) => (d.at as { line: number }).line);
    const param = lines.find((l) => l.startsWith("| query"))!;
    const prop = lines.find((l) => l.startsWith("| count"))!;
    expect(badDefaults).toEqual([lineOf(prop, 0), lineOf(prop, 1), lineOf(param, 0), lineOf(param, 1)]);
  });

  it("gives every use the same schema, each its own object", () => {
    const service = result.services[0]!;
    const [a, b] = service.operations.map((o) => o.parameters.find((p) => p.name === "size")!.schema);
    expect(a).toEqual({ type: "integer", minimum: 1, maximum: 100 });
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    const props = ["GadgetList", "GadgetList1Dot1"].map((n) => (service.schemas.get(n)!.schema.properties as Record<string, JsonSchema>).count);
    expect(props[0]).toEqual({ description: "Number of gadgets, between 0 and 1000", type: "integer", minimum: 0, maximum: 1000 });
    expect(props[1]).toEqual(props[0]);
    expect(props[1]).not.toBe(props[0]);
  });
});
