/**
 * Text front end: a text or markdown capture of a documentation page → document blocks.
 *
 * Recognises numbered headings ("3.1.4 - CreateBucket"), pipe tables (with or without the `|---|`
 * separator; rows broken across lines are joined, see pipe-table.ts), tables printed one cell per line
 * (cell-line-table.ts), fenced code, unfenced JSON (a line
 * starting with `{` or `[` whose brackets balance within a bounded number of lines and that parses), list
 * items and paragraphs. Every block keeps its line.
 */
import type { DiagnosticSink } from "../../core/diagnostics.js";
import type { Block, DocumentTree } from "./model.js";
import { splitNumberedTitle } from "./model.js";
import { mayStartCellLineTable, readCellLineTable } from "./cell-line-table.js";
import { ANNOTATED_JSON_MESSAGE, readJsonExample } from "./json-example.js";
import { readPipeTable, startsLeadlessPipeTable } from "./pipe-table.js";

export { splitPipeRow } from "./pipe-table.js";

export interface TextFrontendOptions {
  /** Longest unfenced JSON block, in lines, before it is given up as JSON. */
  maxJsonLines?: number;
}

/** A fence line, tested with its end trimmed (a second `\s*` before `$` backtracked quadratically on trailing spaces). */
const FENCE = /^(`{3,}|~{3,})\s*([\w+-]*)$/;
/** List markers: `-`, `*`, `+`, and the `•` of captured rendered pages. */
const LIST_ITEM = /^[-*+\u2022]\s+([\s\S]*)$/;

export function parseTextPage(page: string, source: string, sink: DiagnosticSink, options: TextFrontendOptions = {}): DocumentTree {
  const maxJsonLines = options.maxJsonLines ?? 20000;
  // Most captures use "\n" only: splitting on a string is cheaper than on the line-break pattern.
  const lines = source.includes("\r") ? source.split(/\r\n|\n|\r/) : source.split("\n");
  const blocks: Block[] = [];
  const jsonEnds = new JsonEnds(lines, maxJsonLines);
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
    const fence = first === 96 || first === 126 ? FENCE.exec(line.trimEnd()) : null;
    if (fence) {
      const close = findFenceEnd(lines, i + 1, fence[1]!);
      const body = lines.slice(i + 1, close).join("\n");
      if (close >= lines.length) {
        sink.warn("text-unclosed-fence", `code fence opened here is never closed`, { page, line: lineNo });
      }
      blocks.push(codeBlock(page, lineNo, body, fence[2] || undefined, sink));
      i = Math.min(close + 1, lines.length);
      continue;
    }
    const marked = line === "|" ? readCellLineTable(page, lines, i, true) : undefined;
    if (marked) {
      blocks.push(marked.table);
      i = marked.end;
      continue;
    }
    if (line.startsWith("|")) {
      const { table, end } = readPipeTable(page, lines, i);
      blocks.push(table);
      i = end;
      continue;
    }
    if (first !== 45 && line.includes("|") && startsLeadlessPipeTable(lines, i)) {
      const { table, end } = readPipeTable(page, lines, i, true);
      blocks.push(table);
      i = end;
      continue;
    }
    const cellLines = line.charCodeAt(line.length - 1) === PIPE && mayStartCellLineTable(line) ? readCellLineTable(page, lines, i) : undefined;
    if (cellLines) {
      blocks.push(cellLines.table);
      i = cellLines.end;
      continue;
    }
    if (line.startsWith("{") || line.startsWith("[")) {
      const end = jsonEnds.endOf(i);
      if (end !== undefined) {
        const text = lines
          .slice(i, end + 1)
          .join("\n")
          .trim();
        const json = readJsonExample(text);
        if (json.ok) {
          if (json.annotated) sink.info("json-example-annotated", ANNOTATED_JSON_MESSAGE, { page, line: lineNo });
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
      } else if ((line === "{" || line === "[") && jsonEnds.neverCloses(i)) {
        // A capture cut inside an example: its lines are read one by one, and a complete object inside it would
        // otherwise pass for the whole example.
        sink.warn(
          "text-unclosed-json",
          `a JSON example opens here and its ${line === "{" ? "braces" : "brackets"} never close (a capture cut inside it?); its lines are read as text, and any complete object inside it is only a part of the example`,
          {
            page,
            line: lineNo,
          },
        );
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

function codeBlock(page: string, line: number, text: string, lang: string | undefined, sink: DiagnosticSink): Block {
  const json = lang === undefined || lang === "json" ? readJsonExample(text.trim()) : undefined;
  const pos = { page, line };
  if (json?.ok && json.annotated) sink.info("json-example-annotated", ANNOTATED_JSON_MESSAGE, pos);
  // Literal shapes rather than spreads: a page has hundreds of code blocks.
  if (json?.ok) return { kind: "code", text, lang: lang ?? "json", json: json.value, pos };
  return lang ? { kind: "code", text, lang, pos } : { kind: "code", text, pos };
}

function findFenceEnd(lines: string[], from: number, fence: string): number {
  for (let j = from; j < lines.length; j++) {
    if (lines[j]!.trim().startsWith(fence)) return j;
  }
  return lines.length;
}

/**
 * Where the bracket structure opened at the start of a line closes, scanning strings correctly: the index
 * of the closing line, or undefined when it does not close within `maxLines`, closes mid-line with
 * trailing text, or spans a line that ends inside a string (JSON strings never span lines). All openers
 * are matched in one pass over the page, from the first line asked about onwards, so a page of thousands
 * of opening lines costs one scan, not one per line.
 */
class JsonEnds {
  private readonly ends = new Map<number, number | undefined>();
  /** Lines opening a structure that never closes: still open where a line ends inside a string, or at the page's end. */
  private readonly unclosed = new Set<number>();
  private scannedFrom: number | undefined;

  constructor(
    private readonly lines: readonly string[],
    private readonly maxLines: number,
  ) {}

  endOf(start: number): number | undefined {
    if (this.scannedFrom === undefined || start < this.scannedFrom) this.scan(start);
    const end = this.ends.get(start);
    return end !== undefined && end - start < this.maxLines ? end : undefined;
  }

  /** Whether the structure opened at the start of line `start` never closes (see `unclosed`). */
  neverCloses(start: number): boolean {
    if (this.scannedFrom === undefined || start < this.scannedFrom) this.scan(start);
    return this.unclosed.has(start);
  }

  /** Records the outermost structure opened at a line's start among those still open (one report per cut example). */
  private abandon(open: readonly number[]): void {
    const outermost = open.find((opener) => opener >= 0);
    if (outermost !== undefined) this.unclosed.add(outermost);
  }

  private scan(from: number): void {
    this.scannedFrom = from;
    this.ends.clear();
    this.unclosed.clear();
    /** Open brackets: the line they open when they are the line's first character, else -1. */
    const open: number[] = [];
    for (let j = from; j < this.lines.length; j++) {
      const l = this.lines[j]!;
      // Most lines of a page hold no bracket and no quote: they change nothing here.
      if (!JSON_SYNTAX.test(l)) continue;
      // Most of the others are the `"key": "value",` lines of an example: without a bracket or a backslash,
      // all such a line can do is end inside a string (an odd number of quotes).
      if (!hasBracketOrBackslash(l)) {
        if (quoteCount(l) % 2 === 1) {
          this.abandon(open);
          open.length = 0;
        }
        continue;
      }
      const first = l.search(/\S/);
      let inString = false;
      let escaped = false;
      for (let k = 0; k < l.length; k++) {
        const ch = l.charCodeAt(k);
        if (inString) {
          if (escaped) escaped = false;
          else if (ch === BACKSLASH) escaped = true;
          else if (ch === QUOTE) inString = false;
          continue;
        }
        if (ch === QUOTE) inString = true;
        else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) open.push(k === first ? j : -1);
        else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) {
          const opener = open.pop();
          if (opener !== undefined && opener >= 0) this.ends.set(opener, l.slice(k + 1).trim() === "" ? j : undefined);
        }
      }
      if (inString) {
        // Every structure still open spans a broken line: none is JSON.
        this.abandon(open);
        open.length = 0;
      }
    }
    this.abandon(open);
  }
}

const JSON_SYNTAX = /["[\]{}]/;

function hasBracketOrBackslash(l: string): boolean {
  return l.includes("{") || l.includes("}") || l.includes("[") || l.includes("]") || l.includes("\\");
}

function quoteCount(l: string): number {
  let n = 0;
  for (let k = l.indexOf('"'); k >= 0; k = l.indexOf('"', k + 1)) n++;
  return n;
}
const QUOTE = 34;
const PIPE = 124;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
