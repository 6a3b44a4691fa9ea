/**
 * The parts of one API section: the description, the request line block (`METHOD /path` and header
 * lines), and the Request and Response parts, each with its field tables, its "no body" sentence and
 * its example. Nothing is interpreted here beyond recognising what each block is.
 */
import type { Block, Position, TableBlock } from "../../document/model.js";
import type { Example } from "./align-example.js";
import type { TableLayout } from "./columns.js";
import { bodyFieldLayout, dataTypeLayout, layoutFromCells, layoutOf } from "./columns.js";
import type { NhnContext } from "./context.js";
import { consume, lineText } from "./context.js";
import { escapeRegExp, isCombinedPartLabel, matchesAny } from "./labels.js";
import type { HeaderLine, MethodLine } from "./lines.js";
import { httpResponseBody, httpStatusOnly, parseHeaderLine, parseMethodLine } from "./lines.js";
import type { OutlineSection } from "./outline.js";
import { bracketedText, captionedLayout, captionOf, requestLineFromTable, wholeBodyLayout } from "./captions.js";
import type { FieldLocation } from "./field-table.js";
import { readResultCodeTable } from "./result-codes.js";
import type { ResultCode } from "../../api-model.js";

import type { PartName } from "./row-places.js";
import { isRequestUsageTable, requestLineNames, typeColumnAsFormat, withRowPlaces } from "./row-places.js";

export type { PartName };

export interface Part {
  label: Block;
  tables: PartTable[];
  /** "This API does not require a request body" / "… does not return a response body", and which body it names. */
  noBody?: { which: PartName; pos: Position };
  example?: Example;
  /** "Returns the same response as Get Image": the part is another API's, named in this sentence. */
  sameAs?: { text: string; block: Block };
  /** "This API responds with common information": the part is the page's common response, described there. */
  common?: { text: string; block: Block };
  /** "… return status code 204": the response's status code, and the paragraph saying so. */
  status?: { code: string; text: string; block: Block };
  /** Blocks of the part the dialect does not read. */
  unread: Block[];
  /** Result codes of the API listed in the part (a `| code | message | … |` table). */
  resultCodes?: ResultCode[];
  /** A cURL command line showing the request (not read: the request line and the tables describe it). */
  curl?: Block;
  /** `[Header]` over `{ "x-tc-app-key": "String" }`: the headers to send, by name, with a type word or a value each. */
  headerExample?: { value: Record<string, unknown>; pos: Position };
}

/** A field table of a part, with the bracketed caption right over it (`[Result]`, `[Header]`), known or not. */
export interface PartTable {
  table: TableBlock;
  layout: TableLayout;
  caption?: { text: string; block: Block };
}

export interface ApiParts {
  description: string[];
  requestLine?: MethodLine & { pos: Position };
  headers: Array<HeaderLine & { pos: Position }>;
  request?: Part;
  response?: Part;
}

