/**
 * Text captures that drop the table borders: the header is its column labels run together
 * (`TypeNameDescriptionSchemaDefault`, `VersionStatusSupported Until`, `HTTP CodeDescriptionSchema`,
 * `environmentregion`), each row is one line with its cells run together (`1.0DEPRECATED20251231`,
 * `200OKInquiryListResponse`, `skr-west1`) or, for parameters and model properties, several lines
 * (`querysize` / `optional` / `size` / `Example : 20` / `any of [integer, null]20`). The table ends at the
 * first blank line. Each such run of lines is rebuilt into the table block the rest of the dialect reads
 * (cells split by the value shapes of each column); a row that fits no shape is an error at its line
 * and left out of the table.
 */
import { STATUS_CODES } from "node:http";
import type { Diagnostic } from "../../../core/diagnostics.js";
import { DiagnosticSink } from "../../../core/diagnostics.js";
import type { Block, ParagraphBlock, TableBlock, TableCell } from "../../document/model.js";
import { cellRow, lineRow } from "../../document/model.js";
import type { ScpLabels } from "./labels.js";
import { matchesAny, SCP_LABELS } from "./labels.js";
import { parseSchemaExpr } from "./schema-grammar.js";
import { fewerVisibleThan } from "../../text-utils.js";

type Kind = "versions" | "parameters" | "responses" | "models" | "regions";

interface HeaderShape {
  kind: Kind;
  labels: string[];
}

export interface RebuiltBlocks {
  blocks: Block[];
  /** Each rebuilt table → the paragraphs it was read from (consumed together with it). */
  origins: Map<Block, Block[]>;
  /**
   * Each rebuilt table → the rows that could not be rebuilt, reported when the section holding the table
   * is read (so they belong to its operation): `reportDeferred`.
   */
  deferred: Map<Block, Diagnostic[]>;
}

/** Reports the deferred problems of the rebuilt tables among `blocks` (each once). */
export function reportDeferred(rebuilt: RebuiltBlocks, blocks: readonly Block[], sink: DiagnosticSink): void {
  for (const b of blocks) {
    const problems = rebuilt.deferred.get(b);
    if (!problems) continue;
    problems.forEach((d) => sink.report(d));
    rebuilt.deferred.delete(b);
  }
}

/** Distinct short paragraph texts remembered per page (further ones are squashed each time). */
const SEEN_MAX = 4096;
const VERSION = /^v?\d+(?:\.\d+)+$/;
const DATE_SUFFIX = /(\d{8}|\d{4}-\d{2}-\d{2}|-)$/;
const REGION_SUFFIX = /^(.+?)([a-z]{2,}-[a-z]+-?\d+)$/;

export function rebuildRunTogetherTables(blocks: readonly Block[], labels: ScpLabels): RebuiltBlocks {
  const headers = labels === SCP_LABELS ? DEFAULT_HEADER_SHAPES : headerShapes(labels);
  // Lower-casing never shortens a string: a paragraph with more visible characters is no header.
  const longest = Math.max(...[...headers.keys()].map((k) => k.length));
  const out: Block[] = [];
  const origins = new Map<Block, Block[]>();
  const deferred = new Map<Block, Diagnostic[]>();
  // Short paragraphs are mostly the same labels again and again: each text is squashed once.
  const seen = new Map<string, HeaderShape | undefined>();
  const shapeOf = (text: string): HeaderShape | undefined => {
    if (!fewerVisibleThan(text, longest + 1)) return undefined;
    if (seen.has(text)) return seen.get(text);
    const shape = headers.get(squash(text));
    if (seen.size < SEEN_MAX) seen.set(text, shape);
    return shape;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const shape = b.kind === "paragraph" ? shapeOf(b.text) : undefined;
    if (!shape || b.kind !== "paragraph") {
      out.push(b);
      continue;
    }
    const lines: ParagraphBlock[] = [];
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]!;
      const last = lines[lines.length - 1];
      const previousLine = last ? last.pos.line : b.pos.line;
      // A row cut by a blank line after its required/optional flag ("bodybody" / "required" / "" / "Schema") goes on.
      const gap = last && (shape.kind === "parameters" || shape.kind === "models") && isFlag(last.text, labels) ? 2 : 1;
      if (next.kind !== "paragraph" || next.pos.line > previousLine + gap) break;
      lines.push(next);
    }
    if (lines.length === 0) {
      out.push(b);
      continue;
    }
    const sink = new DiagnosticSink();
    const table: TableBlock = { kind: "table", header: shape.labels.map((text) => ({ text, pos: b.pos })), rows: readRows(shape.kind, lines, labels, sink), pos: b.pos };
    out.push(table);
    origins.set(table, [b, ...lines]);
    if (sink.items.length > 0) deferred.set(table, sink.items);
    i += lines.length;
  }
  return { blocks: out, origins, deferred };
}

