/**
 * HTML front end: a published documentation page (HTML) → document blocks, using cheerio (parse5) with
 * source locations, so every block carries the line of the element it came from.
 *
 * The page is only parsed, never executed: scripts, styles and templates are skipped, nothing is loaded.
 */
import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import type { DiagnosticSink } from "../../core/diagnostics.js";
import type { Limits } from "../../core/limits.js";
import { DEFAULT_LIMITS, limitHint } from "../../core/limits.js";
import type { Block, DocumentTree, TableCell, TableRow } from "./model.js";
import { cellRow } from "./model.js";
import { flattenDeepHtml } from "./html-depth.js";
import { splitNumberedTitle } from "./model.js";
import { ANNOTATED_JSON_MESSAGE, readJsonExample } from "./json-example.js";

const SKIPPED = new Set(["script", "style", "noscript", "template", "head", "nav", "header", "footer", "svg", "button", "form", "iframe", "object"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "br",
  "cite",
  "code",
  "data",
  "dfn",
  "em",
  "i",
  "kbd",
  "mark",
  "q",
  "s",
  "samp",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
  "u",
  "var",
  "wbr",
  "del",
  "ins",
  "img",
  "label",
]);
export function parseHtmlPage(page: string, source: string, sink: DiagnosticSink, limits: Limits = DEFAULT_LIMITS): DocumentTree {
  const { html, firstCutLine } = flattenDeepHtml(source, limits.elementDepth);
  if (firstCutLine !== undefined) sink.error("html-too-deep", tooDeep(limits), { page, line: firstCutLine }, { limit: "elementDepth" });
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const blocks: Block[] = [];
  const body = $("body")[0] ?? $.root()[0];
  const ctx: WalkContext = { page, blocks, sink, limits, depthWarned: firstCutLine !== undefined };
  if (body) walkChildren(ctx, body, 0);
  return { page, blocks };
}

interface WalkContext {
  page: string;
  blocks: Block[];
  sink: DiagnosticSink;
  limits: Limits;
  depthWarned: boolean;
}

function tooDeep(limits: Limits): string {
  return `element nesting deeper than ${limits.elementDepth} levels; the rest of this subtree is read as text; ${limitHint("elementDepth", limits)}`;
}

/**
 * Line of a node: its `data-source-line` (set when the HTML was rendered from markdown, nearest
 * ancestor's if it has none), else the line parse5 recorded in the HTML source.
 */
function lineOf(node: AnyNode | undefined): number {
  for (let n: AnyNode | null | undefined = node, k = 0; n && k < 8; n = n.parent, k++) {
    const attr = (n as Element).attribs?.["data-source-line"];
    if (attr !== undefined && /^\d+$/.test(attr)) return Number(attr);
  }
  const loc = (node as { sourceCodeLocation?: { startLine?: number } } | undefined)?.sourceCodeLocation;
  return loc?.startLine ?? 1;
}

function walkChildren(ctx: WalkContext, parent: AnyNode, depth: number): void {
  if (depth > ctx.limits.elementDepth) {
    if (!ctx.depthWarned) {
      ctx.sink.error("html-too-deep", tooDeep(ctx.limits), { page: ctx.page, line: lineOf(parent) }, { limit: "elementDepth" });
      ctx.depthWarned = true;
    }
    pushParagraphs(ctx, inlineText(parent), lineOf(parent));
    return;
  }
  const children = "children" in parent ? (parent.children as AnyNode[]) : [];
  let run: AnyNode[] = [];
  const flush = () => {
    if (run.length === 0) return;
    pushParagraphs(ctx, run.map(inlineText).join(""), lineOf(run.find((n) => n.type === "tag") ?? run[0]));
    run = [];
  };
  for (const child of children) {
    if (child.type === "text") {
      run.push(child);
      continue;
    }
    if (child.type !== "tag") continue; // comments, directives, scripts, styles (typed separately)
    const el = child as Element;
    const name = el.name.toLowerCase();
    if (SKIPPED.has(name)) continue;
    if (INLINE.has(name)) {
      run.push(el);
      continue;
    }
    flush();
    blockElement(ctx, el, name, depth);
  }
  flush();
}

