/**
 * The parts of one API section: the description, the request line block (`METHOD /path` and header
 * lines), and the Request and Response parts, each with its field tables, its "no body" sentence and
 * its example. Nothing is interpreted here beyond recognising what each block is.
 */
import type { Block, Position, TableBlock } from "../../document/model.js";
import type { Example } from "./align-example.js";
import type { TableLayout } from "./columns.js";
import { layoutOf } from "./columns.js";
import type { NhnContext } from "./context.js";
import { consume, lineText } from "./context.js";
import { matchesAny } from "./labels.js";
import type { HeaderLine, MethodLine } from "./lines.js";
import { parseHeaderLine, parseMethodLine } from "./lines.js";
import type { OutlineSection } from "./outline.js";

export type PartName = "request" | "response";

export interface Part {
  label: Block;
  tables: Array<{ table: TableBlock; layout: TableLayout }>;
  /** "This API does not require a request body" / "… does not return a response body", and which body it names. */
  noBody?: { which: PartName; pos: Position };
  example?: Example;
  /** Blocks of the part the dialect does not read. */
  unread: Block[];
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
  for (const block of section.blocks) {
    const text = lineText(block);
    if (text !== undefined) {
      const label = partLabel(text);
      if (label) {
        mode = label;
        if (parts[label]) sink.warn("nhn-repeated-part", `${section.title}: a second ${text} part; its content joins the first`, block.pos);
        parts[label] ??= { label: block, tables: [], unread: [] };
        consume(ctx, block);
        continue;
      }
      if (matchesAny(text, labels.example)) {
        consume(ctx, block);
        continue;
      }
      const which = matchesAny(text, labels.noRequestBody) ? "request" : matchesAny(text, labels.noResponseBody) ? "response" : undefined;
      if (which && mode !== "preamble") {
        parts[mode]!.noBody = { which, pos: block.pos };
        consume(ctx, block);
        continue;
      }
    }
    if (mode === "preamble" && block.kind === "table" && layoutOf(block.header.map((c) => c.text), labels)?.kind === "fields") {
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
    readPartBlock(block, parts[mode]!, section, ctx);
  }
  return parts;

  function partLabel(text: string): PartName | undefined {
    if (matchesAny(text, labels.request)) return "request";
    if (matchesAny(text, labels.response)) return "response";
    return undefined;
  }
}

/** `METHOD /path` and the header lines right after it (one fenced block, or adjacent lines). */
function readRequestLines(block: Block, parts: ApiParts, lastLine: number, section: OutlineSection, ctx: NhnContext): boolean {
  const lines = block.kind === "paragraph" ? [block.text] : block.kind === "code" && block.json === undefined ? block.text.split("\n").filter((l) => l.trim() !== "") : [];
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
  }
  for (const line of method ? lines.slice(1) : lines) {
    const header = parseHeaderLine(line);
    if (header) parts.headers.push({ ...header, pos: block.pos });
    else ctx.sink.warn("nhn-unread-request-line", `${section.title}: line ${JSON.stringify(line)} of the request block is not a header line`, block.pos);
  }
  consume(ctx, block);
  return true;
}

function readPartBlock(block: Block, part: Part, section: OutlineSection, ctx: NhnContext): void {
  if (block.kind === "table") {
    const layout = layoutOf(block.header.map((c) => c.text), ctx.labels);
    if (layout?.kind === "fields") {
      part.tables.push({ table: block, layout });
      consume(ctx, block);
    } else if (layout) {
      ctx.sink.warn("nhn-unread-block", `${section.title}: a ${layout.kind} table inside an API is not read (status tables belong in their own section)`, block.pos);
    } else {
      ctx.sink.error("nhn-unknown-table", `${section.title}: table with columns [${block.header.map((c) => c.text).join(", ")}] is not a field table (Name | Type | Format | Required | Description)`, block.pos);
      part.unread.push(block);
    }
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