/** The shapes of the default labels, derived once when the module loads (another label table is derived per page). */
const DEFAULT_HEADER_SHAPES: ReadonlyMap<string, HeaderShape> = headerShapes(SCP_LABELS);

/** Every run-together header the column vocabularies allow, by its text without spaces. */
function headerShapes(labels: ScpLabels): ReadonlyMap<string, HeaderShape> {
  const c = labels.columns;
  const shapes: Array<[Kind, string[][]]> = [
    ["versions", [c.version, c.status, c.notBefore]],
    ["versions", [c.version, c.notBefore]],
    ["parameters", [c.type, c.name, c.description, c.schema, c.default]],
    ["responses", [c.httpCode, c.description, c.schema]],
    ["models", [c.name, c.description, c.schema, c.default]],
    ["regions", [c.environment, c.region]],
  ];
  const out = new Map<string, HeaderShape>();
  for (const [kind, columns] of shapes) {
    for (const combo of combinations(columns)) out.set(squash(combo.join("")), { kind, labels: combo });
  }
  return out;
}

function combinations(columns: string[][]): string[][] {
  return columns.reduce<string[][]>((acc, options) => acc.flatMap((prefix) => options.filter((o) => o !== "").map((o) => [...prefix, o])), [[]]);
}

function squash(text: string): string {
  return text.replace(/\s+/g, "").toLowerCase();
}

function readRows(kind: Kind, lines: ParagraphBlock[], labels: ScpLabels, sink: DiagnosticSink): TableBlock["rows"] {
  if (kind === "parameters" || kind === "models") return multiLineRows(kind, lines, labels, sink);
  const rows: TableBlock["rows"] = [];
  for (const line of lines) {
    const cells = oneLineCells(kind, line.text.trim(), labels);
    if (!cells) {
      sink.error("scp-unreadable-row", `${kind} row with its cells run together does not split into the table's columns: ${JSON.stringify(line.text)}`, line.pos);
      continue;
    }
    rows.push(lineRow(cells, line.pos));
  }
  return rows;
}

function oneLineCells(kind: Kind, text: string, labels: ScpLabels): string[] | undefined {
  if (kind === "regions") {
    const m = REGION_SUFFIX.exec(text);
    return m ? [m[1]!, m[2]!] : undefined;
  }
  if (kind === "responses") return responseCells(text, labels);
  const date = DATE_SUFFIX.exec(text);
  if (!date) return undefined;
  const rest = text.slice(0, text.length - date[1]!.length);
  const status = /^(.*?\d)([A-Za-z]+)$/.exec(rest);
  if (status && VERSION.test(status[1]!)) return [status[1]!, status[2]!, date[1]!];
  return VERSION.test(rest) ? [rest, date[1]!] : undefined;
}

/** `200OKInquiryListResponse` → 200 | OK | InquiryListResponse (the reason phrase is the status code's own). */
function responseCells(text: string, labels: ScpLabels): string[] | undefined {
  const m = /^(\d{3})(.*)$/.exec(text);
  if (!m) return undefined;
  const [, code, rest] = m as unknown as [string, string, string];
  const reason = STATUS_CODES[code];
  if (reason && rest.toLowerCase().startsWith(reason.toLowerCase())) {
    const schema = rest.slice(reason.length);
    return [code, rest.slice(0, reason.length), schema === "" ? labels.none[0]! : schema];
  }
  // Another reason phrase: the schema is the last word when it is `None` or a schema expression.
  for (const none of labels.none.filter((n) => n !== "")) if (rest.endsWith(none) && rest.length > none.length) return [code, rest.slice(0, -none.length), none];
  const model = /^(.*[a-z.)\s])([A-Z][A-Za-z0-9_]*)$/.exec(rest);
  return model && parseSchemaExpr(model[2]!) ? [code, model[1]!.trim(), model[2]!] : undefined;
}

