/**
 * Guides that describe each API as an "interface" (Contact Center's Online Contact API guides), in English and Korean:
 *
 *     ### Create Ticket
 *     #### Interface Description
 *     - URL: https://{domain}.oc.toast.com/{serviceId}/openapi/v1/ticket/add.json
 *     - URL (Dev): https://{domain}.alpha-oc.toast.com/…
 *     |Interface name | Protocol | Call direction | Encoding | …|
 *     |Create ticket  |HTTPS     |POST            |UTF-8    | …|
 *     #### Request Parameters
 *     |Name |Variable |Data type |Required | Description|
 *     |Service ID |serviceId |String |O |…|
 *     |Ticket Information |request body |String |O |…|      ← the rows after it are the body's fields
 *     |     |subject |String |O |…|
 *     #### Result Data
 *     |Name |Variable |Data type |Required | Description|
 *     |result.content |ticketId |String |O |…|              ← the parent path of this row and those below it
 *     |               |subject  |String |O |…|
 *
 * Rebuilt into what the dialect reads elsewhere: the URL line and the interface table become the request line
 * (`POST /{serviceId}/openapi/v1/ticket/add.json`), the heading over them goes (the API's section is the one above),
 * and each parameter table becomes a `Name | In | Format | Required | Description` table of dotted names, each row
 * sent where its place says (the path when the request line names it, the body after the body row, else the query).
 * Every rebuilt block remembers the blocks it came from, so reading it consumes them.
 */
import type { Block, ParagraphBlock, TableBlock, TableCell } from "../../document/model.js";
import { cellRow } from "../../document/model.js";
import type { NhnLabels } from "./labels.js";
import { matchesAny } from "./labels.js";
import type { RebuiltBlocks } from "./rebuild-tables.js";

/** `URL: https://host/path`; a capture may put a space between the host and the path. */
const URL_LINE = /^(\S+)\s*[:：]\s*(https?:\/\/\S+(?:\s+\/\S*)?)$/;
const METHOD = /^(GET|POST|PUT|DELETE|PATCH)$/i;
/** `URL (Dev): https://…` / `URL (개발): …`: a labelled variant of the URL line. */
const DEV_URL_LINE = /^\S+\s*\([^)]*\)\s*[:：]\s*https?:\/\/\S+$/;
/** `result`, `result.content`, `result.contents[]`: a parent path in the Name column of a Result Data table (a label there is words). */
const PARENT_PATH = /^[a-z_]\w*(?:\[\])?(?:\.[A-Za-z_]\w*(?:\[\])?)*$/;
/** How far back from the interface table its URL line may be (the dev URL and a heading may sit between). */
const URL_WINDOW = 6;

export function rebuildInterfaceGuide(input: RebuiltBlocks, labels: NhnLabels): RebuiltBlocks {
  const g = labels.interfaceGuide;
  if (!input.blocks.some((b) => b.kind === "table" && methodColumn(b, labels) >= 0)) return input;
  const out: Block[] = [];
  const origins = new Map(input.origins);
  let line: { method: string; path: string } | undefined;
  let inResponse = false;
  for (const b of input.blocks) {
    if (b.kind === "heading") {
      if (matchesAny(b.title, labels.response)) inResponse = true;
      else if (matchesAny(b.title, labels.request) || !matchesAny(b.title, g.headings)) inResponse = false;
    }
    const m = b.kind === "table" ? methodColumn(b, labels) : -1;
    const method = m >= 0 && b.kind === "table" ? (b.rows[0]?.cells[m]?.text.trim() ?? "") : "";
    if (b.kind === "table" && METHOD.test(method)) {
      const found = urlLine(out, labels);
      if (found) {
        line = { method: method.toUpperCase(), path: found.path };
        const request: ParagraphBlock = { kind: "paragraph", text: `${line.method} ${line.path}`, pos: found.block.pos };
        out.splice(found.from);
        out.push(...found.kept, request);
        origins.set(request, [...found.used.flatMap((u) => input.origins.get(u) ?? [u]), ...(input.origins.get(b) ?? [b])]);
        inResponse = false;
        continue;
      }
    }
    const fields = b.kind === "table" && line ? fieldTable(b, line, inResponse, labels) : undefined;
    if (fields) {
      out.push(fields);
      origins.set(fields, input.origins.get(b) ?? [b]);
      continue;
    }
    out.push(b);
  }
  return { blocks: out, origins };
}

