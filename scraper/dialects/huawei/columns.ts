/**
 * Table columns by their header words: a parameter table (`Parameter | Mandatory | Type | Description`,
 * any subset in any order, as long as it names its parameters) or a status table
 * (`Status Code | Description`). The cell checks tell a row from a continuation paragraph in text captures.
 */
import type { HuaweiLabels } from "./labels.js";
import { matchesAny, normaliseLabel } from "./labels.js";
import { looksLikeType } from "./type-words.js";

export type ColumnKind = "name" | "mandatory" | "type" | "description" | "statusCode" | "reason";
export type TableShape = "fields" | "status";

const KINDS: readonly ColumnKind[] = ["name", "mandatory", "type", "description", "statusCode", "reason"];

export function columnKind(text: string, labels: HuaweiLabels): ColumnKind | undefined {
  return KINDS.find((k) => matchesAny(text, labels.columns[k], labels));
}

/** The kind of every header cell, or undefined when one is unknown or repeated. */
export function headerKinds(header: readonly { text: string }[], labels: HuaweiLabels): ColumnKind[] | undefined {
  const kinds: ColumnKind[] = [];
  for (const cell of header) {
    const k = columnKind(cell.text, labels);
    if (!k || kinds.includes(k)) return undefined;
    kinds.push(k);
  }
  return kinds;
}

export function tableShape(kinds: readonly ColumnKind[] | undefined): TableShape | undefined {
  if (!kinds || kinds.length < 2) return undefined;
  if (kinds[0] === "statusCode" && !kinds.includes("name")) return "status";
  if (kinds[0] === "name" && !kinds.includes("statusCode") && !kinds.includes("reason") && (kinds.includes("description") || kinds.includes("type"))) return "fields";
  return undefined;
}

/**
 * A field name (`volume_id`, `OS-EXT-STS:vm_state`, `tags[].key`), `[items]` (the bracketed name of a whole-body row),
 * or a lone dash (the placeholder row of a status without a body, read as none).
 */
const NAME_CELL = /^(?:[A-Za-z_$@][\w.:$@/[\]-]*|\[[A-Za-z_]\w*\]|[-–—])$/;
const STATUS_CELL = /^[1-5]\d\d(?:\s|$)/;

/** Whether a cell text can stand in a column of this kind (descriptions take anything). */
export function cellFits(kind: ColumnKind, text: string, labels: HuaweiLabels): boolean {
  const t = text.trim();
  switch (kind) {
    case "name":
      return NAME_CELL.test(t) && t.length <= 100;
    case "statusCode":
      return STATUS_CELL.test(t);
    case "mandatory":
      return mandatoryValue(t, labels) !== undefined;
    case "type":
      return looksLikeType(t, labels);
    case "description":
    case "reason":
      return true;
  }
}

/** Yes → true, No → false, anything else undefined. "Yes (for …)" counts as Yes. */
export function mandatoryValue(text: string, labels: HuaweiLabels): boolean | undefined {
  const t = normaliseLabel(text, labels);
  const first = t.split(/[\s(,.;，。；（]/)[0] ?? "";
  if (labels.yes.some((w) => w.toLowerCase() === first)) return true;
  if (labels.no.some((w) => w.toLowerCase() === first)) return false;
  return undefined;
}
