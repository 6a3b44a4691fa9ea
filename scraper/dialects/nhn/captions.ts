/**
 * The AppKey-style NHN guides (Notification, EasyQueue, AppGuard, ShortURL …): a part's pieces come
 * under bracketed captions, `[URI]` over the request line (a `| Method | URI |` table of one row, or a
 * `METHOD /path` block), `[Path Parameter]` / `[Query Parameter]` / `[Header]` / `[Request Body]` /
 * `[Response Body]` over a `| Name | Type | Required | Description |` table. The caption says where the
 * table's rows are sent, so its Type column is the data type.
 */
import type { Block, Position, TableBlock } from "../../document/model.js";
import type { ColumnRole, LayoutOptions, TableLayout } from "./columns.js";
import { columnCells, distinctRoles, fieldExtraRole, holdsDataTypes, isColumn, withNotes } from "./columns.js";
import type { FieldLocation } from "./field-table.js";
import type { NhnLabels } from "./labels.js";
import { lookup, matchesAny } from "./labels.js";
import type { MethodLine } from "./lines.js";
import { parseMethodLine } from "./lines.js";
import { wordCount } from "./words.js";

/** `note`: text after the bracketed caption on its line ("[Query parameter] No.1 or 2 is conditionally required"). */
export type Caption =
  | { kind: "requestLine"; text: string; note?: string }
  | { kind: "location"; text: string; location: FieldLocation; note?: string }
  | { kind: "responseExample"; text: string; note?: string }
  /** `[Example]` over the part's example: says no more than that. */
  | { kind: "example"; text: string; note?: string };

