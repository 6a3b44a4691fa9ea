/**
 * Table layouts of an NHN page, told apart by their header: field tables (`Name | Type | Format |
 * Required | Description`, "Property"/"Attribute" for Format, Required optional), status tables
 * (`Status Name | Description`) and the region table (`Type | Region | Endpoint`).
 */
import type { NhnLabels } from "./labels.js";
import { formatKeyOf } from "./formats.js";
import { lookup, matchesAny, NHN_LABELS, normaliseLabel } from "./labels.js";
import { requiredFlag } from "./row-grammar.js";

export type ColumnRole =
  | "name"
  | "location"
  | "format"
  | "required"
  /** Whether the field may be left out: Required inverted (`O` optional, `-` not). */
  | "optional"
  | "description"
  | "default"
  | "range"
  /** Required and the data type in one cell (`Required, String`). */
  | "usage"
  | "value"
  /** A column the dialect does not know in a table that is otherwise a field table: its cells are kept in the descriptions. */
  | "note"
  | "endpointType"
  | "region"
  | "endpoint";
export type TableKind = "fields" | "values" | "regions";

export interface TableLayout {
  kind: TableKind;
  roles: ColumnRole[];
  /** Where every row is sent, for a table without a location column under a caption saying so (`[Path Parameter]`). */
  location?: "path" | "query" | "header" | "body";
  /** A body table without a Name column whose one row describes the whole body (`| Type | Required | Value |`). */
  wholeBody?: true;
  /**
   * Where each row is sent, for a table without a location column whose rows mix locations (`| Field | Usage | Description |`
   * over a path variable and body fields): set when the table is placed in its part (see `rowLocation`).
   */
  places?: RowPlaces;
}

/** What places the rows of a table without a location column, besides the words its descriptions start with. */
export interface RowPlaces {
  /** The names of the request line's query template (`?pageIndex={pageIndex}`) and path placeholders. */
  query: ReadonlySet<string>;
  path: ReadonlySet<string>;
  /** Where a row goes that nothing else places: the caption's location, else the body (query for a request without one). */
  otherwise: "path" | "query" | "header" | "body";
}

export interface LayoutOptions {
  /** Read up to two columns the dialect does not know as notes (`Since`, `암호화 여부`) in a table that is otherwise a field table. */
  notes?: boolean;
}

/** The layout of a table with these header cells, or undefined when it is not one NHN pages use. */
export function layoutOf(header: readonly string[], labels: NhnLabels, options: LayoutOptions = {}): TableLayout | undefined {
  const c = labels.columns;
  // `필드명(경로명)` (field name (path name)): a column label with a gloss in parentheses is that label.
  const is = (k: number, names: readonly string[]) => isColumn(header[k] ?? "", names);
  const has = (names: readonly string[]) => header.some((_, k) => is(k, names));
  if (has(c.region) && has(c.endpoint)) {
    const roles = header.map((_, k): ColumnRole | undefined => (is(k, c.region) ? "region" : is(k, c.endpoint) ? "endpoint" : is(k, c.endpointType) ? "endpointType" : undefined));
    return roles.every((r) => r !== undefined) ? { kind: "regions", roles: roles as ColumnRole[] } : undefined;
  }
  if (header.length === 2 && is(0, c.value) && is(1, c.description)) return { kind: "values", roles: ["value", "description"] };
  if (has(c.name) && (has(c.location) || has(c.locationOnly))) {
    // "Name | In | Type | Description": "In" is where the field is sent, so "Type" is its data type.
    const typeIsFormat = has(c.locationOnly);
    const roles = header.map((_, k): ColumnRole | undefined => {
      if (is(k, c.name)) return "name";
      if (is(k, c.locationOnly)) return "location";
      if (is(k, c.location)) return typeIsFormat ? "format" : "location";
      if (is(k, c.format)) return "format";
      if (is(k, c.required)) return "required";
      if (is(k, c.optional)) return "optional";
      if (is(k, c.description)) return "description";
      return fieldExtraRole(header[k] ?? "", header, labels);
    });
    const read = options.notes ? withNotes(roles) : roles;
    return read && distinctRoles(read) ? { kind: "fields", roles: read } : undefined;
  }
  return usageLayout(header, labels, options);
}