function methodColumn(table: TableBlock, labels: NhnLabels): number {
  return table.header.findIndex((h) => matchesAny(h.text.trim(), labels.interfaceGuide.methodColumns));
}

/**
 * The `URL: https://host/path` line before the interface table (the first such line, not `URL (Dev): …`), with the
 * blocks read with it (the dev URL lines, the Interface Description heading); undefined when there is none.
 */
function urlLine(out: readonly Block[], labels: NhnLabels): { path: string; block: Block; from: number; used: Block[]; kept: Block[] } | undefined {
  const g = labels.interfaceGuide;
  const from = Math.max(0, out.length - URL_WINDOW);
  const window = out.slice(from);
  let path: string | undefined;
  let block: Block | undefined;
  const used: Block[] = [];
  const kept: Block[] = [];
  for (const b of window) {
    const text = b.kind === "listItem" || b.kind === "paragraph" ? b.text.trim() : undefined;
    const m = text !== undefined ? URL_LINE.exec(text) : null;
    const label = m?.[1];
    if (m && label !== undefined && matchesAny(label, g.url) && path === undefined) {
      path = /^https?:\/\/[^/]+(\/\S*)?$/.exec(m[2]!.replace(/\s+/g, ""))?.[1] ?? "/";
      block = b;
      used.push(b);
    } else if (text !== undefined && DEV_URL_LINE.test(text) && g.url.some((u) => text.toLowerCase().startsWith(u.toLowerCase()))) {
      used.push(b); // `URL (Dev): …`, the development host: read with the request line
    } else if (text === undefined && b.kind === "heading" && matchesAny(b.title, g.headings)) {
      used.push(b);
    } else kept.push(b);
  }
  return path !== undefined && block ? { path, block, from, used, kept } : undefined;
}

/** A `Name | Variable | Data type | Required | Description` table → the dialect's field table; undefined for any other. */
function fieldTable(table: TableBlock, line: { method: string; path: string }, inResponse: boolean, labels: NhnLabels): TableBlock | undefined {
  const g = labels.interfaceGuide;
  const col = (names: readonly string[]) => table.header.findIndex((h) => matchesAny(h.text.trim(), names));
  const label = col(g.labelColumns);
  const variable = col(g.variableColumns);
  const type = col(g.typeColumns);
  const required = col(labels.columns.required);
  const description = col(labels.columns.description);
  if (label < 0 || variable < 0 || type < 0) return undefined;
  const cell = (r: TableBlock["rows"][number], k: number) => (k >= 0 ? (r.cells[k]?.text ?? "").trim() : "");
  const header = ["Name", "In", "Format", "Required", "Description"].map((text): TableCell => ({ text, pos: table.pos }));
  const rows: TableBlock["rows"] = [];
  let parent: string | undefined;
  let body = false;
  for (const r of table.rows) {
    const name = cell(r, variable).replace(/\\_/g, "_");
    const labelText = cell(r, label);
    if (r.cells.every((c) => c.text.trim() === "")) continue;
    if (matchesAny(name, g.bodyMarkers)) {
      body = true;
      continue;
    }
    // `| result.total | total |`: a label that is the field's own path (its last segment the Variable) names the field
    // itself; the rows below it are its siblings.
    const ownPath = inResponse && PARENT_PATH.test(labelText) && labelText.endsWith(`.${name}`);
    if (inResponse && labelText !== "") parent = ownPath ? labelText.slice(0, -name.length - 1) : PARENT_PATH.test(labelText) ? labelText : undefined;
    // `| result | | | | |`: a label without a field (a parent listed alone) adds no field of its own.
    if (name === "") continue;
    const dotted = inResponse && parent ? `${parent}.${name}` : name;
    const where = inResponse || (body && labelText === "") ? "Body" : line.path.includes(`{${name}}`) ? "URL" : "Query";
    const text = [cell(r, description) || (inResponse ? "" : labelText)].filter((t) => t !== "").join("\n");
    const values = [dotted, where, cell(r, type), required >= 0 ? cell(r, required) : "", text];
    rows.push(
      cellRow(
        values.map((v, k) => ({ text: v, pos: r.cells[k]?.pos ?? r.pos })),
        r.pos,
      ),
    );
  }
  return { kind: "table", header, rows, pos: table.pos };
}
