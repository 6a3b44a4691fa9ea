import type { RebuiltBlocks } from "./run-together.js";
import type { DiagnosticSink } from "../../../core/diagnostics.js";
import type { Block, Position } from "../../document/model.js";
import type { SchemaRecogniser } from "./cells.js";
import type { RowMemo } from "./rows.js";
import type { SchemaMemo } from "./schema-memo.js";
import type { ScpLabels } from "./labels.js";
import type { TableKindMemo } from "./table-kinds.js";
import type { TextMemo } from "./text-kinds.js";
import { escapeRegExp, matchesAny, normaliseLabel } from "./labels.js";
import type { BlockSet } from "../../document/block-set.js";

/** Everything one SCP page read needs; created per page, never shared between runs. */
export interface ScpContext {
  page: string;
  labels: ScpLabels;
  sink: DiagnosticSink;
  consumed: BlockSet;
  recogniser: SchemaRecogniser;
  fieldPattern: RegExp;
  /** Compiled once per page from the labels: label text (normalised) → what follows it in an API version. */
  sectionLabels: ReadonlyMap<string, SectionLabel>;
  stateLine: RegExp;
  responseLine: RegExp;
  /** Rows already read on this page (see rows.ts). */
  rows: RowMemo;
  /** Parameter and property schemas already read from those rows (see schema-memo.ts). */
  schemas: SchemaMemo;
  /** Paragraph and header texts already read on this page (see text-kinds.ts). */
  texts: TextMemo;
  /** Table headers already classified on this page (see table-kinds.ts). */
  tableKinds: TableKindMemo;
  /** Tables rebuilt from run-together cells, with their deferred row problems (see run-together.ts). */
  runTogether: RebuiltBlocks;
}

export type SectionLabel = "description" | "parameters" | "responses" | "exampleRequest" | "requestPath" | "requestHeader" | "requestBody" | "exampleResponse" | "state";

export function compileSectionLabels(labels: ScpLabels): { sectionLabels: Map<string, SectionLabel>; stateLine: RegExp; responseLine: RegExp } {
  const sectionLabels = new Map<string, SectionLabel>();
  // "State" alone on its line: the state follows on the next line ("State" / "ACTIVE (CURRENT)").
  const groups: SectionLabel[] = ["description", "parameters", "responses", "exampleRequest", "requestPath", "requestHeader", "requestBody", "exampleResponse", "state"];
  for (const g of groups) for (const l of labels[g]) if (!sectionLabels.has(normaliseLabel(l))) sectionLabels.set(normaliseLabel(l), g);
  const alt = (words: string[]) => words.map(escapeRegExp).join("|");
  return {
    sectionLabels,
    // The value in brackets is trimmed by the reader: `\s*([^)]+?)\s*` here backtracked cubically on a long run of spaces.
    stateLine: new RegExp(`^(?:${alt(labels.state)})\\s+(\\S+)\\s*\\(([^)]*)\\)\\s*$`, "i"),
    responseLine: new RegExp(`^(?:${alt(labels.response)})\\s+(\\d{3}|default)$`, "i"),
  };
}

export function isLabel(block: Block, labels: readonly string[]): boolean {
  const t = block.kind === "paragraph" ? block.text : block.kind === "heading" ? block.title : undefined;
  return t !== undefined && matchesAny(t, labels);
}

/** Index of the column whose header matches one of `names`, or -1. */
export function columnIndex(header: readonly { text: string }[], names: readonly string[]): number {
  const wanted = names.map(normaliseLabel);
  return header.findIndex((c) => wanted.includes(normaliseLabel(c.text)));
}

/** True when the header's columns are exactly the given column groups, in order. */
export function headerIs(header: readonly { text: string }[], columns: ReadonlyArray<readonly string[]>): boolean {
  if (header.length !== columns.length) return false;
  for (let k = 0; k < columns.length; k++) if (!matchesAny(header[k]!.text, columns[k]!)) return false;
  return true;
}

/** A row's cells as diagnostics quote them: `a | b | c`. */
export function cellsText(texts: readonly string[]): string {
  return texts.join(" | ");
}

/** "YYYYMMDD" or "YYYY-MM-DD" → ISO date; undefined for "-" or anything else. */
export function isoDate(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) m = /^(\d{4})[-./](\d{2})[-./](\d{2})$/.exec(t);
  if (!m) return undefined;
  const [mo, d] = [Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export const VERSION_TITLE = /^v?\d+(\.\d+)+$/;

/** Adds the model names a row's schema refers to, each located at the first row that names it. */
export function noteReferences(read: { referenced: string[]; referencedAt: Map<string, Position> }, names: readonly string[], pos: Position): void {
  for (const name of names) {
    read.referenced.push(name);
    if (!read.referencedAt.has(name)) read.referencedAt.set(name, pos);
  }
}
