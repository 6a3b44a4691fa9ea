/**
 * One table row written as whitespace-separated words ("volumes.id Body UUID Block storage ID") →
 * cells, by the header's column roles and the value vocabularies of the Type, Format and Required
 * columns: Name and Description are free text, every other column must be one of its known values.
 * Nothing here knows a field name; a line that does not fit is not a row (it continues the previous
 * row's description).
 */
import type { ColumnRole } from "./columns.js";
import type { NhnLabels } from "./labels.js";
import { lookup, NHN_LABELS } from "./labels.js";

/** Longest free-text Name cell, in words (Object Storage names such as "Storage Account"). */
const MAX_NAME_WORDS = 4;

export interface RowGrammarOptions {
  /** Type and Format values must be capitalised as printed (captured text; avoids reading prose as a row). */
  capitalised: boolean;
  /** Accept any capitalised word as the Type value (to find rows whose Type the vocabulary lacks). */
  anyLocation?: boolean;
}

export function matchFieldLine(text: string, roles: readonly ColumnRole[], labels: NhnLabels, options: RowGrammarOptions): string[] | undefined {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return undefined;
  const lengthsAt = new Map<string, number[]>();
  const vocabularies = new Map<ColumnRole, Vocabulary>();
  return matchFrom(0, 0);

  function matchFrom(col: number, at: number): string[] | undefined {
    if (col === roles.length) return at === words.length ? [] : undefined;
    const role = roles[col]!;
    const isLast = col === roles.length - 1;
    if (role === "name" || role === "description") {
      const min = role === "name" ? 1 : 0;
      if (isLast) return words.length - at >= min ? [words.slice(at).join(" ")] : undefined;
      const max = role === "name" ? MAX_NAME_WORDS : words.length - at;
      for (let n = min; n <= Math.min(max, words.length - at); n++) {
        const taken = words.slice(at, at + n);
        if (role === "name" && taken.some((w) => /[,;!?]$|\.$/.test(w))) break;
        const rest = matchFrom(col + 1, at + n);
        if (rest) return [taken.join(" "), ...rest];
      }
      return undefined;
    }
    for (const n of valueLengths(role, at)) {
      const rest = matchFrom(col + 1, at + n);
      if (rest) return [words.slice(at, at + n).join(" "), ...rest];
    }
    return undefined;
  }

  /** Word counts at `at` that form a valid value of the column, longest first (memoised per line: the search backtracks). */
  function valueLengths(role: ColumnRole, at: number): number[] {
    const key = `${role} ${at}`;
    let out = lengthsAt.get(key);
    if (!out) lengthsAt.set(key, (out = computeValueLengths(role, at)));
    return out;
  }

  function computeValueLengths(role: ColumnRole, at: number): number[] {
    const out: number[] = [];
    const entries = vocabulary(role);
    // One lookup per word count the vocabulary has (longest first), not one joined slice per entry.
    for (const [n, values] of entries) {
      if (at + n > words.length) continue;
      const got = n === 1 ? words[at]! : words.slice(at, at + n).join(" ");
      const value = values.get(got.toLowerCase());
      if (!value) continue;
      if (value.plain || !(options.capitalised && /^[a-z]/.test(got))) out.push(n);
    }
    // A Format value the vocabulary does not know yet ("Map"): one capitalised word, reported later.
    const open = role === "format" || (role === "location" && options.anyLocation === true);
    if (open && out.length === 0 && at < words.length && /^[A-Z][A-Za-z0-9]*$/.test(words[at]!)) out.push(1);
    return out;
  }

  /** A column's vocabulary by word count (longest first), then by lower-cased value: for `NHN_LABELS` built when the module loads, for other tables once per line. */
  function vocabulary(role: ColumnRole): Vocabulary {
    if (labels === NHN_LABELS) return NHN_VOCABULARIES.get(role) ?? NO_VOCABULARY;
    let entries = vocabularies.get(role);
    if (!entries) vocabularies.set(role, (entries = vocabularyByLength(vocabularyOf(role, labels))));
    return entries;
  }
}