/** A label without a trailing gloss in parentheses: `필드명(경로명)` → `필드명`; other labels as they are. */
function withoutGloss(label: string): string {
  return label.replace(/\s*\([^()]*\)\s*$/, "");
}

/** A column label that is one of `names`, or is one with a gloss after it (`필드명(경로명)`). */
export function isColumn(label: string, names: readonly string[]): boolean {
  return matchesAny(label, names) || matchesAny(withoutGloss(label), names);
}

/**
 * `| Field | Usage | Description |` (Push guides): a name column, a Usage column joining Required and the data type
 * (`Required, String`), a description. Where each row is sent the table does not say (see `RowPlaces`). Undefined for
 * any other table.
 */
function usageLayout(header: readonly string[], labels: NhnLabels, options: LayoutOptions): TableLayout | undefined {
  const c = labels.columns;
  const names = [...c.name, ...c.nameWhenFirst, ...labels.captions.nameColumns];
  if (header.length < 2 || !matchesAny(header[0] ?? "", names) || !header.some((h) => matchesAny(h, c.usage))) return undefined;
  const described = header.some((h) => matchesAny(h, c.description));
  const roles = header.map((h, k): ColumnRole | undefined => {
    if (k === 0) return "name";
    if (matchesAny(h, c.usage)) return "usage";
    if (matchesAny(h, c.description)) return "description";
    // `|Parameter| Usage||`: the last column, left without a header, holds the descriptions.
    if (!described && k === header.length - 1 && h.trim() === "") return "description";
    return fieldExtraRole(h, header, labels);
  });
  const read = options.notes ? withNotes(roles) : roles;
  return read && distinctRoles(read) ? { kind: "fields", roles: read } : undefined;
}

/**
 * A Usage cell → its Required cell and its data type: `Required, String` → `Required` and `String`; `-, Object Array`
 * → `-` and `Object Array`. A cell without a Required word before its first comma is all data type.
 */
export function splitUsage(cell: string, labels: NhnLabels): { required: string; format: string } {
  const text = cell.replace(/<br\s*\/?>/gi, " ").trim();
  const comma = text.indexOf(",");
  const head = (comma >= 0 ? text.slice(0, comma) : text).trim();
  if (head === "" || requiredFlag(head, labels) === undefined) return { required: "", format: text };
  return { required: head, format: comma >= 0 ? text.slice(comma + 1).trim() : "" };
}

/**
 * The roles of a field table's columns with the unknown ones (undefined) read as notes: at most two of them, fewer
 * than the known columns, in a table with a Name column and a Type or Format column. Undefined otherwise.
 */
export function withNotes(roles: ReadonlyArray<ColumnRole | undefined>): ColumnRole[] | undefined {
  const unknown = roles.filter((r) => r === undefined).length;
  if (unknown === 0) return roles as ColumnRole[];
  const shaped = roles.includes("name") && (roles.includes("format") || roles.includes("location") || roles.includes("usage"));
  if (!shaped || unknown > 2 || unknown >= roles.length - unknown) return undefined;
  return roles.map((r) => r ?? "note");
}

/** Every column has a role and no role but `note` is taken twice. */
export function distinctRoles(roles: ReadonlyArray<ColumnRole | undefined>): roles is ColumnRole[] {
  const named = roles.filter((r) => r !== "note");
  return !named.includes(undefined) && new Set(named).size === named.length;
}

/**
 * The role of a field-table column besides name, type, required and description: Default value, Valid range,
 * or Value as the description when the table has no Description column (`| Name | Type | Value |`). Only asked
 * of tables that already have the field-table shape (a Name and a Type column).
 */
export function fieldExtraRole(cell: string, header: readonly string[], labels: NhnLabels): ColumnRole | undefined {
  const c = labels.columns;
  if (matchesAny(cell, c.default)) return "default";
  if (matchesAny(cell, c.range)) return "range";
  if (matchesAny(cell, c.valueDescription) && !header.some((h) => matchesAny(h, c.description))) return "description";
  return undefined;
}

/**
 * A field table whose first column holds the names under another header (`| Value | Type | Description |` in the
 * Notification and Address Search guides, `| 필드 | 타입 | 설명 |`) and whose Type column holds data types (String,
 * Integer, …), not locations: the first column as the name, Type as the format. Told apart from other tables by the
 * cells: two thirds or more of the Type column's cells are data types and none is a location. Up to two unknown
 * columns are read as notes (`Max Length`). Undefined for any other table.
 */
