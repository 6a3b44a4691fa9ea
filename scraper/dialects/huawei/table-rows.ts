/**
 * Rows of a parameter table → field rows (name, Mandatory → required, Type → type word, description),
 * rows of a status table → status rows ("400 Bad Request" → 400, "Bad Request"). A row that cannot be
 * read is an error at its line; the auth-token header row is left to the security scheme.
 */
import { readDescriptionTemplate } from "./description-template.js";
import type { Position, TableBlock } from "../../document/model.js";
import type { ColumnKind } from "./columns.js";
import { mandatoryValue } from "./columns.js";
import type { HuaweiContext } from "./context.js";
import type { FieldRow, StatusRow } from "./fields.js";
import { matchesAny, tableReferences } from "./labels.js";
import type { LabelRole } from "./page-labels.js";
import { parseTypeWord } from "./type-words.js";

/** A cell holding only a dash: no value. */
const PLACEHOLDER = /^[-–—]$/;

/** A type cell that is one identifier (`predefine_tag_request`, `GadgetBody`): a structure's name. */
const STRUCTURE_NAME = /^[A-Za-z_][\w]*$/;

export function fieldRows(table: TableBlock, kinds: readonly ColumnKind[], ctx: HuaweiContext): FieldRow[] {
  const { sink, labels } = ctx;
  const rows: FieldRow[] = [];
  const withoutMandatory: string[] = [];
  const col = (k: ColumnKind) => kinds.indexOf(k);
  for (const row of table.rows) {
    const cell = (k: ColumnKind) => (col(k) >= 0 ? row.cells[col(k)]?.text : undefined);
    const printed = `| ${row.cells.map((c) => c.text.replace(/\n/g, " ")).join(" | ")} |`;
    if (row.cells.length !== kinds.length) {
      sink.error("huawei-unreadable-row", `row has ${row.cells.length} cells where the header has ${kinds.length}: ${printed}`, row.pos);
      continue;
    }
    const name = (cell("name") ?? "").trim();
    if (PLACEHOLDER.test(name) && PLACEHOLDER.test((cell("description") ?? "-").trim())) {
      // `| - | String | - |` under "Status code: 204": the page's way of saying the status has no body.
      sink.info("huawei-placeholder-row", `the row ${printed} names no field (a placeholder for none); not read as one`, row.pos);
      continue;
    }
    if (name === "") {
      sink.error("huawei-unreadable-row", `row without a parameter name: ${printed}`, row.pos);
      continue;
    }
    if (matchesAny(name, labels.securityHeaders, labels)) continue; // carried by the security scheme
    const mandatoryText = cell("mandatory");
    const mandatory = mandatoryText === undefined ? undefined : mandatoryValue(mandatoryText, labels);
    if (mandatoryText?.trim() === "") {
      withoutMandatory.push(name);
    } else if (mandatoryText !== undefined && mandatory === undefined) {
      sink.warn("huawei-bad-mandatory", `${JSON.stringify(name)}: Mandatory cell ${JSON.stringify(mandatoryText)} is neither Yes nor No; taken as optional`, row.pos);
    }
    const typeText = cell("type");
    const type = typeText === undefined ? undefined : parseTypeWord(typeText, labels);
    if (type?.misspelt) {
      sink.info("doc-type-misspelt", `${JSON.stringify(name)}: type ${JSON.stringify(typeText)} is read as ${JSON.stringify(type.misspelt)} (two letters swapped)`, row.pos, {
        field: name,
        type: typeText,
        readAs: type.misspelt,
      });
    }
    const description = readDescriptionTemplate(cleanText(cell("description") ?? ""), labels);
    const refs = tableReferences(`${typeText ?? ""}\n${description}`, labels);
    // A structure's name (`tag_request`) pointing to a table ("see Table 2") is typed by that table; the field tree
    // reports it when the table does not bind (`huawei-object-table-missing`).
    if (type && !type.known && !type.typeName && !(refs.length > 0 && STRUCTURE_NAME.test(typeText!.trim()))) {
      sink.warn("huawei-unknown-type", `${JSON.stringify(name)}: type ${JSON.stringify(typeText)} is not in the type vocabulary; its schema is left open`, row.pos);
    }
    rows.push({
      name,
      ...(type ? { type } : {}),
      // An empty Mandatory cell says nothing: the field is left to the default (optional; a path parameter required).
      ...(mandatoryText !== undefined && mandatoryText.trim() !== "" ? { required: mandatory === true } : {}),
      description,
      ...(refs.length > 0 ? { refs } : {}),
      pos: row.pos,
    });
  }
  if (withoutMandatory.length > 0) {
    const names = withoutMandatory.map((n) => JSON.stringify(n)).join(", ");
    sink.warn("huawei-mandatory-missing", `${withoutMandatory.length} of ${table.rows.length} rows give no Mandatory value (${names}); taken as optional, path parameters as required`, table.pos);
  }
  if (table.rows.length === 0) sink.warn("huawei-empty-table", `parameter table without rows`, table.pos);
  return rows;
}

/** One status row; `sub` is the bullet it stands under (Normal / Abnormal), if any. */
export function statusRow(cells: readonly string[], kinds: readonly ColumnKind[], pos: Position, sub: LabelRole["kind"] | undefined, ctx: HuaweiContext): StatusRow | undefined {
  const codeCell = (cells[kinds.indexOf("statusCode")] ?? "").trim();
  const m = /^([1-5]\d\d)\b\s*(.*)$/.exec(codeCell);
  if (!m) {
    ctx.sink.error("huawei-unreadable-row", `status-code row without a status code: | ${cells.join(" | ")} |`, pos);
    return undefined;
  }
  const d = kinds.indexOf("description");
  const r = kinds.indexOf("reason");
  const normal = sub === "normal" || (sub !== "abnormal" && Number(m[1]) < 400);
  return { code: m[1]!, reason: (r >= 0 ? (cells[r] ?? "") : m[2]!).trim(), description: cleanText(d >= 0 ? (cells[d] ?? "") : ""), normal, pos };
}

/** Cell or paragraph text with its lines trimmed and empty lines dropped. */
export function cleanText(text: string): string {
  return text
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l !== "")
    .join("\n");
}