export function collectApiParts(section: OutlineSection, ctx: NhnContext): ApiParts {
  const { labels, sink } = ctx;
  const parts: ApiParts = { description: [], headers: [] };
  let mode: "preamble" | PartName = "preamble";
  let lastRequestLine = -1;
  let combined = false;
  /** Where the rows of the next table are sent, from the caption over it (`[Path Parameter]`). */
  let captioned: FieldLocation | undefined;
  /** The bracketed caption right before the next block, known (`[Header]`) or not (`[Result]`): it may name an object of the example. */
  let lastCaption: PartTable["caption"];
  /** The level of an example heading inside the API ("#### Example of Sending …"): its blocks, up to the next heading as high, are not read. */
  let exampleLevel: number | undefined;
  /** The level of the last part heading ("#### Request"): an example heading as high as it is a section of examples. */
  let partLevel: number | undefined;
  /** The level of a description heading inside the API ("##### Description"): its prose, up to the next heading as high, describes the API. */
  let describingLevel: number | undefined;
  for (const block of section.blocks) {
    const captionOver = lastCaption;
    lastCaption = block.kind === "paragraph" ? bracketCaption(block) : undefined;
    if (describingLevel !== undefined) {
      if (block.kind === "heading" && block.level <= describingLevel) describingLevel = undefined;
      else if ((block.kind === "paragraph" || block.kind === "listItem") && !captionOf(block, labels)) {
        parts.description.push(block.kind === "listItem" ? `- ${block.text}` : block.text);
        consume(ctx, block);
        continue;
      }
    }
    if (block.kind === "heading" && block !== section.heading && mode !== "preamble" && matchesAny(block.title, labels.tableHeadings)) {
      // "###### Parameters" between "##### Request Body" and its table: the table's caption keeps applying.
      consume(ctx, block);
      continue;
    }
    if (block.kind === "heading" && block !== section.heading && mode === "preamble" && parts.requestLine && matchesAny(block.title, labels.tableHeadings)) {
      // The request line's table, then "##### Parameter" over the request's fields (Deploy guides): the Request part
      // without its label; where each row goes, its table and the request line say.
      mode = "request";
      parts.request ??= { label: block, tables: [], unread: [] };
      consume(ctx, block);
      continue;
    }
    if (block.kind === "heading" && block !== section.heading && matchesAny(block.title, labels.descriptionHeadings)) {
      describingLevel = block.level;
      consume(ctx, block);
      continue;
    }
    if (block.kind === "heading" && exampleLevel !== undefined && block.level > exampleLevel) {
      consume(ctx, block);
      continue;
    }
    if (exampleLevel !== undefined) {
      if (block.kind !== "heading") {
        consume(ctx, block);
        continue;
      }
      exampleLevel = undefined;
    }
    if (block.kind === "heading" && partLevel !== undefined && block.level <= partLevel && isExampleHeading(block.title, labels)) {
      // More examples of the API (request line, body and response of one case): the API is read from its parts above.
      sink.info("nhn-example-section-not-read", `${section.title}: the examples under "${block.title}" are not read`, block.pos);
      exampleLevel = block.level;
      consume(ctx, block);
      continue;
    }
    const text = lineText(block);
    if (block.kind === "table" && mode !== "response" && readRequestLineTable(block, parts, section, ctx)) continue;
    const caption = captionOf(block, labels);
    if (caption) {
      consume(ctx, block);
      // "##### Request Body": a caption heading stands where a part heading would; an example heading as high ends the part.
      if (block.kind === "heading") partLevel = block.level;
      if (caption.note) sink.info("nhn-caption-note", `${section.title}: the note after [${caption.text}] is not read: ${JSON.stringify(caption.note)}`, block.pos);
      combined = false;
      captioned = caption.kind === "location" ? caption.location : undefined;
      const part: PartName | undefined =
        caption.kind === "responseExample" ? "response" : (captionPart(caption.text, labels) ?? (mode === "preamble" && caption.kind === "location" ? "request" : undefined));
      if (part && part !== mode && !(part === "request" && mode === "response")) {
        // "[Path Parameter]" with no Request label before it, "[Response Body]" with no Response label.
        mode = part;
        parts[part] ??= { label: block, tables: [], unread: [] };
      }
      continue;
    }
    if (text !== undefined) {
      if (isCombinedPartLabel(text, labels)) {
        // "Request/Response" / "No request body. No response body.": both parts under one heading.
        parts.request ??= { label: block, tables: [], unread: [] };
        parts.response ??= { label: block, tables: [], unread: [] };
        mode = "request";
        combined = true;
        consume(ctx, block);
        continue;
      }
      if (combined && block.kind === "paragraph" && readCombinedSentences(block, parts, ctx)) continue;
      const label = partLabel(text, block);
      if (label) {
        if (block.kind === "heading") partLevel = block.level;
        combined = false;
        captioned = undefined;
        mode = label;
        if (parts[label]) sink.warn("nhn-repeated-part", `${section.title}: a second ${text} part; its content joins the first`, block.pos);
        parts[label] ??= { label: block, tables: [], unread: [] };
        consume(ctx, block);
        continue;
      }
      if (matchesAny(text, labels.example) || matchesAny(text, labels.disclosure)) {
        consume(ctx, block);
        continue;
      }
      if (mode !== "preamble" && block.kind === "paragraph" && readPartSentences(block, parts[mode]!, ctx)) continue;
    }
    // "* Note: This is the same as Common Response Body.": a part's sentences printed as a list item.
    if (mode !== "preamble" && block.kind === "listItem" && readPartSentences(block, parts[mode]!, ctx)) continue;
    if (
      mode === "preamble" &&
      block.kind === "table" &&
      layoutOf(
        block.header.map((c) => c.text),
        labels,
      )?.kind === "fields"
    ) {
      // A field table before any part label: the Request part without its label.
      mode = "request";
      parts.request ??= { label: block, tables: [], unread: [] };
    }
    if (mode === "preamble") {
      if (readRequestLines(block, parts, lastRequestLine, section, ctx)) {
        lastRequestLine = block.pos.line;
        continue;
      }
      if (block.kind === "paragraph" || block.kind === "listItem") {
        parts.description.push(block.kind === "listItem" ? `- ${block.text}` : block.text);
        consume(ctx, block);
      } else {
        sink.warn("nhn-unread-block", `${section.title}: ${block.kind} before the request line is not read`, block.pos);
      }
      continue;
    }
    if (mode === "request" && !parts.requestLine && block.kind !== "table" && readRequestLines(block, parts, lastRequestLine, section, ctx)) {
      // "#### Request" then "[URL]" over the `METHOD /path` block (Notification guides): the request line inside the part.
      lastRequestLine = block.pos.line;
      continue;
    }
    if (mode === "response" && block.kind === "table" && isRequestUsageTable(block, labels)) {
      sink.warn(
        "doc-request-table-in-response",
        `${section.title}: the table in the response part lists request fields (its Usage cells say whether each field is required); read as the request's`,
        block.pos,
      );
      readPartBlock(block, (parts.request ??= { label: block, tables: [], unread: [] }), "request", section, ctx, undefined, parts.requestLine);
      captioned = undefined;
      continue;
    }
    if ((block.kind === "listItem" || block.kind === "paragraph") && !captioned) {
      // `- Alarm <a id="…">` over the table of the `Alarm` type an earlier row of the part names (`[Alarm](#…)`,
      // `AlarmTarget[]`): that table's rows go where the earlier table's went (the example places them under the field).
      const named = typeTableCaption(block.text, parts[mode]!);
      if (named) {
        captioned = named;
        consume(ctx, block);
        continue;
      }
    }
    readPartBlock(block, parts[mode]!, mode, section, ctx, captioned, parts.requestLine, captionOver);
    if (block.kind === "table") captioned = undefined;
  }
  return parts;

  function partLabel(text: string, block: Block): PartName | undefined {
    if (matchesAny(text, labels.request)) return "request";
    if (matchesAny(text, labels.response)) return "response";
    // "**[Request]**" / "[リクエスト]": a part label printed as a bracketed caption line.
    const bracketed = block.kind === "paragraph" ? bracketedText(text) : undefined;
    if (bracketed !== undefined && matchesAny(bracketed, labels.request)) return "request";
    if (bracketed !== undefined && matchesAny(bracketed, labels.response)) return "response";
    // "##### Response (JSON)": a part heading with the body's format after it.
    const bare = block.kind === "heading" ? /^(.+?)\s*\([^()]+\)$/.exec(text.trim())?.[1] : undefined;
    if (bare !== undefined && matchesAny(bare, labels.request)) return "request";
    if (bare !== undefined && matchesAny(bare, labels.response)) return "response";
    // "#### Reponse": a heading one letter away from a part label of six letters or more is that label, reported.
    if (block.kind !== "heading") return undefined;
    const misspelt = misspeltPartLabel(block.title, labels);
    if (misspelt) sink.warn("doc-misspelt-label", `${section.title}: heading ${JSON.stringify(block.title)} read as the ${misspelt} label`, block.pos, { label: block.title, as: misspelt });
    return misspelt;
  }
}

