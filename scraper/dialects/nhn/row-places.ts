/**
 * Where the rows of a table without a location column go, and which part a table belongs to when the page prints it
 * elsewhere: Usage tables (`| Field | Usage | Description |`, Push guides) and tables whose Type column holds data
 * types (`| Name | Type | Required | … |`, Face Recognition). A row is placed by the location its description starts
 * with, else by the request line, else by the caption or the part (see `rowLocation` in field-table.ts).
 */
import type { TableBlock } from "../../document/model.js";
import type { TableLayout } from "./columns.js";
import { columnCells, dataTypeLayout, holdsDataTypes, layoutOf, splitUsage } from "./columns.js";
import type { FieldLocation } from "./field-table.js";
import type { NhnLabels } from "./labels.js";
import { matchesAny } from "./labels.js";
import type { MethodLine } from "./lines.js";
import { requiredFlag } from "./row-grammar.js";

export type PartName = "request" | "response";

/** The names a request line gives: those of its query template (`?pageSize={pageSize}` → pageSize) and its path placeholders. */
export function requestLineNames(line: MethodLine | undefined): { query: Set<string>; path: Set<string> } {
  return {
    query: new Set([...(line?.query ?? "").matchAll(/[?&]([^=&#]+)=/g)].map((m) => m[1]!)),
    path: new Set([...(line?.path ?? "").matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!)),
  };
}

/**
 * A `| Field | Usage | Description |` table some of whose rows are required or optional in words (`Required, String`,
 * `Optional, Number`): request fields. A response field's Usage says `-`.
 */
export function isRequestUsageTable(table: TableBlock, labels: NhnLabels): boolean {
  const layout = layoutOf(
    table.header.map((c) => c.text),
    labels,
  );
  const at = layout?.roles.indexOf("usage") ?? -1;
  if (at < 0) return false;
  return table.rows.some((r) => {
    const head = splitUsage(r.cells[at]?.text ?? "", labels).required;
    return /\p{L}/u.test(head) && requiredFlag(head, labels) !== undefined;
  });
}

/**
 * A table without a location column whose rows the page places one by one (`| Field | Usage | Description |`): the
 * request line's names and where a row goes that nothing else places (the caption's location, else the body, or the
 * query of a request whose method sends no body). Other layouts as they are.
 */
export function withRowPlaces(layout: TableLayout, part: PartName, captioned: FieldLocation | undefined, requestLine: MethodLine | undefined, placeRows = false): TableLayout {
  if (!(placeRows || layout.roles.includes("usage")) || layout.roles.includes("location") || layout.location !== undefined) return layout;
  // A response's rows are body fields whatever the request line names (`reservationStatus` is also a query filter).
  if (part === "response") return { ...layout, places: { query: new Set(), path: new Set(), otherwise: "body" } };
  const { query, path } = requestLineNames(requestLine);
  const bodiless = part === "request" && requestLine !== undefined && /^(get|head|delete|options)$/i.test(requestLine.method);
  return { ...layout, places: { query, path, otherwise: captioned ?? (bodiless ? "query" : "body") } };
}

/**
 * `| Name | Type | Required | Examples | Description |` whose Type column holds data types (`int`, `string`), not
 * locations (Face Recognition): Type is the data type, and each row is placed by its description or the request line
 * (see `withRowPlaces`). Undefined when the table has a Format or an In column (Type is then the location or the
 * type as it should be) or its Type cells are locations.
 */
export function typeColumnAsFormat(header: readonly string[], rows: ReadonlyArray<readonly string[]>, labels: NhnLabels): TableLayout | undefined {
  const own = layoutOf(header, labels, { notes: true });
  const at = own?.roles.indexOf("location") ?? -1;
  if (!own || at < 0 || own.roles.includes("format") || header.some((h) => matchesAny(h, labels.columns.locationOnly))) return undefined;
  const typed = dataTypeLayout(header, rows, labels);
  if (typed?.roles[at] === "format") return typed;
  // `| 타입 | 필드명(경로명) | … |`: the Type column first, the name after it; its cells data types.
  if (!holdsDataTypes(columnCells(rows, at), labels)) return undefined;
  return { ...own, roles: own.roles.map((r, k) => (k === at ? "format" : r)) };
}
