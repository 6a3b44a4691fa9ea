/**
 * A guide section that documents its APIs only as one summary table, a row per API (Gamebase's
 * "Wrapping API": `| API | Method | Wrapping URI | Leaderboard URI |`), read when the page has no API
 * section of its own: one operation per row, with what the row says and nothing more — its method, the
 * path of the first URI column (a further URI column is the wrapped service's URI, not an operation),
 * `{x}` of the path and `?a={a}` of the query as parameters, and its name as the summary. No parameter
 * table, body or status code is documented, so none is invented: the response is the undescribed `2XX`
 * an API without a Response part gets. Rows repeating a method and path are one operation
 * (`same-operation.ts`); a row that cannot be read is an error at its line.
 */
import type { ApiParameter } from "../../api-model.js";
import type { Block, Position, TableBlock, TableRow } from "../../document/model.js";
import type { NhnContext } from "./context.js";
import { consume } from "./context.js";
import type { NhnLabels } from "./labels.js";
import { matchesAny } from "./labels.js";
import type { MethodLine } from "./lines.js";
import { parseMethodLine } from "./lines.js";
import type { ApiRead } from "./operation.js";
import { SUCCESS_STATUS } from "./operation.js";
import { operationIds, sameRequestLine } from "./operation-ids.js";
import type { OutlineSection } from "./outline.js";
import { readParameters } from "./parameters.js";
import { mergeSameOperation } from "./same-operation.js";

/** Which column holds what; `group` is a leading column without a header (a cell spanning the rows below it). */
export interface SummaryLayout {
  method: number;
  uri: number;
  name: number;
  group?: number;
}

/** A summary table found outside any API section, and the section holding it (undefined: the introduction). */
export interface SummaryTable {
  table: TableBlock;
  layout: SummaryLayout;
  section?: OutlineSection;
}

/**
 * The layout of a summary table: a Method column, a URI column (the first header naming a URI word, alone
 * or with others: "Wrapping URI") and a name column (the first other column with a header). Undefined for a
 * two-column `| Method | URI |` table (an API's request line) and any other table.
 */
export function summaryLayout(header: readonly string[], labels: NhnLabels): SummaryLayout | undefined {
  if (header.length < 3) return undefined;
  const { method, uri } = labels.requestLineColumns;
  const h = header.map((c) => c.trim());
  const m = h.findIndex((c) => matchesAny(c, method));
  const isUri = (c: string) => matchesAny(c, uri) || c.split(/[\s/(),·]+/).some((w) => w !== "" && matchesAny(w, uri));
  const u = h.findIndex((c, k) => k !== m && isUri(c));
  if (m < 0 || u < 0) return undefined;
  const name = h.findIndex((c, k) => k !== m && c !== "" && !isUri(c));
  if (name < 0) return undefined;
  const group = h.findIndex((c, k) => k < name && k !== m && k !== u && c === "");
  return { method: m, uri: u, name, ...(group >= 0 ? { group } : {}) };
}

interface SummaryRow {
  section: OutlineSection;
  line: MethodLine;
  description?: string;
}

/** The rows of the page's summary tables → operations, merged where a method and path repeat. */
export function readSummaryTables(tables: readonly SummaryTable[], fallbackTag: string, ctx: NhnContext): ApiRead[] {
  const rows = tables.flatMap((t) => summaryRows(t, fallbackTag, ctx));
  const sections = rows.map((r) => r.section);
  const lines = new Map(rows.map((r) => [r.section, r.line]));
  const firstOf = sameRequestLine(sections, lines);
  const ids = operationIds(
    sections.filter((s) => !firstOf.has(s)),
    lines,
    ctx,
  );
  const reads: ApiRead[] = [];
  const bySection = new Map<OutlineSection, ApiRead>();
  let alternative = 1;
  for (const row of rows) {
    const primary = firstOf.get(row.section);
    const read = rowOperation(row, primary ? `${ids.get(primary)!}Alt${++alternative}` : ids.get(row.section)!, ctx);
    const into = primary ? bySection.get(primary) : undefined;
    if (into) {
      mergeSameOperation(into, read, ctx);
      continue;
    }
    reads.push(read);
    bySection.set(row.section, read);
  }
  return reads;
}

