/**
 * A Request or Response table (`Name | Type | Format | Required | Description`; "Property" or
 * "Attribute" for Format; Required only in request tables) → field rows. A row whose cells do not line up
 * with the header is re-read as words by the row grammar; a row that still cannot be read is an error.
 */
import type { Position, TableBlock, TableRow } from "../../document/model.js";
import { cellRow } from "../../document/model.js";
import type { ColumnRole, RowPlaces, TableLayout } from "./columns.js";
import { splitUsage } from "./columns.js";
import type { NhnContext } from "./context.js";
import { formatKeyOf } from "./formats.js";
import type { NhnLabels } from "./labels.js";
import { lookup, matchesAny } from "./labels.js";
import { locationOf, matchFieldLine, requiredFlag } from "./row-grammar.js";

export type FieldLocation = "path" | "query" | "header" | "body";

export interface FieldRow {
  /** As printed, dotted for nested body fields (`volumes.attachments.server_id`). */
  name: string;
  location: FieldLocation;
  /** The Format cell as printed (`UUID`); empty when the table has no Format column. */
  format: string;
  /** Undefined when the table has no Required column (response tables). */
  required?: boolean;
  description: string;
  /** The Default value cell as printed, when the table has one and it is not blank. */
  defaultValue?: string;
  /** A header table's Value cell as printed (`application/json`, `{secretKey}`), when the table has one and it is not blank. */
  value?: string;
  pos: Position;
}

