/**
 * Page mutations for the fuzz suite, as plain data (so a case can be printed, replayed and generated
 * lazily) and one function applying them. Byte-level mutations work on the UTF-8 bytes and decode them
 * the way the command line reads a file (`readFileSync(path, "utf8")`: invalid sequences become U+FFFD).
 */
import fc from "fast-check";

export type Mutation =
  | { kind: "truncate"; at: number }
  | { kind: "flip"; at: number; bit: number }
  | { kind: "invalid-utf8"; at: number; bytes: number[] }
  | { kind: "bom" }
  | { kind: "cr-only" }
  | { kind: "drop-line"; at: number }
  | { kind: "duplicate-line"; at: number }
  | { kind: "cut-line"; at: number; cut: number }
  | { kind: "insert-line"; at: number; text: string }
  | { kind: "deep"; at: number; shape: DeepShape; levels: number; oneLine: boolean }
  | { kind: "deep-example"; at: number; shape: "array" | "object"; levels: number; oneLine: boolean }
  | { kind: "big-table"; at: number; shape: TableShape; rows: number }
  | { kind: "repeat-line"; at: number; times: number }
  | { kind: "run"; at: number; unit: string; length: number; inLine: boolean };

export type DeepShape = "array" | "object" | "html" | "list" | "quote" | "heading";
export type TableShape = "pipe" | "html" | "spaces" | "cells";

const INVALID_UTF8 = [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc0, 0xaf], [0x00]];
const RUN_UNITS = [" ", "|", "9", "| ", "1.", "\t", "{", '"', "-", " |", "a ", "\u00a0", "`"];
/** Lines that look like the structure the dialects match (table rows, headings, version sections, JSON openers). */
export const JUNK_LINES: readonly string[] = [
  "|",
  "| a |",
  "|---|",
  "{",
  "[",
  "}",
  "]",
  '{"a": ',
  "1 - 1.0",
  "1.1 - APIs",
  "2 - Models",
  "get /v1/x/{id}",
  "Parameters",
  "Responses",
  "Request body",
  "Response 200",
  "State ACTIVE (CURRENT)",
  "| Type | Name | Description | Schema | Default |",
  "Parameter Mandatory Type Description",
  "Name Type Format Required Description",
  "POST /v2/{project_id}/x",
  "<table><tr><td>",
  "<pre><code>",
  "```",
  "- 1.1: x",
  "Table 1 x field description",
];

export function mutationArbitrary(options: { maxRows?: number; maxLevels?: number } = {}): fc.Arbitrary<Mutation> {
  const maxRows = options.maxRows ?? 50_000;
  const levels = fc.constantFrom(...[40, 120, 1_000, 5_000, 50_000].filter((n) => n <= (options.maxLevels ?? 50_000)));
  const at = fc.nat();
  return fc.oneof(
    { arbitrary: at.map((a) => ({ kind: "truncate" as const, at: a })), weight: 3 },
    { arbitrary: fc.record({ at, bit: fc.integer({ min: 0, max: 7 }) }).map((r) => ({ kind: "flip" as const, ...r })), weight: 3 },
    { arbitrary: fc.record({ at, bytes: fc.constantFrom(...INVALID_UTF8) }).map((r) => ({ kind: "invalid-utf8" as const, ...r })), weight: 2 },
    { arbitrary: fc.constant({ kind: "bom" as const }), weight: 1 },
    { arbitrary: fc.constant({ kind: "cr-only" as const }), weight: 1 },
    { arbitrary: at.map((a) => ({ kind: "drop-line" as const, at: a })), weight: 3 },
    { arbitrary: at.map((a) => ({ kind: "duplicate-line" as const, at: a })), weight: 2 },
    { arbitrary: fc.record({ at, cut: fc.nat() }).map((r) => ({ kind: "cut-line" as const, ...r })), weight: 2 },
    { arbitrary: fc.record({ at, text: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...JUNK_LINES)) }).map((r) => ({ kind: "insert-line" as const, ...r })), weight: 3 },
    {
      arbitrary: fc
        .record({ at, shape: fc.constantFrom<DeepShape>("array", "object", "html", "list", "quote", "heading"), levels, oneLine: fc.boolean() })
        .map((r) => ({ kind: "deep" as const, ...r })),
      weight: 2,
    },
    { arbitrary: fc.record({ at, shape: fc.constantFrom<"array" | "object">("array", "object"), levels, oneLine: fc.boolean() }).map((r) => ({ kind: "deep-example" as const, ...r })), weight: 2 },
    {
      arbitrary: fc
        .record({ at, shape: fc.constantFrom<TableShape>("pipe", "html", "spaces", "cells"), rows: fc.constantFrom(...[500, 5_000, 50_000].filter((n) => n <= maxRows)) })
        .map((r) => ({ kind: "big-table" as const, ...r })),
      weight: 1,
    },
    { arbitrary: fc.record({ at, times: fc.constantFrom(...[100, 5_000, 50_000].filter((n) => n <= maxRows)) }).map((r) => ({ kind: "repeat-line" as const, ...r })), weight: 1 },
    { arbitrary: fc.record({ at, unit: fc.constantFrom(...RUN_UNITS), length: fc.constantFrom(100, 5_000, 100_000), inLine: fc.boolean() }).map((r) => ({ kind: "run" as const, ...r })), weight: 2 },
  );
}

/** A few mutations applied in order. */
export function casesArbitrary(options: Parameters<typeof mutationArbitrary>[0] = {}): fc.Arbitrary<Mutation[]> {
  return fc.array(mutationArbitrary(options), { minLength: 1, maxLength: 4 });
}

export function applyMutations(content: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyMutation, content);
}

