/**
 * One Huawei API page → what it says, section by section: the title, Function, the URI line and its
 * parameter tables, the request and response tables and examples, the status codes. Nothing is
 * interpreted yet (see operation.ts); every block read is marked consumed.
 */
import type { Block, CodeBlock, DocumentTree, Position, TableBlock } from "../../document/model.js";
import type { ColumnKind } from "./columns.js";
import { headerKinds, tableShape } from "./columns.js";
import type { HuaweiContext } from "./context.js";
import { consume } from "./context.js";
import type { ExampleBody, FieldTable, StatusRow } from "./fields.js";
import type { HuaweiLabels } from "./labels.js";
import { matchesAny, matchTemplate } from "./labels.js";
import type { LabelRole, SectionKind } from "./page-labels.js";
import { classifyLabel, isLostExampleHeading, labelText } from "./page-labels.js";
import { rebuildParagraphTables } from "./paragraph-tables.js";
import type { RequestLine } from "./request-line.js";
import { labelledUriPart, requestLine } from "./request-line.js";
import { fieldRows, statusRow } from "./table-rows.js";

export interface BodyParts {
  tables: FieldTable[];
  examples: ExampleBody[];
}

export interface PageRead {
  title?: { text: string; pos: Position };
  /** The product the page's breadcrumb names ("Help Center/ Log Tank Service/ …" → Log Tank Service). */
  product?: { text: string; pos: Position };
  description: string[];
  requestLines: RequestLine[];
  /** Example request lines (`GET /v2/…/backups/detail?name=backup`). */
  exampleRequests: RequestLine[];
  uriTables: FieldTable[];
  headerTables: FieldTable[];
  request: BodyParts & { none?: Position };
  /** Response bodies by status code; "" is the body of the normal status. */
  responses: Map<string, BodyParts>;
  normalCodes: Array<{ code: string; pos: Position }>;
  statusRows: StatusRow[];
  uriSection?: Position;
}

interface ReaderState {
  section?: SectionKind | "unknown";
  sub?: LabelRole["kind"];
  nested?: { name: string; pos: Position };
  /** The number of the caption just read, for the table that follows it. */
  caption?: string;
  /** In a section of examples ("Example:"), whose bullet labels say request or response. */
  inExamples?: boolean;
  responseKey: string;
  /** The half of a URI printed as two labelled lines ("PATH: …", "Method: …") read so far. */
  uriPart?: { path?: string; method?: string; block: Block };
}

const CODES_ONLY = /^[1-5]\d\d(?:\s*(?:[,/、]|and|or)\s*[1-5]\d\d)*$/i;
const STRONG_SECTIONS: ReadonlySet<string> = new Set(["uri", "request", "response", "statusCodes"]);