function blockElement(ctx: WalkContext, el: Element, name: string, depth: number): void {
  const line = lineOf(el);
  const pos = { page: ctx.page, line };
  if (HEADINGS.has(name)) {
    const text = normalise(inlineText(el)).replace(/\n/g, " ").trim();
    if (text === "") return;
    const numbered = splitNumberedTitle(text);
    ctx.blocks.push({ kind: "heading", ...(numbered ? { number: numbered.number, title: numbered.title } : { title: text }), level: Number(name[1]), pos });
    return;
  }
  if (name === "p") {
    pushParagraphs(ctx, inlineText(el), line);
    return;
  }
  if (name === "pre") {
    const code = (el.children ?? []).find((c): c is Element => c.type === "tag" && (c as Element).name === "code");
    const cls = (code?.attribs?.class ?? el.attribs?.class ?? "").split(/\s+/).find((c) => c.startsWith("language-"));
    const text = textContent(el).replace(/\r\n?/g, "\n").replace(/^\n+/, "").trimEnd();
    pos.line = lineOf(code ?? el);
    const lang = cls?.slice("language-".length);
    let json: unknown;
    let parsed = false;
    if (lang === undefined || lang === "json") {
      const reading = readJsonExample(text);
      parsed = reading.ok && /^[[{]/.test(text.trim());
      if (reading.ok && parsed) {
        json = reading.value;
        if (reading.annotated) ctx.sink.info("json-example-annotated", ANNOTATED_JSON_MESSAGE, { ...pos });
      }
    }
    ctx.blocks.push({ kind: "code", text, ...(lang ? { lang } : parsed ? { lang: "json" } : {}), ...(parsed ? { json } : {}), pos });
    return;
  }
  if (name === "table") {
    const table = tableBlock(ctx.page, el);
    ctx.blocks.push(table);
    // A markdown line right after a table, without a blank line between, is one more row of it (`[Path Variable]`
    // under a request-line table): a last row of one bracketed caption and empty cells is that line, a paragraph.
    const captions: TableRow[] = [];
    while (table.header.length > 1 && table.rows.length > 0 && isCaptionRow(table.rows[table.rows.length - 1]!)) captions.unshift(table.rows.pop()!);
    for (const row of captions) ctx.blocks.push({ kind: "paragraph", text: row.cells[0]!.text, pos: row.pos });
    return;
  }
  if (name === "li") {
    if (hasBlockChild(el)) {
      // An item holding tables or code (Huawei's export nests whole sections in list items): read as a container.
      walkChildren(ctx, el, depth + 1);
      return;
    }
    const own = (el.children ?? []).filter((c) => !(c.type === "tag" && ["ul", "ol"].includes((c as Element).name)));
    const text = normalise(own.map(inlineText).join("")).replace(/\n/g, " ").trim();
    if (text !== "") ctx.blocks.push({ kind: "listItem", text, pos });
    for (const c of el.children ?? []) {
      if (c.type === "tag" && ["ul", "ol"].includes((c as Element).name)) walkChildren(ctx, c, depth + 1);
    }
    return;
  }
  walkChildren(ctx, el, depth + 1);
}

function hasBlockChild(el: Element): boolean {
  return (el.children ?? []).some((c) => c.type === "tag" && ["table", "pre", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"].includes((c as Element).name));
}

function tableBlock(page: string, table: Element) {
  const $rows: Element[] = [];
  const collect = (node: AnyNode, depth: number) => {
    if (depth > 4) return;
    for (const c of "children" in node ? (node.children as AnyNode[]) : []) {
      if (c.type !== "tag") continue;
      const n = (c as Element).name;
      if (n === "tr") $rows.push(c as Element);
      else if (n === "thead" || n === "tbody" || n === "tfoot") collect(c, depth + 1);
    }
  };
  collect(table, 0);
  const rows = spanGrid(page, $rows);
  // The first row is the header (thead, or a row of th; a table without either uses its first row too).
  const header = rows.shift()?.cells ?? [];
  return { kind: "table" as const, header, rows, pos: { page, line: lineOf(table) } };
}

/** The largest `rowspan` / `colspan` read (a larger one is a typo); `rowspan="0"` (to the table's end) is read as this too. */
const MAX_SPAN = 1000;

/**
 * The rows of a table as a grid: a cell with `rowspan` or `colspan` is repeated in each further row and column it
 * covers (`spanned`, at the spanning cell's line), so the cells after it keep their columns. Without this, the row
 * under `<td rowspan="2">kind</td>` would read its description as the name.
 */
function spanGrid(page: string, trs: readonly Element[]): TableRow[] {
  /** Column → the cell spanning into it from a row above, and how many more rows it covers. */
  const carried = new Map<number, { cell: TableCell; rows: number }>();
  return trs.map((tr) => {
    const cells: TableCell[] = [];
    const place = () => {
      for (let c = carried.get(cells.length); c; c = carried.get(cells.length)) {
        cells.push({ ...c.cell, spanned: true });
        if (--c.rows === 0) carried.delete(cells.length - 1);
      }
    };
    for (const el of tr.children ?? []) {
      if (el.type !== "tag" || !["td", "th"].includes((el as Element).name)) continue;
      place();
      const cell: TableCell = { text: cellText(el as Element), pos: { page, line: lineOf(el) } };
      const cols = span((el as Element).attribs?.colspan, 1);
      const rows = span((el as Element).attribs?.rowspan, MAX_SPAN);
      for (let k = 0; k < cols; k++) {
        if (rows > 1) carried.set(cells.length, { cell, rows: rows - 1 });
        cells.push(k === 0 ? cell : { ...cell, spanned: true });
      }
    }
    place();
    // A row ending before a column spanned into it: that span still covers this row.
    for (const [col, c] of carried) if (col > cells.length && --c.rows === 0) carried.delete(col);
    return cellRow(cells, { page, line: lineOf(tr) });
  });
}

/** A `rowspan` / `colspan` value: a whole number up to `MAX_SPAN`, `zero` for 0, 1 when absent or unreadable. */
function span(value: string | undefined, zero: number): number {
  const n = value !== undefined && /^\s*\d+\s*$/.test(value) ? Number(value) : 1;
  return n === 0 ? zero : Math.min(n, MAX_SPAN);
}

/** A row whose first cell is one bracketed caption (`[Path Variable]`) and whose other cells are empty. */
function isCaptionRow(row: TableRow): boolean {
  const [first, ...rest] = row.cells;
  return first !== undefined && /^\[[^[\]]+\]$/.test(first.text) && rest.every((c) => c.text === "");
}

/** Cell text: inline content, with `<br>` and block children as line breaks. */
function cellText(cell: Element): string {
  return normalise(inlineText(cell)).trim();
}

function pushParagraphs(ctx: WalkContext, raw: string, line: number): void {
  for (const part of normalise(raw).split("\n")) {
    const text = part.trim();
    if (text !== "") ctx.blocks.push({ kind: "paragraph", text, pos: { page: ctx.page, line } });
  }
}

/** Text of a node with `<br>` and block-level descendants rendered as newlines. */
function inlineText(node: AnyNode): string {
  const out: string[] = [];
  const stack: Array<AnyNode | string> = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (typeof n === "string") {
      out.push(n);
      continue;
    }
    if (n.type === "text") {
      out.push((n as unknown as { data: string }).data.replace(/[ \t\n\r\f]+/g, " "));
      continue;
    }
    if (n.type !== "tag" && n.type !== "root") continue;
    const el = n as Element;
    const name = el.name?.toLowerCase();
    if (name && SKIPPED.has(name)) continue;
    if (name === "br") {
      out.push("\n");
      continue;
    }
    const isBlock = name !== undefined && !INLINE.has(name) && n !== node;
    if (isBlock) stack.push("\n");
    const kids = el.children ?? [];
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
    if (isBlock) stack.push("\n");
  }
  return out.join("");
}

function textContent(node: AnyNode): string {
  const out: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === "text") out.push((n as unknown as { data: string }).data);
    const kids = "children" in n ? (n.children as AnyNode[]) : [];
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return out.join("");
}

function normalise(text: string): string {
  return text
    .replace(/\u00a0/g, " ")
    .replace(/[ \t\f\v\r]+/g, " ")
    .replace(/ ?\n ?/g, "\n"); // runs of spaces are single spaces by now
}
