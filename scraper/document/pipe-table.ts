/**
 * Pipe tables of a text capture (`| a | b |` rows) → one table block, with the two kinds of broken rows
 * that text captures of rendered HTML tables produce:
 *
 * - a row left open: its line does not end with `|` (a cell's text ended the line), and the row goes on on
 *   the next line(s) (`| path | id required | Id Example : abc` then `| string | None |`);
 * - a row broken at a cell boundary: an empty cell is lost in the line break, and neither line has the
 *   header's cell count (`| body | body required |` then `| CreateRequest | |`).
 *
 * Lines are joined only when that completes a row: an open row up to the line that closes it, a row
 * broken at a boundary only when the two lines together have exactly the header's cell count. Genuine rows
 * that are short (a lost trailing cell) or long (an unescaped `|` inside a cell) stay as they are; the
 * dialects realign them by their column grammar.
 */
import type { TableBlock, TableCell, TableRow } from "./model.js";
import { lineRow } from "./model.js";
import { isWhitespace } from "../text-utils.js";

/** One cell of a separator row (`---`, `:--:`); the row is checked cell by cell (one pattern over the row backtracked quadratically on runs of spaces). */
const SEPARATOR_CELL = /^\s*:?-{2,}:?\s*$/;
/** How many further lines an open row may run on before it is taken as it stands. */
const MAX_CONTINUATION_LINES = 12;

interface LogicalRow {
  text: string;
  /** 1-based line of the row's first line. */
  line: number;
  /** The row's cells; undefined for a separator row. */
  cells?: string[];
}

/**
 * Whether line `at` is the header of a pipe table printed without its leading pipes (`a | b | c |`), as some
 * captures of rendered tables print them: the next line is a separator (`---|---|---|`, `|---|---|---|`) with
 * exactly as many cells as the header, two or more.
 */
export function startsLeadlessPipeTable(lines: readonly string[], at: number): boolean {
  const head = lines[at]!.trim();
  if (head.startsWith("|") || !head.includes("|")) return false;
  const next = lines[at + 1]?.trim();
  if (next === undefined || !isSeparator(next)) return false;
  const columns = separatorCells(next);
  return columns >= 2 && splitPipeRow(head).length === columns;
}

/**
 * Reads the pipe table starting at `start` (a line starting with `|`); `end` is the first line after it. With
 * `leadless` (see `startsLeadlessPipeTable`), rows need not start with `|`: any line with a pipe is a row, up to a
 * line without one, and a row followed by a separator is the next table's header.
 */
export function readPipeTable(page: string, lines: readonly string[], start: number, leadless = false): { table: TableBlock; end: number } {
  const logical: LogicalRow[] = [];
  let headerCells: number | undefined;
  let j = start;
  while (j < lines.length) {
    const text = lines[j]!.trim();
    if (!text.startsWith("|") && !(leadless && text.includes("|"))) break;
    if (leadless && j > start + 1 && !isSeparator(text) && isSeparator(lines[j + 1]?.trim() ?? "")) break;
    if (isSeparator(text)) {
      logical.push({ text, line: j + 1 });
      j++;
      continue;
    }
    const joined = isClosed(text) ? undefined : continueOpenRow(lines, j, headerCells);
    const rowText = joined?.text ?? text;
    const cells = splitPipeRow(rowText);
    logical.push({ text: rowText, line: j + 1, cells });
    headerCells ??= cells.length;
    j = joined ? joined.next : j + 1;
  }
  return { table: buildTable(page, joinBoundaryBreaks(logical, headerCells ?? 0)), end: j };
}

/**
 * An open row (its line lacks the closing `|`) joined with the following lines up to the one that closes
 * it; undefined when no line closes it before a blank line, a separator or the bound. Lines that do not
 * start with `|` are text of a cell broken across lines: a row that takes such lines must not end up with
 * more cells than the header (it would otherwise swallow a label and the next table's header).
 */
function continueOpenRow(lines: readonly string[], at: number, headerCells: number | undefined): { text: string; next: number } | undefined {
  const parts = [lines[at]!.trim()];
  let plainLines = false;
  const last = Math.min(lines.length, at + 1 + MAX_CONTINUATION_LINES);
  for (let k = at + 1; k < last; k++) {
    const t = lines[k]!.trim();
    if (t === "" || isSeparator(t)) return undefined;
    if (!t.startsWith("|")) plainLines = true;
    parts.push(t);
    if (!isClosed(t)) continue;
    const text = parts.join(" ");
    if (plainLines && headerCells !== undefined && splitPipeRow(text).length > headerCells) return undefined;
    return { text, next: k + 1 };
  }
  return undefined;
}

