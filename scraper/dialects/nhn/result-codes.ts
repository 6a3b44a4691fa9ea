/**
 * Result-code tables inside an API (`| code | message | Description | Remarks |`, AppGuard's "Error Codes"): the
 * values the body's result code takes when the call fails (the HTTP status is often 200 all the same). Each row
 * is one code, its message and description, any further column kept in the description under its name.
 */
import type { ResultCode } from "../../api-model.js";
import type { TableBlock } from "../../document/model.js";
import type { NhnLabels } from "./labels.js";
import { matchesAny } from "./labels.js";
import { squashed } from "./words.js";

type Role = "code" | "message" | "description" | "note";

/**
 * The table's codes, or undefined when it is not a result-code table (first column a code column, then a message or
 * description column). Under a caption naming result codes (`[ResultCode]`), a first column `Value` is the code column.
 */
export function readResultCodeTable(table: TableBlock, labels: NhnLabels, caption?: string): ResultCode[] | undefined {
  const { code, message, status } = labels.resultCodeColumns;
  const codesCaption = caption !== undefined && code.some((c) => squashed(c) === squashed(caption));
  // `| Response Code | resultCode | resultMessage | Description |` over `| 200 | -40001 | … |`: the HTTP status printed
  // first, the code second; the status is kept in the description as a further column.
  const first = table.header.length > 2 && matchesAny(table.header[0]!.text.trim(), status) && matchesAny(table.header[1]!.text.trim(), code) ? 1 : 0;
  const roles = table.header.map((h, k): Role => {
    const text = h.text.trim();
    if (k === first && (matchesAny(text, code) || (codesCaption && matchesAny(text, labels.columns.valueDescription)))) return "code";
    if (matchesAny(text, message)) return "message";
    if (matchesAny(text, labels.columns.description)) return "description";
    return "note";
  });
  const notes = roles.filter((r) => r === "note").length - first;
  const named = roles.filter((r) => r !== "note");
  if (roles[first] !== "code" || named.length < 2 || new Set(named).size !== named.length || notes > 2) return undefined;
  const codes: ResultCode[] = [];
  for (const row of table.rows) {
    const cells = row.cells.map((c) => c.text.trim());
    const value = (cells[first] ?? "").replace(/`/g, "");
    if (value === "") continue;
    const cell = (role: Role) => cells[roles.indexOf(role)] ?? "";
    const extra = roles.flatMap((r, k) => (r === "note" && (cells[k] ?? "") !== "" ? [`${table.header[k]!.text.trim()}: ${cells[k]}`] : []));
    const description = [cell("description"), ...extra].filter((t) => t !== "").join("\n");
    const message = cell("message").replace(/`/g, "");
    codes.push({ code: value, ...(message ? { message } : {}), ...(description ? { description } : {}), source: row.pos });
  }
  return codes.length > 0 ? codes : undefined;
}