/**
 * A field table without a caption in a Request part whose every row the request line names: all in its query
 * template (`?pageSize={pageSize}`), or all placeholders of its path. Undefined for any other table.
 */
function requestLinePlace(table: TableBlock, line: MethodLine | undefined, layoutAt: (location: FieldLocation) => TableLayout | undefined): TableLayout | undefined {
  if (!line) return undefined;
  const names = table.rows.map((r) => (r.cells[0]?.text ?? "").replace(/`/g, "").trim()).filter((n) => n !== "");
  if (names.length === 0) return undefined;
  const { query, path } = requestLineNames(line);
  const place = names.every((n) => query.has(n)) ? "query" : names.every((n) => path.has(n)) ? "path" : undefined;
  return place ? layoutAt(place) : undefined;
}

/** "Example", "Example of Sending Short SMS (…)", "예시": a heading that starts with an example label. */
function isExampleHeading(title: string, labels: NhnContext["labels"]): boolean {
  const words = title.trim().split(/\s+/);
  return matchesAny(words[0] ?? "", labels.example) || matchesAny(title, labels.example);
}

/** The part a one-word heading names with one letter dropped, added, changed or two swapped ("Reponse", "Reqeust"). */
function misspeltPartLabel(title: string, labels: NhnContext["labels"]): PartName | undefined {
  const t = title.trim().toLowerCase();
  if (/\s/.test(t)) return undefined;
  const near = (list: readonly string[]) => list.some((l) => l.length >= 6 && !/\s/.test(l) && withinOneEdit(t, l.toLowerCase()));
  return near(labels.request) ? "request" : near(labels.response) ? "response" : undefined;
}

/** Whether two words differ by at most one insertion, deletion, substitution or swap of neighbours. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The sentences of a paragraph in a part that the dialect reads: a "no body" sentence first ("This API
 * does not return a response body. …"), a status code anywhere ("… return status code 204"), or a
 * pointer to another API ("Returns the same response as Get Image"). False when it is none of them.
 */
function readPartSentences(block: Block & { kind: "paragraph" | "listItem" }, part: Part, ctx: NhnContext): boolean {
  const { labels } = ctx;
  const sentences = block.text.split(/(?<=[.。])\s+/).filter((t) => t.trim() !== "");
  const first = sentences[0] ?? "";
  const which = matchesAny(first, labels.noRequestBody) ? "request" : matchesAny(first, labels.noResponseBody) ? "response" : undefined;
  const code = statusCodeIn(block.text, labels.statusCodePhrases);
  if (which) part.noBody = { which, pos: block.pos };
  if (code) part.status = { code, text: block.text, block };
  if (which || code) {
    consume(ctx, block);
    return true;
  }
  const lower = block.text.toLowerCase();
  if (labels.commonResponse.some((p) => lower.includes(p.toLowerCase())) && !part.common) {
    part.common = { text: block.text, block };
    consume(ctx, block);
    return true;
  }
  if (labels.sameAs.some((p) => lower.includes(p.toLowerCase())) && !part.sameAs) {
    part.sameAs = { text: block.text, block };
    return true;
  }
  return false;
}

/** Under a "Request/Response" heading: each "no body" sentence marks its own part. False when none is one. */
function readCombinedSentences(block: Block & { kind: "paragraph" }, parts: ApiParts, ctx: NhnContext): boolean {
  const { labels } = ctx;
  let read = false;
  for (const sentence of block.text.split(/(?<=[.。])\s+/)) {
    const t = sentence.trim().replace(/[.。]$/, "");
    if (matchesAny(t, labels.noRequestBody)) parts.request!.noBody = { which: "request", pos: block.pos };
    else if (matchesAny(t, labels.noResponseBody)) parts.response!.noBody = { which: "response", pos: block.pos };
    else continue;
    read = true;
  }
  if (read) consume(ctx, block);
  return read;
}

/** "… return status code 204" → "204". */
function statusCodeIn(text: string, phrases: readonly string[]): string | undefined {
  const m = new RegExp(`(?:${phrases.map(escapeRegExp).join("|")})\\s*(?:is\\s+|of\\s+|:\\s*)?([1-5]\\d{2})\\b`, "i").exec(text);
  return m?.[1];
}

/** The layout of a field table with a misnamed column, reported; undefined when the cells do not tell. */
function misnamedLayout(table: TableBlock, section: OutlineSection, ctx: NhnContext): TableLayout | undefined {
  const found = layoutFromCells(
    table.header.map((c) => c.text),
    table.rows.map((r) => r.cells.map((c) => c.text)),
    ctx.labels,
  );
  if (!found) return undefined;
  for (const r of found.renamed) {
    ctx.sink.warn(
      "doc-column-label-differs",
      `${section.title}: the column ${JSON.stringify(r.label)} holds ${r.role} values (${ctx.labels.columns[r.role as "format"][0]}); read as that column`,
      table.pos,
      { label: r.label, role: r.role },
    );
  }
  return found.layout;
}

/** One warning per table with columns read as notes, naming them. */
function reportNotes(table: TableBlock, layout: TableLayout, section: OutlineSection, ctx: NhnContext): void {
  // A column the vocabulary names as notes (`Note`, `비고`) is read as such: nothing to report.
  const notes = layout.roles.flatMap((r, k) => (r === "note" && !matchesAny(table.header[k]?.text.trim() ?? "", ctx.labels.columns.note) ? [table.header[k]?.text.trim() ?? ""] : []));
  if (notes.length === 0) return;
  ctx.sink.warn(
    "nhn-unknown-column",
    `${section.title}: the ${notes.length === 1 ? "column" : "columns"} ${notes.map((n) => JSON.stringify(n)).join(", ")} ${notes.length === 1 ? "is" : "are"} not one the dialect reads; ${notes.length === 1 ? "its" : "their"} cells are kept in the field descriptions`,
    table.pos,
    { columns: notes },
  );
}

/** `METHOD /path` and the header lines right after it (one fenced block, or adjacent lines). */
function readRequestLines(block: Block, parts: ApiParts, lastLine: number, section: OutlineSection, ctx: NhnContext): boolean {
  const all = block.kind === "paragraph" ? [block.text] : block.kind === "code" && block.json === undefined ? block.text.trim().split("\n") : [];
  // `PUT /{bucket} HTTP/1.1`, a blank line, then the body (`<?xml …`, `Body`): the HTTP request as printed.
  const blank = all.findIndex((l) => l.trim() === "");
  const body = blank >= 0 ? all.slice(blank + 1).filter((l) => l.trim() !== "") : [];
  const lines = (blank >= 0 ? all.slice(0, blank) : all).filter((l) => l.trim() !== "");
  if (lines.length === 0) return false;
  const method = parseMethodLine(lines[0]!);
  const isHeaderAfterMethod = block.kind === "paragraph" && parts.requestLine !== undefined && block.pos.line === lastLine + 1 && parseHeaderLine(lines[0]!) !== undefined;
  if (!method && !isHeaderAfterMethod) return false;
  if (method) {
    if (parts.requestLine) {
      ctx.sink.warn("nhn-second-request-line", `${section.title}: a second request line ${JSON.stringify(lines[0])}; the first one is used`, block.pos);
      return false;
    }
    parts.requestLine = { ...method, pos: block.pos };
    if (method.otherMethods) {
      const others = method.otherMethods.map((m) => m.toUpperCase()).join(", ");
      ctx.sink.warn(
        "nhn-several-methods",
        `${section.title}: the request line names the methods ${method.method.toUpperCase()}, ${others} for one path; read as ${method.method.toUpperCase()}, the ${others} operation is not written`,
        block.pos,
        { methods: [method.method, ...method.otherMethods] },
      );
    }
  }
  for (const line of method ? lines.slice(1) : lines) {
    const header = parseHeaderLine(line);
    if (header) parts.headers.push({ ...header, pos: block.pos });
    else ctx.sink.warn("nhn-unread-request-line", `${section.title}: line ${JSON.stringify(line)} of the request block is not a header line`, block.pos);
  }
  if (method && body.length > 0) {
    ctx.sink.warn(
      "nhn-request-block-body",
      `${section.title}: the body printed after the request line (${body.length} line${body.length > 1 ? "s" : ""}, from ${JSON.stringify(body[0]!.trim())}) is not read`,
      block.pos,
      {
        lines: body.length,
      },
    );
  }
  consume(ctx, block);
  return true;
}

/** A `| Method | URI |` table: the request line (its first row; further rows are reported). False for any other table. */
function readRequestLineTable(table: TableBlock, parts: ApiParts, section: OutlineSection, ctx: NhnContext): boolean {
  const row = requestLineFromTable(table, ctx.labels);
  if (!row) return false;
  consume(ctx, table);
  if (parts.requestLine) {
    ctx.sink.warn("nhn-second-request-line", `${section.title}: a second request line ${row.line.method.toUpperCase()} ${row.line.path}; the first one is used`, row.pos);
    return true;
  }
  parts.requestLine = { ...row.line, pos: row.pos };
  for (const pos of row.extra) ctx.sink.warn("nhn-second-request-line", `${section.title}: the request line table has a further row; the first one is used`, pos);
  return true;
}

/** The part a caption names by its first word ("Response Body" → response), if it names one. */
function captionPart(text: string, labels: NhnContext["labels"]): PartName | undefined {
  const first = text.split(" ")[0] ?? "";
  if (matchesAny(first, labels.response)) return "response";
  if (matchesAny(first, labels.request)) return "request";
  return undefined;
}

/**
 * The location of the rows of the table a line introduces when the line is a type name some field table of the part
 * gives in its type column (`Alarm` for `[Alarm](#…)`, `AlarmTarget` for `AlarmTarget[]`): where that table's rows
 * went. Undefined for any other line.
 */
function typeTableCaption(text: string, part: Part): FieldLocation | undefined {
  const name = text.trim();
  if (!/^[A-Za-z][\w]*$/.test(name)) return undefined;
  for (const t of part.tables) {
    const at = t.layout.roles.indexOf("format");
    if (at < 0) continue;
    const named = t.table.rows.some((r) => (r.cells[at]?.text ?? "").replace(/`/g, "").trim().replace(/\[\]$/, "") === name);
    if (named) return t.layout.location ?? "body";
  }
  return undefined;
}

/** `[Result]` alone on a paragraph: its text and block. */
function bracketCaption(block: Block & { kind: "paragraph" }): PartTable["caption"] {
  const text = bracketedText(block.text);
  return text !== undefined ? { text, block } : undefined;
}

function readPartBlock(block: Block, part: Part, name: PartName, section: OutlineSection, ctx: NhnContext, captioned?: FieldLocation, requestLine?: MethodLine, caption?: PartTable["caption"]): void {
  const over = caption ? { caption } : {};
  if (block.kind === "table") {
    const header = block.header.map((c) => c.text);
    const cells = () => block.rows.map((r) => r.cells.map((c) => c.text));
    const dataTyped = (location: FieldLocation): TableLayout | undefined => {
      const layout = dataTypeLayout(header, cells(), ctx.labels);
      return layout ? { ...layout, location } : undefined;
    };
    // A table with a column that can only be the location (`| Name | In | Type | … |`) says where its rows go itself.
    const ownLocation = header.some((h) => matchesAny(h, ctx.labels.columns.locationOnly)) ? layoutOf(header, ctx.labels) : undefined;
    const underCaption =
      captioned && ownLocation?.kind !== "fields"
        ? (captionedLayout(header, captioned, ctx.labels, { notes: true }, cells()) ?? wholeBodyLayout(block, captioned, ctx.labels) ?? dataTyped(captioned))
        : undefined;
    if (underCaption) {
      reportNotes(block, underCaption, section, ctx);
      part.tables.push({ table: block, layout: underCaption, ...over });
      consume(ctx, block);
      return;
    }
    const bodyOnly = name === "response" && !layoutOf(header, ctx.labels) ? bodyFieldLayout(header, ctx.labels) : undefined;
    if (bodyOnly) ctx.sink.warn("doc-table-without-location", `${section.title}: the response table has no Type (location) column; every row is read as a Body field`, block.pos);
    // Under a location caption the caption says where rows go: guessing roles from the cells (a Type column read as
    // the location) would read every row wrongly, so a table the caption's layout refuses is reported whole.
    let codes: ResultCode[] | undefined;
    const typeAsFormat = captioned ? undefined : typeColumnAsFormat(header, cells(), ctx.labels);
    const layout =
      typeAsFormat ??
      layoutOf(header, ctx.labels) ??
      bodyOnly ??
      (captioned ? undefined : misnamedLayout(block, section, ctx)) ??
      layoutOf(header, ctx.labels, { notes: true }) ??
      // `| Value | Type | Description |` of data types in a Response part: every row is a body field; in a Request
      // part, the request line says where, when it names every row (`?pageSize={pageSize}&pageNum={pageNum}`).
      (captioned ? undefined : name === "response" ? dataTyped("body") : requestLinePlace(block, requestLine, dataTyped));
    if (layout?.kind === "fields") {
      reportNotes(block, layout, section, ctx);
      part.tables.push({ table: block, layout: withRowPlaces(layout, name, captioned, requestLine, layout === typeAsFormat), ...over });
      consume(ctx, block);
    } else if (!layout && (codes = readResultCodeTable(block, ctx.labels, caption?.text))) {
      (part.resultCodes ??= []).push(...codes);
      consume(ctx, block);
      if (caption) {
        // `[ResultCode]` over the table: its caption, not prose of the part.
        part.unread = part.unread.filter((b) => b !== caption.block);
        consume(ctx, caption.block);
      }
    } else if (layout) {
      ctx.sink.warn("nhn-unread-block", `${section.title}: a ${layout.kind} table inside an API is not read (status tables belong in their own section)`, block.pos);
    } else {
      ctx.sink.error(
        "nhn-unknown-table",
        `${section.title}: table with columns [${block.header.map((c) => c.text).join(", ")}] is not a field table (Name | Type | Format | Required | Description)`,
        block.pos,
      );
      part.unread.push(block);
    }
    return;
  }
  if (block.kind === "code" && block.json === undefined && /^curl\s/.test(block.text.trim())) {
    // A cURL command line: the request once more, as a shell command (the request line and the tables describe it).
    ctx.sink.info("nhn-curl-example-not-read", `${section.title}: the cURL example is not read`, block.pos);
    part.curl ??= block;
    consume(ctx, block);
    return;
  }
  if (block.kind === "code" && block.json === undefined && captioned === "body" && matchesAny(block.text, ctx.labels.noDefaultValues)) {
    // `##### Request Body` over a block saying `N/A`: the part has no body.
    part.noBody = { which: name, pos: block.pos };
    consume(ctx, block);
    return;
  }
  if (block.kind === "code" && block.json !== undefined && captioned !== undefined && captioned !== "body") {
    const json = block.json;
    if (captioned === "header" && json !== null && typeof json === "object" && !Array.isArray(json) && Object.values(json).every((v) => typeof v === "string") && !part.headerExample) {
      // `[Header]` over `{ "x-tc-app-key": "String" }`: the headers the request sends (a table of them, when there is one, describes them).
      part.headerExample = { value: json as Record<string, unknown>, pos: block.pos };
      consume(ctx, block);
      return;
    }
    // `[Query]` over `{ "page": 1 }` then the query table: the values to send, not the body's example.
    ctx.sink.info("nhn-parameter-example", `${section.title}: the ${captioned} example is not read (the table after it lists the fields)`, block.pos);
    consume(ctx, block);
    return;
  }
  const bare = block.kind === "code" && block.json === undefined && name === "response" && !part.status ? httpStatusOnly(block.text) : undefined;
  if (bare) {
    // `HTTP/1.1 200 OK` and header lines, no body (object-storage guides): the status, and no response body.
    part.status = { code: bare.code, text: block.kind === "code" ? block.text : "", block };
    part.noBody ??= { which: "response", pos: block.pos };
    if (bare.headers.length > 0)
      ctx.sink.warn("nhn-response-headers-not-read", `${section.title}: the response header lines ${bare.headers.map((h) => JSON.stringify(h)).join(", ")} are not read`, block.pos, {
        headers: bare.headers,
      });
    consume(ctx, block);
    return;
  }
  const http = block.kind === "code" && block.json === undefined && name === "response" ? httpResponseBody(block.text) : undefined;
  if (http !== undefined && !part.example) {
    // `HTTP/1.1 200 OK`, its headers, a blank line, then the JSON body: the body is the part's example.
    ctx.sink.info("nhn-example-from-http-response", `${section.title}: the example is the JSON body of the HTTP response printed here`, block.pos);
    part.example = { value: http, pos: block.pos };
    consume(ctx, block);
    return;
  }
  if (block.kind === "code" && block.json !== undefined) {
    if (part.example) {
      ctx.sink.warn("nhn-second-example", `${section.title}: a second example in one part; the first one is used`, block.pos);
      part.unread.push(block);
      return;
    }
    part.example = { value: block.json, pos: block.pos };
    consume(ctx, block);
    return;
  }
  part.unread.push(block);
}