/**
 * Parameter and property rows: a row starts at a line followed by `required`/`optional`; its last line
 * is the schema with the default run into it, the lines between are the description.
 */
function isFlag(text: string, labels: ScpLabels): boolean {
  return matchesAny(text, labels.required) || matchesAny(text, labels.optional);
}

function multiLineRows(kind: Kind, lines: ParagraphBlock[], labels: ScpLabels, sink: DiagnosticSink): TableBlock["rows"] {
  const flagged = (l: ParagraphBlock | undefined) => l !== undefined && isFlag(l.text, labels);
  const starts = lines.flatMap((l, k) => (flagged(lines[k + 1]) && !flagged(l) ? [k] : []));
  const rows: TableBlock["rows"] = [];
  if (starts[0] !== 0)
    sink.error("scp-unreadable-row", `${kind} table with its cells run together: ${JSON.stringify(lines[0]!.text)} does not start a row (a name followed by required/optional)`, lines[0]!.pos);
  starts.forEach((start, n) => {
    const end = starts[n + 1] ?? lines.length;
    const head = lines[start]!;
    const flag = lines[start + 1]!.text.trim();
    const rest = lines.slice(start + 2, end);
    const cell = (text: string, at: ParagraphBlock = head): TableCell => ({ text, pos: at.pos });
    const lead: TableCell[] = [];
    if (kind === "parameters") {
      const located = splitLocation(head.text.trim(), labels);
      if (!located) {
        sink.error("scp-unreadable-row", `parameter row with its cells run together does not start with a location (${labels.parameterLocations.join(", ")}): ${JSON.stringify(head.text)}`, head.pos);
        return;
      }
      lead.push(cell(located[0]), cell(`${located[1]} ${flag}`));
    } else {
      lead.push(cell(`${head.text.trim()} ${flag}`));
    }
    if (rest.length === 0) {
      rows.push(cellRow(lead, head.pos));
      return;
    }
    const last = rest[rest.length - 1]!;
    const split = splitSchemaDefault(last.text.trim(), labels);
    if (!split) {
      sink.error("scp-unreadable-row", `${kind} row with its cells run together: the last line ${JSON.stringify(last.text)} is not a schema (with its default)`, last.pos);
      return;
    }
    const description = rest
      .slice(0, -1)
      .map((l) => l.text.trim())
      .join(" ");
    const tail = description === "" && split.default === "" ? [cell(split.schema, last)] : [cell(description, rest[0]), cell(split.schema, last), cell(split.default, last)];
    rows.push(cellRow([...lead, ...tail], head.pos));
  });
  return rows;
}

function splitLocation(text: string, labels: ScpLabels): [string, string] | undefined {
  for (const where of labels.parameterLocations) {
    if (text.length > where.length && text.toLowerCase().startsWith(where.toLowerCase())) return [text.slice(0, where.length), text.slice(where.length)];
  }
  return undefined;
}

/** `any of [integer, null]20` → schema + `20`; `stringNone` → `string` + `None`; `VolumeRevertRequest` → the schema alone. */
function splitSchemaDefault(text: string, labels: ScpLabels): { schema: string; default: string } | undefined {
  for (const none of labels.none.filter((n) => n !== "")) {
    if (text.endsWith(none) && text.length > none.length && parseSchemaExpr(text.slice(0, -none.length))) return { schema: text.slice(0, -none.length), default: none };
  }
  // The longest prefix that is a primitive (with its format) or closes a bracket: the rest is the default.
  for (let k = text.length; k > 0; k--) {
    const prefix = text.slice(0, k);
    if (!/[\])]$/.test(prefix) && !PRIMITIVE.test(prefix)) continue;
    const expr = parseSchemaExpr(prefix);
    if (expr && expr.kind !== "ref") return { schema: prefix, default: text.slice(k) };
  }
  // A model name alone (`VolumeRevertRequest`); never a primitive with a value run into it (`booleanfalse`).
  const whole = parseSchemaExpr(text);
  return whole && !/^(string|integer|number|boolean|object)/.test(text) ? { schema: text, default: "" } : undefined;
}

const PRIMITIVE = /^(string|integer|number|boolean|object)(\s*\([^)]*\))?$/;