/** Word count → lower-cased value → whether some spelling of it may be written in lower case (it is not capitalised). */
type Vocabulary = ReadonlyMap<number, ReadonlyMap<string, { plain: boolean }>>;

function vocabularyByLength(values: readonly string[]): Vocabulary {
  const byLength = new Map<number, Map<string, { plain: boolean }>>();
  for (const value of values) {
    const n = value.split(/\s+/).length;
    let forLength = byLength.get(n);
    if (!forLength) byLength.set(n, (forLength = new Map()));
    const lower = value.toLowerCase();
    const plain = !/^[A-Z]/.test(value);
    const seen = forLength.get(lower);
    if (seen) seen.plain ||= plain;
    else forLength.set(lower, { plain });
  }
  return new Map([...byLength].sort((a, b) => b[0] - a[0]));
}

/** A Name cell that is one field name (`volume.os-vol-host-attr:host`, `servers[].id`), not prose. */
const FIELD_NAME = /^[A-Za-z_$@][\w.:@$\-[\]]*$/;

/** A name a field can have (`volumeId`, `servers[].id`), not words (`User Name`). */
export function isFieldName(text: string): boolean {
  return FIELD_NAME.test(text);
}

/**
 * A row the strict grammar rejects but a table renders all the same, when its Name cell is one field
 * name: Type / Format / Required values in lower case ("servers body Object …"), or a row without its
 * Required cell ("floatingIpId URL UUID Floating IP ID"; the cells as printed, the description where the
 * Required cell should be and the missing cells empty, as a markdown table pads a row that skips the cell;
 * the field reader reports it).
 */
export function matchLooseFieldLine(text: string, roles: readonly ColumnRole[], labels: NhnLabels): string[] | undefined {
  const name = roles.indexOf("name");
  const fieldNamed = (cells: string[] | undefined) => (cells && FIELD_NAME.test(cells[name] ?? "") ? cells : undefined);
  const lower = fieldNamed(matchFieldLine(text, roles, labels, { capitalised: false }));
  if (lower) return lower;
  const required = roles.indexOf("required");
  if (required < 0 || roles[required + 1] !== "description") return undefined;
  const without = roles.filter((r) => r !== "required");
  const cells = fieldNamed(matchFieldLine(text, without, labels, { capitalised: true }));
  return cells && cells[required] !== "" ? [...cells, ...roles.slice(cells.length).map(() => "")] : undefined;
}

function vocabularyOf(role: ColumnRole, labels: NhnLabels): string[] {
  switch (role) {
    case "location":
      return Object.keys(labels.locations);
    case "format":
      return Object.keys(labels.formats);
    case "required":
      return [...labels.requiredValues, ...labels.optionalValues];
    default:
      return [];
  }
}

/** True when a Required cell says the field is required; undefined when it says neither. */
export function requiredFlag(cell: string, labels: NhnLabels): boolean | undefined {
  const t = cell.trim();
  if (labels.requiredValues.some((v) => v.toLowerCase() === t.toLowerCase())) return true;
  if (t === "" || labels.optionalValues.some((v) => v.toLowerCase() === t.toLowerCase())) return false;
  return undefined;
}

export function locationOf(cell: string, labels: NhnLabels): "path" | "query" | "header" | "body" | undefined {
  return lookup(labels.locations, cell);
}

/**
 * Derived from `NHN_LABELS` once, when this module loads, and never changed afterwards (constants, not caches):
 * the vocabulary of every column that has one.
 */
const NO_VOCABULARY: Vocabulary = new Map();
const NHN_VOCABULARIES: ReadonlyMap<ColumnRole, Vocabulary> = new Map((["location", "format", "required"] as const).map((role) => [role, vocabularyByLength(vocabularyOf(role, NHN_LABELS))] as const));
