/**
 * Text front end: a text or markdown capture of a documentation page → document blocks.
 *
 * Recognises numbered headings ("3.1.4 - CreateBucket"), pipe tables (with or without the `|---|`
 * separator), fenced code, unfenced JSON (a line starting with `{` or `[` whose brackets balance within
 * a bounded number of lines and that parses), list items and paragraphs. Every block keeps its line.
 */
import type { DiagnosticSink } from "../diagnostics.js";
import type { Block, DocumentTree, TableCell, TableRow } from "./model.js";
import { splitNumberedTitle } from "./model.js";

export interface TextFrontendOptions {
  /** Longest unfenced JSON block, in lines, before it is given up as JSON. */
  maxJsonLines?: number;
}

const SEPARATOR_ROW = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const FENCE = /^(`{3,}|~{3,})\s*([\w+-]*)\s*$/;
/** List markers: `-`, `*`, `+`, and the `•` of captured rendered pages. */
const LIST_ITEM = /^[-*+\u2022]\s+(.*)$/;

export function parseTextPage(page: string, source: string, sink: DiagnosticSink, options: TextFrontendOptions = {}): DocumentTree {
  const maxJsonLines = options.maxJsonLines ?? 20000;
  // Most captures use "\n" only: splitting on a string is cheaper than on the line-break pattern.
  const lines = source.includes("\r") ? source.split(/\r\n|\n|\r/) : source.split("\n");
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const raw = lines[i]!;
    const line = raw.trim();
    const lineNo = i + 1;
    if (line === "") {
      i++;
      continue;
    }
    const first = line.charCodeAt(0);
    const fence = first === 96 || first === 126 ? FENCE.exec(line) : null;
    if (fence) {
      const close = findFenceEnd(lines, i + 1, fence[1]!);
      const body = lines.slice(i + 1, close).join("\n");
      if (close >= lines.length) {
        sink.warn("text-unclosed-fence", `code fence opened here is never closed`, { page, line: lineNo });
      }
      blocks.push(codeBlock(page, lineNo, body, fence[2] || undefined));
      i = Math.min(close + 1, lines.length);
      continue;
    }
    if (line.startsWith("|")) {
      let end = i;
      while (end < lines.length && lines[end]!.trim().startsWith("|")) end++;
      blocks.push(parseTable(page, lines, i, end));
      i = end;
      continue;
    }
    if (line.startsWith("{") || line.startsWith("[")) {
      const end = findJsonEnd(lines, i, maxJsonLines);
      if (end !== undefined) {
        const text = lines.slice(i, end + 1).join("\n").trim();
        const json = tryParseJson(text);
        if (json.ok) {
          blocks.push({ kind: "code", text, lang: "json", json: json.value, pos: { page, line: lineNo } });
          i = end + 1;
          continue;
        }
        if (line === "{" || line === "[") {
          sink.warn("text-invalid-json", `JSON example does not parse: ${json.error}`, { page, line: lineNo });
          blocks.push({ kind: "code", text, pos: { page, line: lineNo } });
          i = end + 1;
          continue;
        }
      }
    }
    const numbered = first >= 48 && first <= 57 ? splitNumberedTitle(line) : undefined;
    if (numbered) {
      blocks.push({ kind: "heading", number: numbered.number, title: numbered.title, level: 1, pos: { page, line: lineNo } });
      i++;
      continue;
    }
    const item = first === 45 || first === 42 || first === 43 || first === 0x2022 ? LIST_ITEM.exec(line) : null;
    if (item) {
      blocks.push({ kind: "listItem", text: item[1]!.trim(), pos: { page, line: lineNo } });
      i++;
      continue;
    }
    blocks.push({ kind: "paragraph", text: line, pos: { page, line: lineNo } });
    i++;
  }
  return { page, blocks };
}

function codeBlock(page: string, line: number, text: string, lang: string | undefined): Block {
  const json = lang === undefined || lang === "json" ? tryParseJson(text.trim()) : { ok: false as const, error: "" };
  return {
    kind: "code",
    text,
    ...(lang ? { lang } : json.ok ? { lang: "json" } : {}),
    ...(json.ok ? { json: json.value } : {}),
    pos: { page, line },
  };
}

function findFenceEnd(lines: string[], from: number, fence: string): number {
  for (let j = from; j < lines.length; j++) {
    if (lines[j]!.trim().startsWith(fence)) return j;
  }
  return lines.length;
}

/**
 * Index of the line where the bracket structure opened at `start` closes, scanning strings correctly;
 * undefined when it does not close within `maxLines` or closes mid-line with trailing text.
 */
function findJsonEnd(lines: string[], start: number, maxLines: number): number | undefined {
  let depth = 0;
  let inString = false;
  let escaped = false;
  const last = Math.min(lines.length, start + maxLines);
  for (let j = start; j < last; j++) {
    const l = lines[j]!;
    for (let k = 0; k < l.length; k++) {
      const ch = l[k];
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === "\\") escaped = true;
        else if (ch === '"') inString = false;
        continue;
      }
      if (ch === '"') inString = true;
      else if (ch === "{" || ch === "[") depth++;
      else if (ch === "}" || ch === "]") {
        depth--;
        if (depth === 0) return l.slice(k + 1).trim() === "" ? j : undefined;
        if (depth < 0) return undefined;
      }
    }
    // JSON strings never span lines: an unterminated string means this is not JSON.
    if (inString) return undefined;
  }
  return undefined;
}

function tryParseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function parseTable(page: string, lines: string[], start: number, end: number) {
  const rows: TableRow[] = [];
  let header: TableCell[] | undefined;
  for (let j = start; j < end; j++) {
    const text = lines[j]!.trim();
    // The separator pattern needs "--": testing for it first skips the pattern on ordinary rows.
    if (text.includes("--") && SEPARATOR_ROW.test(text)) {
      if (!header && rows.length === 1) header = rows.pop()!.cells;
      continue;
    }
    const pos = { page, line: j + 1 };
    // Cells share their row's position object: a table of thousands of rows stays small.
    rows.push({ cells: splitPipeRow(text).map((t) => ({ text: t, pos })), pos });
  }
  // A run of pipe lines without a separator: its first row is the header.
  if (!header) header = rows.shift()?.cells ?? [];
  return { kind: "table" as const, header, rows, pos: { page, line: start + 1 } };
}

/**
 * Splits `| a | b |` into cells. Only a pipe with whitespace (or the line edge) on both sides separates
 * cells, so `^(ACTIVE|INACTIVE)$` stays whole; `A | B` inside a cell cannot be told apart here and is
 * left to the dialect, which knows the column grammar.
 */
export function splitPipeRow(text: string): string[] {
  let body = text.trim();
  if (body.startsWith("|")) body = body.slice(1);
  if (body.endsWith("|") && !body.endsWith("\\|")) body = body.slice(0, -1);
  if (body.trim() === "") return [];
  const cells: string[] = [];
  let start = 0;
  let escaped = false;
  for (let k = body.indexOf("|"); k >= 0; k = body.indexOf("|", k + 1)) {
    if (k > 0 && body.charCodeAt(k - 1) === 92 /* \\ */) {
      escaped = true;
      continue;
    }
    const before = k === 0 ? 32 : body.charCodeAt(k - 1);
    const after = k === body.length - 1 ? 32 : body.charCodeAt(k + 1);
    if (isSpace(before) && isSpace(after)) {
      cells.push(body.slice(start, k));
      start = k + 1;
    }
  }
  cells.push(body.slice(start));
  return cells.map((c) => (escaped ? c.replace(/\\\|/g, "|") : c).trim());
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || code === 10 || code === 13;
}