export function applyMutation(content: string, m: Mutation): string {
  switch (m.kind) {
    case "truncate": {
      const bytes = Buffer.from(content, "utf8");
      return bytes.subarray(0, m.at % (bytes.length + 1)).toString("utf8");
    }
    case "flip": {
      const bytes = Buffer.from(content, "utf8");
      if (bytes.length === 0) return content;
      bytes[m.at % bytes.length]! ^= 1 << m.bit;
      return bytes.toString("utf8");
    }
    case "invalid-utf8": {
      const bytes = Buffer.from(content, "utf8");
      const k = m.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, k), Buffer.from(m.bytes), bytes.subarray(k)]).toString("utf8");
    }
    case "bom":
      return `\ufeff${content}`;
    case "cr-only":
      return content.replace(/\r?\n/g, "\r");
    default:
      return applyToLines(content, m);
  }
}

/** Longest line a repetition may build: a page this size is already over any page-bytes limit, and V8 refuses strings near 512 MiB. */
const MAX_REPEAT_CHARS = 96 * 1024 * 1024;

function applyToLines(content: string, m: Mutation): string {
  // Lines as the front ends count them: a CR-only page is many lines, not one line repeated whole.
  const eol = content.includes("\n") || !content.includes("\r") ? "\n" : "\r";
  const lines = content.split(eol === "\n" ? "\n" : "\r");
  const k = "at" in m ? m.at % Math.max(1, lines.length) : 0;
  const insert = (text: string) => [...lines.slice(0, k), text, ...lines.slice(k)].join(eol);
  switch (m.kind) {
    case "drop-line":
      return lines.filter((_, j) => j !== k).join(eol);
    case "duplicate-line":
      return lines.flatMap((l, j) => (j === k ? [l, l] : [l])).join(eol);
    case "cut-line":
      return lines.map((l, j) => (j === k ? l.slice(0, m.cut % (l.length + 1)) : l)).join(eol);
    case "insert-line":
      return insert(m.text);
    case "deep":
      return insert(deepText(m.shape, m.levels, m.oneLine));
    case "deep-example": {
      // Inside a real example: the n-th line that opens a JSON object gets a deep first property.
      const openers = lines.flatMap((l, j) => (/(^|>)\s*\{\s*$/.test(l) ? [j] : []));
      if (openers.length === 0) return insert(deepText(m.shape, m.levels, m.oneLine));
      const j = openers[m.at % openers.length]!;
      const indent = /^\s*/.exec(lines[j]!)![0];
      const deep = `"deep": ${deepText(m.shape, m.levels, m.oneLine)},`.split("\n").join(`\n${indent}`);
      lines[j] = `${lines[j]!.replace(/\{\s*$/, "{")}${m.oneLine ? "" : `\n${indent}`}${deep}`;
      return lines.join(eol);
    }
    case "big-table":
      return insert(bigTable(m.shape, m.rows));
    case "repeat-line":
      return lines.flatMap((l, j) => (j === k ? Array<string>(Math.max(1, Math.min(m.times, Math.floor(MAX_REPEAT_CHARS / (l.length + 1))))).fill(l) : [l])).join(eol);
    case "run": {
      const run = m.unit.repeat(Math.ceil(m.length / m.unit.length));
      if (!m.inLine) return insert(run);
      const l = lines[k] ?? "";
      const c = m.at % (l.length + 1);
      lines[k] = `${l.slice(0, c)}${run}${l.slice(c)}`;
      return lines.join(eol);
    }
    default:
      return content;
  }
}

function deepText(shape: DeepShape, levels: number, oneLine: boolean): string {
  const sep = oneLine ? "" : "\n";
  switch (shape) {
    case "array":
      return "[".repeat(levels).split("").join(sep) + sep + "]".repeat(levels).split("").join(sep);
    case "object":
      return Array<string>(levels).fill('{"a":').join(sep) + "1" + Array<string>(levels).fill("}").join(sep);
    case "html":
      return Array<string>(levels).fill("<div><ul><li>").join(sep) + "x";
    case "list": {
      const n = Math.min(levels, 1_500);
      return Array.from({ length: n }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n");
    }
    case "quote":
      return `${">".repeat(levels)} x`;
    case "heading":
      return `${Array<string>(Math.min(levels, 5_000)).fill("1").join(".")} - Title`;
  }
}

function bigTable(shape: TableShape, rows: number): string {
  const ids = Array.from({ length: rows }, (_, i) => i);
  switch (shape) {
    case "pipe":
      return ["| Name | Type | Description |", "|---|---|---|", ...ids.map((i) => `| field_${i} | string | Field ${i} |`)].join("\n");
    case "html":
      return ["<table><tr><th>Parameter</th><th>Type</th><th>Description</th></tr>", ...ids.map((i) => `<tr><td>field_${i}</td><td>string</td><td>Field ${i}</td></tr>`), "</table>"].join("\n");
    case "spaces":
      return ["Name Type Format Required Description", ...ids.map((i) => `field_${i} Body String O Field ${i}`)].join("\n");
    case "cells":
      return ["Parameter", "Type", "Description", ...ids.flatMap((i) => [`field_${i}`, "string", `Field ${i}`])].join("\n");
  }
}

/** One line naming a case's mutations (for reports and failing-case messages). */
export function describeMutations(mutations: readonly Mutation[]): string {
  return mutations
    .map((m) => {
      const { kind, ...rest } = m;
      const parts = Object.entries(rest).map(([k, v]) => `${k}=${typeof v === "string" ? JSON.stringify(v.length > 20 ? `${v.slice(0, 20)}…` : v) : Array.isArray(v) ? v.join(",") : String(v)}`);
      return parts.length > 0 ? `${kind}(${parts.join(" ")})` : kind;
    })
    .join(" + ");
}