export function readPage(doc: DocumentTree, ctx: HuaweiContext): PageRead {
  const { labels, sink } = ctx;
  const { blocks, rebuilt } = rebuildParagraphTables(doc.blocks, labels, (b) => classifyLabel(b, labels)?.kind);
  for (const [table, sources] of rebuilt) ctx.rebuilt.set(table, sources);

  const read: PageRead = {
    description: [],
    requestLines: [],
    exampleRequests: [],
    uriTables: [],
    headerTables: [],
    request: { tables: [], examples: [] },
    responses: new Map(),
    normalCodes: [],
    statusRows: [],
  };
  const titleIndex = findTitle(blocks, ctx, (product) => (read.product = product));
  if (titleIndex >= 0) {
    const b = blocks[titleIndex]!;
    read.title = { text: withoutPermalink(labelText(b)!.trim(), ctx.labels), pos: b.pos };
    consume(ctx, b);
  }
  const state: ReaderState = { responseKey: "" };
  /** Every field table with its place among the page's tables (1-based), for pages whose captions were lost. */
  const ordered: Array<{ table: FieldTable; ordinal: number }> = [];
  let tableCount = 0;
  const body = (): BodyParts => {
    if (state.section === "request") return read.request;
    let parts = read.responses.get(state.responseKey);
    if (!parts) read.responses.set(state.responseKey, (parts = { tables: [], examples: [] }));
    return parts;
  };

  for (const block of blocks.slice(titleIndex + 1)) {
    const role = classifyLabel(block, labels);
    const asText = (role?.kind === "crossReference" && state.section !== "statusCodes" && state.section !== "errorCodes") || (role?.kind === "prose" && state.section === "function");
    if (role && !asText) {
      onLabel(role, block);
      continue;
    }
    if (block.kind === "table") onTable(block);
    else if (block.kind === "code") onCode(block);
    else if (block.kind === "paragraph" || block.kind === "listItem") onText(block.text, block);
  }
  numberByOrder(ordered, ctx);
  return read;

  function onLabel(role: LabelRole, block: Block): void {
    switch (role.kind) {
      case "section":
        state.section = role.section;
        state.sub = role.examples ? (role.section === "request" ? "exampleRequest" : "exampleResponse") : undefined;
        state.nested = undefined;
        state.caption = undefined;
        state.inExamples = role.section === "examples";
        state.responseKey = "";
        if (role.section === "uri" && !read.uriSection) read.uriSection = block.pos;
        if (role.section === "other") return; // left unconsumed: the report lists what was not read
        break;
      case "unknownSection":
        state.section = "unknown";
        state.sub = undefined;
        sink.warn("huawei-unknown-section", `section ${JSON.stringify(role.title)} is not one the Huawei dialect reads; its content is left out`, block.pos);
        return;
      case "nested":
        state.nested = { name: role.name, pos: block.pos };
        state.caption = role.number;
        state.sub = role.kind;
        break;
      case "caption":
        state.caption = role.number;
        break;
      case "example":
        if (state.section === "uri" || state.section === "request") state.sub = "exampleRequest";
        else if (state.section === "response") state.sub = "exampleResponse";
        break;
      case "exampleRequest":
      case "exampleResponse":
        // Under "Example:", the bullet label says whose example follows; as a heading, it is a section.
        if (state.inExamples || (block.kind === "heading" && block.level <= 2) || isLostExampleHeading(role.kind, block, state.section)) {
          state.section = role.kind === "exampleRequest" ? "request" : "response";
          state.nested = undefined;
        }
        state.sub = role.kind;
        break;
      case "status":
        toStatus(role.code);
        break;
      case "none":
        if (state.section === "request" && state.sub !== "exampleRequest") read.request.none = block.pos;
        break;
      case "alternative":
      case "crossReference":
      case "prose":
        break;
      default:
        state.sub = role.kind;
        if (role.kind === "parameters" || role.kind === "headerParameters") state.nested = undefined;
        if (role.kind === "parameters") state.caption = role.number;
    }
    consume(ctx, block);
  }

  function onTable(table: TableBlock): void {
    // The permissions table under "Authorization Information": a section the dialect does not read (listed unconsumed,
    // with a note at its line), whose table the page does not number.
    if (state.section === "other") {
      sink.info("huawei-table-in-unread-section", `table with columns [${table.header.map((h) => h.text).join(", ")}] is in a section the dialect does not read (no API data)`, table.pos);
      return;
    }
    tableCount++;
    const kinds = headerKinds(table.header, labels);
    const shape = tableShape(kinds);
    const number = state.caption;
    state.caption = undefined;
    if (!kinds || !shape) {
      const message = `table with columns [${table.header.map((h) => h.text).join(", ")}] is not a parameter or status-code table`;
      if (state.section && STRONG_SECTIONS.has(state.section)) sink.error("huawei-unknown-table", message, table.pos);
      else sink.warn("huawei-unknown-table", message, table.pos);
      return;
    }
    if (shape === "status") {
      for (const row of table.rows) {
        const status = statusRow(
          row.cells.map((c) => c.text),
          kinds,
          row.pos,
          state.sub,
          ctx,
        );
        if (status) read.statusRows.push(status);
      }
      consume(ctx, table);
      return;
    }
    const fieldTable: FieldTable = { rows: fieldRows(table, kinds, ctx), pos: table.pos, ...(number !== undefined ? { number } : {}), ...(state.nested ? { of: state.nested } : {}) };
    ordered.push({ table: fieldTable, ordinal: tableCount });
    switch (state.section) {
      case "uri":
        read.uriTables.push(fieldTable);
        break;
      case "request":
        if (state.sub === "headerParameters") read.headerTables.push(fieldTable);
        else if (!state.nested && (isHeaderRows(fieldTable) || onlySecurityHeaders(table, kinds, labels))) {
          // A capture that lost the table's caption ("Request header parameters"): rows that are all HTTP headers
          // (`Content-Type`, `X-Auth-Token`) are the request's headers, not body fields; so is a table of the auth
          // header alone, whose row the security scheme carries (SecMaster zh-cn: no rows left to read).
          sink.info("huawei-header-table-by-names", `every row of this request table names an HTTP header; read as the request headers`, table.pos);
          read.headerTables.push(fieldTable);
        } else read.request.tables.push(fieldTable);
        break;
      case "response":
        if (state.sub === "headerParameters") {
          sink.info("huawei-response-headers", `response header table not written to the spec`, table.pos);
          return;
        }
        body().tables.push(fieldTable);
        break;
      default:
        sink.warn("huawei-table-outside-section", `parameter table outside the URI, Request and Response sections; left out`, table.pos);
        return;
    }
    consume(ctx, table);
  }

  function onCode(code: CodeBlock): void {
    const lines = code.text.split("\n");
    const status = matchTemplate(code.text.trim(), labels.statusCaption, "code", labels);
    if (status !== undefined && /^[1-5]\d\d$/.test(status) && state.section === "response") {
      // "STATUS CODE 200" printed as code before the example, read as the label "Status code: 200".
      toStatus(status);
      consume(ctx, code);
      return;
    }
    const none = matchTemplate(code.text.trim(), labels.noBodyStatus, "code", labels);
    if (none !== undefined && /^[1-5]\d\d$/.test(none) && state.section === "response") {
      // "None (STATUS CODE 204)": the example response says the normal status has no body.
      if (!read.normalCodes.some((c) => c.code === none)) read.normalCodes.push({ code: none, pos: code.pos });
      consume(ctx, code);
      return;
    }
    const nonEmpty = lines.map((l) => l.trim()).filter((l) => l !== "");
    const allLines = nonEmpty.map((l) => requestLine(l, code.pos));
    if (nonEmpty.length > 1 && allLines.every((l) => l !== undefined) && (state.section === "uri" || state.section === "request")) {
      // Several request lines in one example (one per API version).
      for (const l of allLines) takeRequestLine(l!);
      consume(ctx, code);
      return;
    }
    const line = requestLine(lines[0] ?? "", code.pos);
    if (line && (state.section === "uri" || state.section === "request")) {
      takeRequestLine(line);
      const rest = lines.slice(1).join("\n").trim();
      if (rest !== "") {
        const json = tryJson(rest);
        if (json.ok && state.section === "request") read.request.examples.push({ value: json.value, pos: code.pos });
        else sink.warn("huawei-unreadable-example", `example request body after the request line is not JSON; left out`, code.pos);
      }
      consume(ctx, code);
      return;
    }
    if (code.json !== undefined && (state.section === "request" || state.section === "response")) {
      body().examples.push({ value: code.json, pos: code.pos });
      consume(ctx, code);
      return;
    }
    if (state.section === "request" || state.section === "response") {
      sink.warn("huawei-unreadable-example", `example in the ${state.section} section is neither JSON nor a request line; left out`, code.pos);
    }
  }

  /**
   * What follows is the body of status `code`. Tables read before any status label, without an example
   * yet ("STATUS CODE 200" printed between the tables and their example), are that status's too.
   */
  function toStatus(code: string): void {
    const unlabelled = read.responses.get("");
    if (state.responseKey === "" && unlabelled && unlabelled.examples.length === 0 && unlabelled.tables.length > 0 && !read.responses.has(code) && Number(code) < 400) {
      read.responses.delete("");
      read.responses.set(code, unlabelled);
    }
    state.responseKey = code;
    state.nested = undefined;
  }

  /** Under URI a line is the operation's (unless it is the example); under Request an example, unless no URI line came before. */
  function takeRequestLine(line: RequestLine): void {
    if (state.sub === "exampleRequest" || (state.section === "request" && read.requestLines.length > 0)) read.exampleRequests.push(line);
    else read.requestLines.push(line);
  }

  /**
   * `POST https://{Endpoint}/v1/{project_id}/subnets { "subnet": { … } }`: a capture that printed the example request
   * and its body on one line. The line is the example's request line, the rest its body (reported when it is not JSON).
   */
  function lineThenBody(text: string, block: Block): void {
    const brace = /\s[{[]/.exec(text);
    const line = brace ? requestLine(text.slice(0, brace.index), block.pos) : undefined;
    if (!brace || !line) return;
    takeRequestLine(line);
    const json = tryJson(text.slice(brace.index + 1));
    if (json.ok && state.section === "request") read.request.examples.push({ value: json.value, pos: block.pos });
    else sink.warn("huawei-unreadable-example", `example request body after the request line (on the same line) is not JSON; left out`, block.pos);
    consume(ctx, block);
  }

  /** "PATH: /v1/…" and "Method: DELETE" (either order, the second completes the line); both blocks are read. */
  function lineFromLabelledParts(text: string, block: Block): RequestLine | undefined {
    const part = labelledUriPart(text, labels);
    if (!part) return undefined;
    const prev = state.uriPart;
    const merged = { ...(prev ?? {}), ...part };
    if (merged.path === undefined || merged.method === undefined) {
      state.uriPart = { ...merged, block };
      return undefined;
    }
    state.uriPart = undefined;
    if (prev) consume(ctx, prev.block);
    const pathBlock = "path" in part ? block : prev!.block;
    return requestLine(`${merged.method} ${merged.path}`, pathBlock.pos);
  }

  /** 'If status code "200 OK" is returned, …' (Response, or under a "Status code:" bullet): the normal status. */
  function successSentence(text: string, block: Block): boolean {
    const code = /^([1-5]\d\d)\b/.exec(matchTemplate(text, labels.successSentences, "code", labels) ?? "")?.[1];
    if (code === undefined) return false;
    if (!read.normalCodes.some((c) => c.code === code)) read.normalCodes.push({ code, pos: block.pos });
    consume(ctx, block);
    return true;
  }

  function onText(text: string, block: Block): void {
    switch (state.section) {
      case "function":
        // The API's name under an "API name" bullet is not description.
        if (state.sub === "apiName") state.sub = undefined;
        else read.description.push(text.trim());
        consume(ctx, block);
        return;
      case "uri":
      case "request": {
        const line = requestLine(text, block.pos) ?? lineFromLabelledParts(text, block);
        if (line) {
          takeRequestLine(line);
          consume(ctx, block);
          return;
        }
        lineThenBody(text, block);
        return;
      }
      case "response":
        successSentence(text, block);
        return;
      case "statusCodes":
        if (successSentence(text, block)) return;
        if (state.sub === "normal" || CODES_ONLY.test(text.trim())) {
          const codes = [...text.matchAll(/\b([1-5]\d\d)\b/g)].map((m) => m[1]!);
          if (codes.length === 0) return;
          for (const code of codes) read.normalCodes.push({ code, pos: block.pos });
          consume(ctx, block);
        }
        return;
      default:
        return;
    }
  }
}

/**
 * Captures that lost every table caption ("Table 3 server field description") still say "For details, see Table 3."
 * in their rows. The page numbers its tables in order, so the third table is Table 3: each field table is given the
 * number of its place, when no table kept its caption's number and every reference points forward (to a later
 * table, as the page's own numbering does). Reported once, as a note.
 */
function numberByOrder(ordered: ReadonlyArray<{ table: FieldTable; ordinal: number }>, ctx: HuaweiContext): void {
  if (ordered.length < 2 || ordered.some((o) => o.table.number !== undefined || o.table.of !== undefined)) return;
  const refs = ordered.flatMap((o) => o.table.rows.flatMap((r) => (r.refs ?? []).map((n) => ({ n: Number(n), from: o.ordinal }))));
  if (refs.length === 0 || refs.some((r) => !(r.n > r.from))) return;
  for (const o of ordered) o.table.number = String(o.ordinal);
  ctx.sink.info(
    "huawei-tables-numbered-by-order",
    `no table on the page has its caption ("Table N …"), but rows point to tables by number; each table is taken as the one its place on the page gives (the ${ordered.length} parameter tables are tables ${ordered.map((o) => o.ordinal).join(", ")})`,
    ordered[0]!.table.pos,
  );
}

/**
 * The page title: the first level-1 heading, else the first paragraph after any page furniture (the update date,
 * the breadcrumb, whose product is handed to `onProduct`).
 */
function findTitle(blocks: readonly Block[], ctx: HuaweiContext, onProduct: (product: { text: string; pos: Position }) => void): number {
  const h1 = blocks.findIndex((b) => b.kind === "heading" && b.level === 1);
  if (h1 >= 0) return h1;
  let k = 0;
  for (; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind !== "paragraph") break;
    const product = breadcrumbProduct(b.text, ctx.labels.breadcrumbRoots);
    if (product !== undefined) onProduct({ text: product, pos: b.pos });
    else if (matchTemplate(b.text, ctx.labels.pageChrome, "any", ctx.labels) === undefined) break;
    consume(ctx, b);
  }
  const first = blocks[k];
  if (first && (first.kind === "paragraph" || first.kind === "heading") && !classifyLabel(first, ctx.labels)) return k;
  ctx.sink.error("huawei-no-title", `the page does not start with its API title`, first?.pos ?? { page: ctx.page, line: 1 });
  return -1;
}

/** "Help Center/ Log Tank Service/ API Reference/ …" → "Log Tank Service"; undefined for any other text. */
function breadcrumbProduct(text: string, roots: readonly string[]): string | undefined {
  const segments = text.split(/\s*[/>›»]\s*/).map((s) => s.trim());
  if (segments.length < 3 || !roots.some((r) => r.toLowerCase() === segments[0]!.toLowerCase())) return undefined;
  return segments[1] || undefined;
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** `Content-Type`, `X-Auth-Token`, `X-Language`: a header name (capitalised words joined by `-`); body fields are snake_case or camelCase. */
export const HEADER_NAME = /^(?:X-)?[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)+$/;

function isHeaderRows(table: FieldTable): boolean {
  return table.rows.length > 0 && table.rows.every((r) => HEADER_NAME.test(r.name));
}

/** A table whose every row names an auth header (`X-Auth-Token`): `fieldRows` leaves them to the security scheme. */
function onlySecurityHeaders(table: TableBlock, kinds: readonly ColumnKind[], labels: HuaweiLabels): boolean {
  const name = kinds.indexOf("name");
  return name >= 0 && table.rows.length > 0 && table.rows.every((r) => matchesAny((r.cells[name]?.text ?? "").trim(), labels.securityHeaders, labels));
}

/** A title without the permalink mark a capture kept after it (`Creating a Widget¶`). */
function withoutPermalink(title: string, labels: HuaweiLabels): string {
  for (const mark of labels.headingPermalinks) if (title.endsWith(mark)) return title.slice(0, -mark.length).trimEnd();
  return title;
}