export function dataTypeLayout(header: readonly string[], rows: ReadonlyArray<readonly string[]>, labels: NhnLabels): TableLayout | undefined {
  const c = labels.columns;
  if (header.length < 2 || !(matchesAny(header[0]!, c.nameWhenFirst) || matchesAny(header[0]!, c.name))) return undefined;
  const roles = header.map((h, k): ColumnRole | undefined => {
    if (k === 0) return "name";
    const typed = () => holdsDataTypes(columnCells(rows, k), labels);
    if (matchesAny(h, c.location) || matchesAny(h, c.format)) return typed() ? "format" : undefined;
    if (matchesAny(h, c.required)) return "required";
    if (matchesAny(h, c.description)) return "description";
    // `| Property name | Value | Description |` over `| price | Float | price |`: a Value column of data types is the type.
    if (matchesAny(h, c.valueDescription) && typed()) return "format";
    return fieldExtraRole(h, header, labels);
  });
  if (!roles.includes("format")) return undefined;
  const read = withNotes(roles);
  return read && distinctRoles(read) ? { kind: "fields", roles: read } : undefined;
}

/** The cells of column `k`. */
export function columnCells(rows: ReadonlyArray<readonly string[]>, k: number): string[] {
  return rows.map((r) => r[k] ?? "");
}

/** Two thirds or more of the non-blank cells are data types (`String`, `Array[String]`) and none is a location (`Query`). */
export function holdsDataTypes(cells: readonly string[], labels: NhnLabels): boolean {
  const texts = cells.map((t) => t.replace(/`/g, "").trim()).filter((t) => t !== "");
  if (texts.length === 0 || texts.some((t) => lookup(labels.locations, t) !== undefined)) return false;
  const typed = texts.filter((t) => formatKeyOf(t, labels) !== undefined || formatKeyOf(t.replace(/^(?:array|list)\s*[[<(].*[\]>)]$/i, "array"), labels) !== undefined).length;
  return typed * 3 >= texts.length * 2;
}

/**
 * A Response table without a location column (`Name | Format | Required | Description`): every row is a
 * body field. Undefined unless each column is a name, format, required or description column.
 */
export function bodyFieldLayout(header: readonly string[], labels: NhnLabels): TableLayout | undefined {
  const c = labels.columns;
  const roles = header.map((h): ColumnRole | undefined =>
    matchesAny(h, c.name) ? "name" : matchesAny(h, c.format) ? "format" : matchesAny(h, c.required) ? "required" : matchesAny(h, c.description) ? "description" : undefined,
  );
  if (roles.some((r) => r === undefined) || new Set(roles).size !== roles.length || !roles.includes("name") || !roles.includes("format")) return undefined;
  return { kind: "fields", roles: roles as ColumnRole[] };
}

/**
 * A field table whose header misnames a column ("Example" over a column of String / UUID / Integer
 * values): each unknown column takes the role whose vocabulary every one of its cells is in (Type,
 * Format or Required values). Undefined unless that makes a field table; `renamed` lists the columns.
 */
export function layoutFromCells(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  labels: NhnLabels,
): { layout: TableLayout; renamed: Array<{ label: string; role: ColumnRole }> } | undefined {
  const c = labels.columns;
  const known = (k: number): ColumnRole | undefined =>
    matchesAny(header[k] ?? "", c.name)
      ? "name"
      : matchesAny(header[k] ?? "", c.location)
        ? "location"
        : matchesAny(header[k] ?? "", c.format)
          ? "format"
          : matchesAny(header[k] ?? "", c.required)
            ? "required"
            : matchesAny(header[k] ?? "", c.description)
              ? "description"
              : undefined;
  const vocab: Array<[ColumnRole, readonly string[]]> = [
    ["location", Object.keys(labels.locations)],
    ["format", Object.keys(labels.formats)],
    ["required", [...labels.requiredValues, ...labels.optionalValues]],
  ];
  const renamed: Array<{ label: string; role: ColumnRole }> = [];
  const roles = header.map((label, k): ColumnRole | undefined => {
    const role = known(k);
    if (role) return role;
    const cells = rows.map((r) => (r[k] ?? "").replace(/`/g, "").trim()).filter((t) => t !== "");
    if (cells.length === 0) return undefined;
    const hit = vocab.find(([, words]) => cells.every((t) => words.some((w) => w.toLowerCase() === t.toLowerCase())));
    if (hit) renamed.push({ label, role: hit[0] });
    return hit?.[0];
  });
  if (renamed.length === 0 || roles.some((r) => r === undefined) || new Set(roles).size !== roles.length) return undefined;
  if (!roles.includes("name") || !roles.includes("location")) return undefined;
  return { layout: { kind: "fields", roles: roles as ColumnRole[] }, renamed };
}