export function readFieldTable(table: TableBlock, layout: TableLayout, ctx: NhnContext): FieldRow[] {
  const { sink, labels } = ctx;
  const rows: FieldRow[] = [];
  const bodyTable = isBodyTable(table, layout, ctx);
  for (const row of withSpannedNames(table, layout, ctx)) {
    let cells = row.cells.map((c) => c.text.trim());
    if (cells.every((c) => c === "")) {
      sink.info("doc-empty-row", `empty table row (every cell blank) skipped`, row.pos);
      continue;
    }
    if (cells.length !== layout.roles.length) {
      const rematched = matchFieldLine(cells.join(" "), layout.roles, labels, { capitalised: false });
      if (!rematched) {
        sink.error("nhn-unreadable-row", `row has ${cells.length} cells for ${layout.roles.length} columns and cannot be realigned: | ${cells.join(" | ")} |`, row.pos);
        continue;
      }
      cells = rematched;
    }
    const usage = layout.roles.includes("usage") ? splitUsage(cells[layout.roles.indexOf("usage")] ?? "", labels) : undefined;
    const cell = (role: ColumnRole) => (usage && (role === "required" || role === "format") ? usage[role] : (cells[layout.roles.indexOf(role)] ?? ""));
    const has = (role: ColumnRole) => layout.roles.includes(role) || (usage !== undefined && (role === "required" || role === "format"));
    // A whole-body table has no Name column: its one row is named as the guides name a whole-body row ("-").
    const name = layout.wholeBody ? (labels.wholeBodyNames[0] ?? "-") : cell("name").replace(/`/g, "").trim();
    const locationText = cell("location");
    let description = cell("description");
    let location = layout.roles.includes("location") ? locationOf(locationText, labels) : layout.places ? rowLocation(name, description, layout.places, labels) : (layout.location ?? "body");
    let format = cell("format");
    if (!location && name !== "" && bodyTable && formatKeyOf(locationText, labels) !== undefined) {
      // "| created_at | Date | | Created time |" in a table of Body rows: the Type column holds the data type.
      sink.warn(
        "doc-type-in-location-column",
        `field ${JSON.stringify(name)}: the Type column says ${JSON.stringify(locationText)}, a data type, not where the field is sent; read as a Body field of that format${format ? ` (its Format cell ${JSON.stringify(format)} kept)` : ""}`,
        row.pos,
      );
      location = "body";
      if (!format) format = locationText;
    }
    if (name === "" || !location) {
      sink.error(
        "nhn-unreadable-row",
        name === ""
          ? `row without a name: | ${cells.join(" | ")} |`
          : `field ${JSON.stringify(name)} has Type ${JSON.stringify(locationText)}, which is none of ${Object.keys(labels.locations).join(", ")}`,
        row.pos,
      );
      continue;
    }
    let required: boolean | undefined;
    if (has("required") && description === "" && cell("required") !== "" && requiredFlag(cell("required"), labels) === undefined && row.cells.length <= layout.roles.length) {
      // "| id | URL | UUID | Floating IP ID |" under a five-column header: the row skips its Required cell.
      sink.warn(
        "doc-row-missing-cell",
        `field ${JSON.stringify(name)}: the row has no Required cell (its last cell is the description); read as ${location === "path" ? "required (a path parameter)" : "optional"}`,
        row.pos,
      );
      description = cell("required");
      required = location === "path";
    } else if (layout.roles.includes("optional") && !has("required")) {
      // An Optional column: `O` (or Y, Yes) marks a field that may be left out, `-` (or X, N, No) one that may not.
      const optional = cell("optional").trim();
      const flag = requiredFlag(optional, labels);
      if (flag === undefined) {
        sink.warn(
          "nhn-unclear-required",
          `field ${JSON.stringify(name)}: Optional cell ${JSON.stringify(optional)} is neither ${labels.requiredValues.join("/")} nor ${labels.optionalValues.join("/")}; taken as optional`,
          row.pos,
        );
      }
      required = optional !== "" && flag === false;
    } else if (has("required")) {
      required = requiredFlag(cell("required"), labels);
      if (required === undefined) {
        sink.warn(
          "nhn-unclear-required",
          `field ${JSON.stringify(name)}: Required cell ${JSON.stringify(cell("required"))} is neither ${labels.requiredValues.join("/")} nor ${labels.optionalValues.join("/")}; taken as optional`,
          row.pos,
        );
        required = false;
      }
    }
    // A Valid range cell stays in the description, under its column's name, where the prose reader finds it.
    const range = cell("range").trim();
    if (layout.roles.includes("range") && range !== "" && !matchesAny(range, labels.noDefaultValues)) {
      description = [description, `${headerOf(table, layout, "range")}: ${range}`].filter((t) => t !== "").join("\n");
    }
    // A header table's Value column (`{secretKey}`, `application/json`): what to send, kept in the description.
    const value = cell("value").trim();
    if (layout.roles.includes("value") && value !== "") {
      description = [description, `${headerOf(table, layout, "value")}: ${value}`].filter((t) => t !== "").join("\n");
    }
    // Columns the dialect does not know (`Since`, `암호화 여부`): their cells stay in the description, under the column's name.
    layout.roles.forEach((role, k) => {
      const note = role === "note" ? (cells[k] ?? "").trim() : "";
      if (note !== "") description = [description, `${table.header[k]?.text.trim() ?? "Note"}: ${note}`].filter((t) => t !== "").join("\n");
    });
    const defaultValue = cell("default").trim();
    const hasDefault = layout.roles.includes("default") && defaultValue !== "" && !matchesAny(defaultValue, labels.noDefaultValues);
    rows.push({
      name,
      location,
      format,
      ...(required !== undefined ? { required } : {}),
      description,
      ...(hasDefault ? { defaultValue } : {}),
      ...(layout.roles.includes("value") && value !== "" ? { value } : {}),
      pos: row.pos,
    });
  }
  return dashNested(rows, ctx);
}

/**
 * The rows of a table whose Name cell spans rows (`<td rowspan="2">kind</td>` over two descriptions, one value each):
 * one row per field, the cells of the rows it spans joined line by line under the first (a spanned copy, the same
 * cell, is not repeated), noted. Other rows as they are.
 */
function withSpannedNames(table: TableBlock, layout: TableLayout, ctx: NhnContext): TableRow[] {
  const at = layout.roles.indexOf("name");
  if (at < 0 || !table.rows.some((r) => r.cells[at]?.spanned)) return table.rows;
  const out: TableRow[] = [];
  for (const row of table.rows) {
    const above = out[out.length - 1];
    if (!row.cells[at]?.spanned || !above) {
      out.push(cellRow([...row.cells], row.pos));
      continue;
    }
    out[out.length - 1] = cellRow(
      above.cells.map((cell, k) => {
        const more = row.cells[k];
        return more && !more.spanned && more.text.trim() !== "" ? { ...cell, text: [cell.text, more.text].filter((t) => t.trim() !== "").join("\n") } : cell;
      }),
      above.pos,
    );
    ctx.sink.info(
      "nhn-spanned-name",
      `field ${JSON.stringify(row.cells[at]!.text.trim())}: its name cell spans this row too (rowspan); the row's cells are read as more lines of that field's`,
      row.pos,
      {
        field: row.cells[at]!.pos,
      },
    );
  }
  return out;
}

/** `- receiveMailAddr`, `-- requestId`: a name led by dashes, one per level below the row before it with one fewer. */
const DASH_LED = /^(-+)\s*([^-\s].*)$/;

/**
 * Notification guides nest a table's fields by leading dashes instead of dotted names (`receiverList`, then
 * `- receiveMailAddr`): each dashed row is a field of the nearest row above it with one dash fewer, and is read as
 * that dotted name (`receiverList.receiveMailAddr`). A dashed row with no such row above it keeps its bare name,
 * reported.
 */
function dashNested(rows: FieldRow[], ctx: NhnContext): FieldRow[] {
  if (!rows.some((r) => DASH_LED.test(r.name))) return rows;
  const parents: string[] = [];
  let nested = 0;
  const out = rows.map((row) => {
    const m = DASH_LED.exec(row.name);
    if (!m) {
      parents.length = 0;
      parents.push(row.name);
      return row;
    }
    const depth = m[1]!.length;
    const bare = m[2]!.trim();
    const parent = parents[depth - 1];
    if (parent === undefined) {
      ctx.sink.warn(
        "nhn-dash-without-parent",
        `field ${JSON.stringify(row.name)} is led by ${depth} dash(es) but no row above it has ${depth - 1}; read as ${JSON.stringify(bare)} at the top of its table`,
        row.pos,
      );
      parents.length = 0;
      parents.push(bare);
      return { ...row, name: bare };
    }
    nested++;
    const name = `${parent}.${bare}`;
    parents.length = depth;
    parents.push(name);
    return { ...row, name };
  });
  if (nested > 0) ctx.sink.info("nhn-dash-nesting", `${nested} field(s) nested by their leading dashes (\`- name\` under the row above it)`, rows[0]!.pos);
  return out;
}

/**
 * Where a row of a table without a location column is sent: the location its description starts with ("Path Variable,
 * appkey issued on product use"), else the part of the request line naming it (`{appkey}`, `?pageSize={pageSize}`),
 * else where the table's caption or part sends its rows.
 */
function rowLocation(name: string, description: string, places: RowPlaces, labels: NhnLabels): FieldLocation {
  const lead = /^([^,.:;(]+)[,.:;(]/.exec(description.trim())?.[1]?.trim();
  const said = lead !== undefined ? (lookup(labels.captions.locations, lead) ?? lookup(labels.locations, lead)) : undefined;
  if (said) return said;
  if (places.path.has(name)) return "path";
  if (places.query.has(name)) return "query";
  return places.otherwise;
}

/** The header cell of a role's column as the page prints it ("Valid range"). */
function headerOf(table: TableBlock, layout: TableLayout, role: ColumnRole): string {
  return table.header[layout.roles.indexOf(role)]?.text.trim() ?? role;
}

/** A table whose rows are sent in the body: response tables, and tables where every row that names a location says Body. */
function isBodyTable(table: TableBlock, layout: TableLayout, ctx: NhnContext): boolean {
  const at = layout.roles.indexOf("location");
  if (at < 0) return false;
  const located = table.rows.map((r) => locationOf(r.cells[at]?.text.trim() ?? "", ctx.labels)).filter((l) => l !== undefined);
  if (located.length === 0) return !layout.roles.includes("required");
  return located.every((l) => l === "body");
}