/** The text inside a line that is one bracketed caption (`[Result]`, `**[Header]**`), known or not; undefined for any other line. */
export function bracketedText(line: string): string | undefined {
  const m = /^(?:\*\*|__)?\[([^[\]{}"\n]+)\](?:\*\*|__)?$/.exec(line.trim());
  return m ? m[1]!.trim() : undefined;
}

/** `[Path Parameter]`, `**[URI]**`, `[Response Body].`: the caption a paragraph is, if the dialect knows it. */
export function captionOf(block: Block, labels: NhnLabels): Caption | undefined {
  if (block.kind === "heading") return headingCaption(block.title, labels);
  // "- Request Body" / "- Response Body" as a list of the part's pieces (older Push guides): the body caption.
  if (block.kind === "listItem") return bodyCaption(block.text, labels);
  if (block.kind !== "paragraph") return undefined;
  // "[Query parameter] No.1 or 2 is conditionally required": the caption, then a note on the table (not read).
  const m = /^(?:\*\*|__)?\[([^[\]\n]+)\](?:\*\*|__)?[.:]?(?:\s+(\S.*))?$/s.exec(block.text.trim());
  if (!m) return bodyCaption(block.text, labels);
  const text = m[1]!.replace(/\s+/g, " ").trim();
  const note = m[2] !== undefined ? { note: m[2].trim() } : {};
  if (isRequestLineCaption(text, labels)) return { kind: "requestLine", text, ...note };
  if (matchesAny(text, labels.captions.responseExamples)) return { kind: "responseExample", text, ...note };
  // "[Request Sample - 00 : Response]": the response of the sample whose request the caption before it showed.
  const tail = /\s[:\-–]\s*([^:\-–]+)$/.exec(text)?.[1];
  if (tail !== undefined && matchesAny(tail.trim(), labels.response)) return { kind: "responseExample", text, ...note };
  if (matchesAny(text, labels.example)) return { kind: "example", text, ...note };
  const location = lookup(labels.captions.locations, text);
  return location ? { kind: "location", text, location, ...note } : undefined;
}

/**
 * A heading that is a caption (`##### Method, URL, Headers`, `##### Request Body` in the Push guides): a request-line
 * caption listing what its block holds, or a caption naming where the table under it is sent. Only captions of two
 * words or more: a heading "API", "URL" or "Parameter" alone titles a section as often as it captions one.
 */
function headingCaption(title: string, labels: NhnLabels): Caption | undefined {
  const text = title.replace(/\s+/g, " ").trim();
  // "##### Parameter (Query String)", "##### Parameter (Body)": a table heading naming where its rows are sent.
  const named = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  if (named && matchesAny(named[1]!, labels.tableHeadings)) {
    const location = lookup(labels.captions.locations, named[2]!) ?? lookup(labels.locations, named[2]!);
    if (location) return { kind: "location", text, location };
  }
  if (!text.includes(" ")) return undefined;
  if (isRequestLineCaption(text, labels)) return { kind: "requestLine", text };
  // "#### Path Parameter Information": the caption before the information word.
  const suffix = infoSuffixOf(text, labels);
  const bare = suffix !== undefined ? text.slice(0, text.length - suffix.length).trim() : text;
  const location = lookup(labels.captions.locations, bare);
  return location ? { kind: "location", text, location } : undefined;
}

/** `URI`, `Method, URI`, or a list of what the request block holds with one request-line word (`Method, URL, Headers`). */
function isRequestLineCaption(text: string, labels: NhnLabels): boolean {
  const { requestLine, requestLineParts } = labels.captions;
  if (matchesAny(text, requestLine)) return true;
  const pieces = text.split(/\s*,\s*|\s+(?:and|&)\s+/i).filter((p) => p !== "");
  return pieces.length >= 2 && pieces.some((p) => matchesAny(p, requestLine)) && pieces.every((p) => matchesAny(p, requestLine) || matchesAny(p, requestLineParts));
}

/**
 * "Request Body" / "응답 본문" alone on a line, without brackets (Notification Hub prints its captions in bold): a body
 * caption. Only body captions of two words or more: "Response" or "Fields" alone is a heading as often as a caption.
 */
function bodyCaption(line: string, labels: NhnLabels): Caption | undefined {
  const text = line.replace(/\s+/g, " ").trim();
  const info = infoCaption(text, labels);
  if (info) return info;
  if (wordCount(text) < 2) return undefined;
  return lookup(labels.captions.locations, text) === "body" ? { kind: "location", text, location: "body" } : undefined;
}

/**
 * "URI情報", "パラメータ情報", "BODY情報(例)", "レスポンス本文(例)": a caption without brackets, written as "<caption>
 * information" or with an example gloss after it (`captions.infoSuffixes`, `example`). The caption is what remains.
 */
function infoCaption(text: string, labels: NhnLabels): Caption | undefined {
  const glossed = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(text);
  const gloss = glossed !== null && matchesAny(glossed[2]!, labels.example);
  let rest = gloss ? glossed[1]!.trim() : text;
  const suffix = infoSuffixOf(rest, labels);
  if (suffix !== undefined) rest = rest.slice(0, rest.length - suffix.length).trim();
  if (!gloss && suffix === undefined) return undefined;
  if (suffix !== undefined && isRequestLineCaption(rest, labels)) return { kind: "requestLine", text };
  const location = lookup(labels.captions.locations, rest) ?? (suffix !== undefined ? lookup(labels.locations, rest) : undefined);
  if (location && (suffix !== undefined || wordCount(rest) >= 2)) return { kind: "location", text, location };
  return undefined;
}

/**
 * The "information" word a caption ends with (`URI情報`, `Path Parameter Information`), if it does: a suffix of a
 * script written without spaces may be glued to the words before; a word of a spaced script must be a word of its own.
 */
function infoSuffixOf(text: string, labels: NhnLabels): string | undefined {
  const lower = text.toLowerCase();
  return labels.captions.infoSuffixes.find((s) => {
    if (text.length <= s.length || !lower.endsWith(s.toLowerCase())) return false;
    return !/^[A-Za-z]/.test(s) || /\s/.test(text[text.length - s.length - 1]!);
  });
}

export interface TableRequestLine {
  line: MethodLine;
  pos: Position;
  /** Rows after the first (a second request line), not read. */
  extra: Position[];
}

/** A `| Method | URI |` table → its request line; undefined for any other table or a row that is none. */
export function requestLineFromTable(table: TableBlock, labels: NhnLabels): TableRequestLine | undefined {
  const header = table.header.map((c) => c.text.trim());
  const { method, uri } = labels.requestLineColumns;
  if (header.length !== 2) return undefined;
  const sideways = sidewaysRequestLine(table, labels);
  if (sideways) return sideways;
  const m = header.findIndex((h) => matchesAny(h, method));
  const u = header.findIndex((h) => matchesAny(h, uri));
  if (m < 0 || u < 0 || m === u) return undefined;
  const rows = table.rows.filter((r) => r.cells.some((c) => c.text.trim() !== ""));
  const first = rows[0];
  if (!first) return undefined;
  const cell = (k: number) => (first.cells[k]?.text ?? "").replace(/`/g, "").trim();
  const line = parseMethodLine(`${cell(m).toUpperCase()} ${cell(u)}`);
  return line ? { line, pos: first.pos, extra: rows.slice(1).map((r) => r.pos) } : undefined;
}

/**
 * The request line as a two-column table of label and value (Deploy guides): `| Http Method | POST |` as the header
 * row, then `| Request URL | https://…/{appKey}/… |`. Undefined for any other table.
 */
function sidewaysRequestLine(table: TableBlock, labels: NhnLabels): TableRequestLine | undefined {
  const [label, value] = table.header.map((c) => c.text.replace(/`/g, "").trim());
  const { method, uri } = labels.requestLineColumns;
  if (label === undefined || value === undefined || !matchesAny(label, method) || !/^[A-Za-z]+$/.test(value)) return undefined;
  const url = table.rows.find((r) => matchesAny(r.cells[0]?.text.trim() ?? "", uri));
  const line = url ? parseMethodLine(`${value.toUpperCase()} ${(url.cells[1]?.text ?? "").replace(/`/g, "").trim()}`) : undefined;
  return url && line ? { line, pos: url.pos, extra: [] } : undefined;
}

/**
 * The layout of a field table under a location caption: Name (or Field), Type (or Format) as the data
 * type, Required and Description, every row sent where the caption says. Undefined unless each column is
 * one of those, once (with `notes`, up to two unknown columns are read as notes, see `withNotes`).
 */
export function captionedLayout(
  header: readonly string[],
  location: FieldLocation,
  labels: NhnLabels,
  options: LayoutOptions = {},
  rows: ReadonlyArray<readonly string[]> = [],
): TableLayout | undefined {
  const c = labels.columns;
  const roles = header.map((h): ColumnRole | undefined => {
    if (isColumn(h, c.name) || isColumn(h, labels.captions.nameColumns)) return "name";
    if (isColumn(h, c.location) || isColumn(h, c.format)) return "format";
    if (isColumn(h, c.required)) return "required";
    if (isColumn(h, c.description)) return "description";
    if (isColumn(h, c.note)) return "note";
    return undefined;
  });
  // Value / Default value / Valid range only in a table that is otherwise a field table: a Name and a Type column.
  if (roles.includes("name") && roles.includes("format")) header.forEach((h, k) => (roles[k] ??= fieldExtraRole(h, header, labels)));
  // Request headers printed as `| Name | Value | Description |` (the value to send, `{secretKey}`): no Type column,
  // since a header's value is text; the value is kept in the description.
  // A Value column of data types (`| Property name | Value | Description |` over `| isSuccessful | Boolean | … |`) is the type.
  else if (location === "header" && roles.includes("name"))
    header.forEach((h, k) => (roles[k] ??= matchesAny(h, c.valueDescription) ? (holdsDataTypes(columnCells(rows, k), labels) ? "format" : "value") : undefined));
  // `[Path Variable]` over `| Key | Value |` (`appKey | Appkey issued from the console`), or `[Query Parameter]` over
  // `| Key | Value | Required |`: no Type or Description column, so Value describes the field (or, when it holds
  // data types, is its type).
  else if (roles[0] === "name" && !roles.includes("format") && !roles.includes("description"))
    header.forEach((h, k) => (roles[k] ??= matchesAny(h, c.valueDescription) ? (holdsDataTypes(columnCells(rows, k), labels) ? "format" : "description") : undefined));
  const read = options.notes ? withNotes(roles) : roles;
  if (!read || !distinctRoles(read) || !read.includes("name")) return undefined;
  return { kind: "fields", roles: read, location };
}

/**
 * Under a body caption, a table without a Name column whose one row is the whole body (Gamebase prints an array
 * body as `| Type | Required | Value |` over `| Array[String] | Required | user IDs |`): Type (or Format) as the
 * data type, Required, and Description (or Value as it). Undefined for any other table, or more than one row.
 */
export function wholeBodyLayout(table: TableBlock, location: FieldLocation, labels: NhnLabels): TableLayout | undefined {
  if (location !== "body") return undefined;
  const c = labels.columns;
  const header = table.header.map((h) => h.text);
  const hasDescription = header.some((h) => matchesAny(h, c.description));
  const roles = header.map((h): ColumnRole | undefined => {
    if (matchesAny(h, c.location) || matchesAny(h, c.format)) return "format";
    if (matchesAny(h, c.required)) return "required";
    if (matchesAny(h, c.description) || (!hasDescription && matchesAny(h, c.valueDescription))) return "description";
    return undefined;
  });
  const rows = table.rows.filter((r) => r.cells.some((cell) => cell.text.trim() !== ""));
  if (rows.length !== 1 || !distinctRoles(roles) || !roles.includes("format")) return undefined;
  return { kind: "fields", roles, location, wholeBody: true };
}
