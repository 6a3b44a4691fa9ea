import type { DiagnosticSink } from "../../diagnostics.js";
import type { Block } from "../../document/model.js";
import type { SchemaRecogniser } from "./cells.js";
import type { ScpLabels } from "./labels.js";
import { matchesAny, normaliseLabel } from "./labels.js";

/** Everything one SCP page read needs; created per page, never shared between runs. */
export interface ScpContext {
  page: string;
  labels: ScpLabels;
  sink: DiagnosticSink;
  consumed: Set<Block>;
  recogniser: SchemaRecogniser;
  fieldPattern: RegExp;
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
  return header.length === columns.length && columns.every((names, k) => matchesAny(header[k]!.text, names));
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