/** Two consecutive rows, both shorter than the header, that together have exactly its cell count: joined in place. */
function joinBoundaryBreaks(rows: LogicalRow[], headerCells: number): LogicalRow[] {
  const headerAt = rows.findIndex((r) => r.cells !== undefined);
  let kept = 0;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const next = rows[k + 1];
    if (k > headerAt && row.cells && next?.cells && row.cells.length < headerCells && next.cells.length < headerCells && isClosed(row.text)) {
      const text = `${row.text} ${next.text}`;
      const cells = splitPipeRow(text);
      if (cells.length === headerCells) {
        rows[kept++] = { text, line: row.line, cells };
        k++;
        continue;
      }
    }
    rows[kept++] = row;
  }
  rows.length = kept;
  return rows;
}

function buildTable(page: string, logical: readonly LogicalRow[]): TableBlock {
  const rows: TableRow[] = [];
  let header: TableCell[] | undefined;
  for (const { line, cells } of logical) {
    if (!cells) {
      if (!header && rows.length === 1) header = rows.pop()!.cells;
      continue;
    }
    // Cell objects are made only when a reader asks for them (see `lineRow`): a table of thousands of rows stays small.
    rows.push(lineRow(cells, { page, line }));
  }
  // A run of pipe lines without a separator: its first row is the header.
  if (!header) header = rows.shift()?.cells ?? [];
  return { kind: "table", header, rows, pos: { page, line: logical[0]?.line ?? 1 } };
}

function isSeparator(text: string): boolean {
  // The separator pattern needs "--": testing for it first skips the pattern on ordinary rows.
  if (!text.includes("--")) return false;
  let inner = text.trim();
  if (inner.startsWith("|")) inner = inner.slice(1);
  if (inner.endsWith("|")) inner = inner.slice(0, -1);
  return inner.split("|").every((cell) => SEPARATOR_CELL.test(cell));
}

/** How many cells a separator row has. */
function separatorCells(text: string): number {
  let inner = text;
  if (inner.startsWith("|")) inner = inner.slice(1);
  if (inner.endsWith("|")) inner = inner.slice(0, -1);
  return inner.split("|").length;
}

function isClosed(text: string): boolean {
  return text.endsWith("|");
}

/**
 * Splits `| a | b |` into cells. Only a pipe with whitespace (or the line edge) on both sides separates
 * cells, so `^(ACTIVE|INACTIVE)$` stays whole; `A | B` inside a cell cannot be told apart here and is
 * left to the dialect, which knows the column grammar.
 *
 * Works on offsets into `text` and slices each cell once, already trimmed (a row of a large page is
 * otherwise four or five intermediate strings per cell).
 */
export function splitPipeRow(text: string): string[] {
  let lo = 0;
  let hi = text.length;
  while (lo < hi && isWhitespace(text.charCodeAt(lo))) lo++;
  while (hi > lo && isWhitespace(text.charCodeAt(hi - 1))) hi--;
  if (lo < hi && text.charCodeAt(lo) === PIPE) lo++;
  if (hi > lo && text.charCodeAt(hi - 1) === PIPE && !(hi - 2 >= lo && text.charCodeAt(hi - 2) === BACKSLASH)) hi--;
  let first = lo;
  while (first < hi && isWhitespace(text.charCodeAt(first))) first++;
  if (first === hi) return [];
  // Two passes, so the cells array is made at its size (a grown one keeps room for 17 cells).
  let count = 1;
  for (let k = text.indexOf("|", lo); k >= 0 && k < hi; k = text.indexOf("|", k + 1)) if (separates(text, k, lo, hi)) count++;
  const cells = new Array<string>(count);
  let start = lo;
  let n = 0;
  let escaped = false;
  for (let k = text.indexOf("|", lo); k >= 0 && k < hi; k = text.indexOf("|", k + 1)) {
    if (k > lo && text.charCodeAt(k - 1) === BACKSLASH) escaped = true;
    else if (separates(text, k, lo, hi)) {
      cells[n++] = trimmedSlice(text, start, k);
      start = k + 1;
    }
  }
  cells[n] = trimmedSlice(text, start, hi);
  if (escaped) for (let c = 0; c < cells.length; c++) cells[c] = cells[c]!.replace(/\\\|/g, "|");
  return cells;
}

/** A pipe at `k` (of the row body `lo`…`hi`) not escaped, with whitespace or the body's edge on both sides. */
function separates(text: string, k: number, lo: number, hi: number): boolean {
  if (k > lo && text.charCodeAt(k - 1) === BACKSLASH) return false;
  const before = k === lo ? 32 : text.charCodeAt(k - 1);
  const after = k === hi - 1 ? 32 : text.charCodeAt(k + 1);
  return isSpace(before) && isSpace(after);
}

const PIPE = 124;
const BACKSLASH = 92;

function trimmedSlice(text: string, from: number, to: number): string {
  while (from < to && isWhitespace(text.charCodeAt(from))) from++;
  while (to > from && isWhitespace(text.charCodeAt(to - 1))) to--;
  return text.slice(from, to);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || code === 10 || code === 13;
}