/**
 * Splits a captured header line ("Name Type Format Required Description", "Status Name Description")
 * into column names, longest label first; undefined when any word is not a column name.
 */
export function splitHeaderLine(text: string, labels: NhnLabels): string[] | undefined {
  const split = splitHeaderWords(text, labels, false);
  return split && split.unknown.length === 0 ? split.cells : undefined;
}

/**
 * A header line with one word that is no column name ("Name Type Example Required Description"): its
 * cells, the unknown one a cell of its own, and the unknown cell's index. Undefined for any other line.
 */
export function splitHeaderLineWithUnknown(text: string, labels: NhnLabels): { cells: string[]; unknown: number } | undefined {
  if (!looksLikeHeaderLine(text, labels)) return undefined;
  const split = splitHeaderWords(text, labels, true);
  return split && split.unknown.length === 1 ? { cells: split.cells, unknown: split.unknown[0]! } : undefined;
}

/** The first word of a line (`text.trim().split(/\s+/)[0]`). */
const FIRST_WORD = /^\s*(\S*)/;

function splitHeaderWords(text: string, labels: NhnLabels, allowUnknown: boolean): { cells: string[]; unknown: number[] } | undefined {
  const { all, known } = columnWords(labels);
  // Every word of a header line is a column word: most lines are rejected on their first word, before the line is split.
  if (!known.has(normaliseLabel(FIRST_WORD.exec(text)?.[1] ?? ""))) return undefined;
  const words = text.trim().split(/\s+/);
  const cells: string[] = [];
  const unknown: number[] = [];
  let k = 0;
  while (k < words.length) {
    // The normalised text of the next n words, computed once per n (labels share word counts).
    const next = new Map<number, string>();
    const nextWords = (n: number): string => {
      let text = next.get(n);
      if (text === undefined) next.set(n, (text = normaliseLabel(words.slice(k, k + n).join(" "))));
      return text;
    };
    const hit = all.find((l) => k + l.words <= words.length && nextWords(l.words) === l.normalised);
    if (!hit && !allowUnknown) return undefined;
    if (!hit) unknown.push(cells.length);
    const n = hit?.words ?? 1;
    cells.push(words.slice(k, k + n).join(" "));
    k += n;
  }
  return cells.length >= 2 ? { cells, unknown } : undefined;
}

/**
 * True for a line that reads like a table header the dialect does not know ("Name Type Format Default
 * Description"): mostly column words, at least three of them, no sentence punctuation.
 */
export function looksLikeHeaderLine(text: string, labels: NhnLabels): boolean {
  const t = text.trim();
  if (/[.,:;!?]$/.test(t) || t.length > 200) return false;
  const { known } = columnWords(labels);
  const words = normaliseLabel(t).split(" ");
  const hits = words.filter((w) => known.has(w)).length;
  return hits >= 3 && hits * 5 >= words.length * 3;
}

interface ColumnWords {
  /** Column labels, longest (in words) first, with their normalised text. */
  all: Array<{ label: string; words: number; normalised: string }>;
  /** Every single word of every column label, normalised. */
  known: ReadonlySet<string>;
}

/** The column words of `NHN_LABELS`, derived once when this module loads (a constant); other tables on each use. */
const NHN_COLUMN_WORDS: ColumnWords = deriveColumnWords(NHN_LABELS);

function columnWords(labels: NhnLabels): ColumnWords {
  return labels === NHN_LABELS ? NHN_COLUMN_WORDS : deriveColumnWords(labels);
}

function deriveColumnWords(labels: NhnLabels): ColumnWords {
  const flat = Object.values(labels.columns).flat();
  return {
    all: flat.map((l) => ({ label: l, words: l.split(/\s+/).length, normalised: normaliseLabel(l) })).sort((a, b) => b.words - a.words),
    known: new Set(flat.flatMap((l) => normaliseLabel(l).split(" "))),
  };
}
