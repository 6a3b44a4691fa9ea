/**
 * Parameter tables a page prints once, outside any API, for every API: Cloud Search's `Pathパラメータ情報` over
 * `| 名前 | 説明 |` (`appKey`, `serviceId`) under `## 共通`, GameTalk's `#### HTTP Header` over `| Name | Required | Value |`
 * (`X-Secret-Key`, `X-GT-Transaction-Id`). The caption before the table (or the heading of its section) says where the
 * rows are sent. Each API then sends those parameters: a common path parameter where its path has the placeholder and
 * its own tables do not list it, a common header where its own tables and header lines do not name it. Each keeps the
 * x-source of the common table's row; the table and every API it is applied to are noted.
 */
import type { ApiParameter, JsonSchema } from "../../api-model.js";
import type { Block, Position, TableBlock } from "../../document/model.js";
import { captionOf, captionedLayout } from "./captions.js";
import type { NhnContext } from "./context.js";
import { consume } from "./context.js";
import type { FieldRow } from "./field-table.js";
import { readFieldTable } from "./field-table.js";
import { matchesAny } from "./labels.js";
import type { OutlineSection } from "./outline.js";
import type { AuthHeader } from "./parameters.js";
import { parameterSchema } from "./parameters.js";

export interface CommonParameter {
  row: FieldRow;
  location: "path" | "header";
  /** The row's schema, read once (a row without a data type: a string, as a path segment or header value is text). */
  schema: JsonSchema;
  /** The common table the row is in. */
  table: Position;
}

/** What a common table gives: its parameters, and the auth headers among its header rows (the security). */
export interface CommonTableRead {
  parameters: CommonParameter[];
  auth: AuthHeader[];
}

/**
 * A table outside any API under a path or header caption (`Pathパラメータ情報`, `[Path Variable]`, a `#### HTTP Header`
 * section): its rows, read as that location's parameters, the table consumed and noted. Undefined for any other table.
 * A `Content-Type` row is the body's media type, no parameter (OpenAPI ignores one); it is left to each API.
 */
export function readCommonParameterTable(table: TableBlock, before: readonly Block[], section: OutlineSection | undefined, ctx: NhnContext): CommonTableRead | undefined {
  const { labels, sink } = ctx;
  const caption = captionBefore(before, section, ctx);
  if (!caption) return undefined;
  const header = table.header.map((c) => c.text);
  const layout = captionedLayout(
    header,
    caption.location,
    labels,
    { notes: true },
    table.rows.map((r) => r.cells.map((c) => c.text)),
  );
  if (!layout) return undefined;
  const rows = readFieldTable(table, layout, ctx).filter((r) => r.location === caption.location);
  if (rows.length === 0) return undefined;
  consume(ctx, table);
  if (caption.block) consume(ctx, caption.block);
  const auth = [...labels.authHeaders, ...labels.commonAuthHeaders];
  const read: CommonTableRead = { parameters: [], auth: [] };
  const left: string[] = [];
  for (const row of rows) {
    if (caption.location === "header" && matchesAny(row.name, ["Content-Type"])) {
      left.push(row.name);
      continue;
    }
    if (caption.location === "header" && matchesAny(row.name, auth)) {
      read.auth.push({ header: row.name, ...(row.description ? { description: row.description } : {}), pos: row.pos });
      continue;
    }
    const where = `the common ${caption.location} parameter table`;
    const schema: JsonSchema = row.format.trim() === "" ? { type: "string" } : parameterSchema(row, { ctx, where });
    read.parameters.push({ row, location: caption.location, schema: Object.keys(schema).length > 0 ? schema : { type: "string" }, table: table.pos });
  }
  const names = read.parameters.map((p) => p.row.name);
  sink.info(
    "nhn-common-parameter-table",
    `the page's common ${caption.location} parameters (${names.join(", ") || "none"}${read.auth.length > 0 ? `; the auth header${read.auth.length > 1 ? "s" : ""} ${read.auth.map((a) => a.header).join(" and ")}, the security` : ""}${left.length > 0 ? `; ${left.join(", ")}: the body's media type, no parameter` : ""}): ${caption.location === "path" ? "declared in each API whose path uses them and whose tables do not list them" : "sent by each API whose tables do not name them"}`,
    table.pos,
    { caption: caption.text, location: caption.location },
  );
  return read;
}

/**
 * The caption a common table is under: the nearest paragraph or caption heading before it (after the last table, code
 * block or other heading) that is a path or header caption, else its section's heading when that is one.
 */
function captionBefore(before: readonly Block[], section: OutlineSection | undefined, ctx: NhnContext): { location: "path" | "header"; text: string; block?: Block } | undefined {
  for (let k = before.length - 1; k >= 0; k--) {
    const b = before[k]!;
    if (b.kind !== "paragraph" && b.kind !== "listItem" && b.kind !== "heading") break;
    const caption = captionOf(b, ctx.labels);
    // A heading kept inside the section as a caption (`#### HTTP Header` over prose and the table) ends the search.
    if (caption?.kind !== "location" && b.kind === "heading") break;
    if (caption?.kind !== "location") continue;
    return caption.location === "path" || caption.location === "header" ? { location: caption.location, text: caption.text, block: b } : undefined;
  }
  const heading = section ? captionOf(section.heading, ctx.labels) : undefined;
  return heading?.kind === "location" && (heading.location === "path" || heading.location === "header") ? { location: heading.location, text: heading.text } : undefined;
}

/**
 * The page's common parameters one API sends, given its own parameters and header lines: the path parameters its path
 * has a placeholder for and does not declare, the headers it does not name. Noted at the API's request line.
 */
export function commonParametersOf(
  common: readonly CommonParameter[],
  own: readonly ApiParameter[],
  headerNames: readonly string[],
  path: string,
  pathPos: Position,
  where: string,
  ctx: NhnContext,
): { path: ApiParameter[]; header: ApiParameter[] } {
  const inPath = new Set([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));
  const named = new Set([...own.filter((p) => p.in === "header").map((p) => p.name.toLowerCase()), ...headerNames.map((n) => n.toLowerCase())]);
  const out = { path: [] as ApiParameter[], header: [] as ApiParameter[] };
  const tables = new Set<number>();
  for (const c of common) {
    const { row } = c;
    // A path parameter the API lists under any name written alike (`appkey`), or in another location, is its own.
    if (c.location === "path" ? !inPath.has(row.name) || own.some((p) => p.name.toLowerCase() === row.name.toLowerCase()) : named.has(row.name.toLowerCase())) continue;
    named.add(row.name.toLowerCase());
    tables.add(c.table.line);
    out[c.location].push({
      name: row.name,
      in: c.location,
      required: c.location === "path" ? true : (row.required ?? false),
      ...(row.description ? { description: row.description } : {}),
      schema: c.schema,
      source: row.pos,
    });
  }
  const applied = [...out.path.map((p) => `{${p.name}}`), ...out.header.map((p) => p.name)];
  if (applied.length > 0) {
    ctx.sink.info("nhn-common-parameters", `${where}: ${applied.join(", ")} from the page's common parameter table${tables.size > 1 ? "s" : ""} (line ${[...tables].join(", ")})`, pathPos, {
      parameters: applied,
      tables: [...tables].map((line) => ({ page: pathPos.page, line })),
    });
  }
  return out;
}