/** A table's readable rows, each as an API section of its own (its title the row's name); unreadable rows reported. */
function summaryRows({ table, layout, section }: SummaryTable, fallbackTag: string, ctx: NhnContext): SummaryRow[] {
  consume(ctx, table);
  const cellOf = (row: TableRow, k: number | undefined) => (k === undefined ? "" : (row.cells[k]?.text ?? "").replace(/`/g, "").trim());
  const rows: SummaryRow[] = [];
  let group = "";
  const groups = new Map<string, OutlineSection>();
  for (const row of table.rows) {
    if (row.cells.every((c) => c.text.trim() === "")) continue;
    // A group cell spans the rows under it: printed on the first, blank on the others.
    group = cellOf(row, layout.group) || group;
    const methodCell = cellOf(row, layout.method);
    const uriCell = cellOf(row, layout.uri);
    const nameLines = cellOf(row, layout.name)
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l !== "");
    const line = parseMethodLine(`${methodCell.toUpperCase()} ${uriCell}`);
    if (!line || nameLines.length === 0) {
      ctx.sink.error(
        "nhn-unreadable-row",
        `summary table row | ${row.cells.map((c) => c.text.replace(/\n/g, " ").trim()).join(" | ")} | ${line ? "names no API" : `has no "METHOD /path" in its ${table.header[layout.method]!.text.trim()} and ${table.header[layout.uri]!.text.trim()} cells`}; not read`,
        row.pos,
      );
      continue;
    }
    const title = group !== "" ? `${group} ${nameLines[0]!}` : nameLines[0]!;
    const tag = group !== "" ? group : (section?.title ?? fallbackTag);
    const heading: Block = { kind: "paragraph", text: title, pos: row.pos };
    const groupSection = groups.get(tag) ?? { title: tag, heading: section?.heading ?? heading, blocks: [], kind: "other" as const };
    groups.set(tag, groupSection);
    rows.push({
      section: { title, heading, blocks: [], kind: "api", group: groupSection },
      line,
      ...(nameLines.length > 1 ? { description: nameLines.slice(1).join("\n") } : {}),
    });
  }
  return rows;
}

/** One row → an operation: its path and query parameters, the undescribed success response. */
function rowOperation(row: SummaryRow, operationId: string, ctx: NhnContext): ApiRead {
  const { section, line } = row;
  const pos = section.heading.pos;
  const env = { ctx, where: section.title, ...(section.group ? { group: section.group } : {}) };
  const params = readParameters([], [], line.method, line.path, pos, env);
  const query = queryParameters(line, section.title, pos, ctx).filter((q) => !params.parameters.some((p) => p.name === q.name));
  const parameters = [...params.parameters, ...query];
  const operation: ApiRead["operation"] = {
    apiVersion: "",
    method: line.method,
    path: line.path,
    operationId,
    summary: section.title,
    ...(row.description ? { description: row.description } : {}),
    tags: [section.group!.title],
    deprecated: false,
    parameters,
    responses: [{ status: SUCCESS_STATUS, description: "Success (the guide does not give the status code).", source: pos }],
    ...(line.query ? { exampleRequestPath: `${line.path}${line.query}` } : {}),
    source: pos,
  };
  ctx.sink.warn("doc-no-response-part", `API "${section.title}" has no Response part; its response is left undescribed`, pos);
  return { operation, schemas: [], pathFormats: params.pathFormats, request: { rows: [] }, response: { rows: [] } };
}

/**
 * `?userId={userId}&size={size}` → optional string query parameters (the row may be one of several uses of
 * the operation, so none is required); a fixed value (`?type=UID`) is the parameter's one value.
 */
function queryParameters(line: MethodLine, where: string, pos: Position, ctx: NhnContext): ApiParameter[] {
  if (!line.query) return [];
  const parameters: ApiParameter[] = [];
  for (const pair of line.query.replace(/^\?/, "").split("&")) {
    const [rawName = "", ...rest] = pair.split("=");
    const name = rawName.trim();
    if (name === "" || parameters.some((p) => p.name === name)) continue;
    const value = rest.join("=").trim();
    const fixed = value !== "" && !/^\{[^{}]+\}$/.test(value);
    parameters.push({ name, in: "query", required: false, schema: { type: "string", ...(fixed ? { enum: [value] } : {}) }, source: pos });
  }
  if (parameters.length > 0) {
    ctx.sink.warn("doc-undeclared-query-parameter", `${where}: the query ${line.query} names ${parameters.map((p) => p.name).join(", ")} but no table lists them; declared as optional strings`, pos);
  }
  return parameters;
}
