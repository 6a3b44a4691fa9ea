/**
 * Tables a text capture prints one cell per line (captures of rendered HTML tables, Huawei's among them):
 *
 *     Parameter |
 *     Mandatory |
 *     Type |
 *     Description |
 *     ---|---|---|---|
 *     api_version |
 *     Yes |
 *     String |
 *     API version. |
 *
 * The separator line says how many columns there are; the lines right before it, one per column, each ending
 * with `|`, are the header. Each row is the next cells, one line each; a cell whose text runs over several lines
 * ends at the first line ending with `|`. The table ends at the first line that neither ends with `|` nor
 * continues a cell begun in a row. Each cell keeps its own line.
 *
 * Newer captures mark where the header and each row start with a lone `|` line, and print the separator with a
 * leading pipe (`|---|---|`): the same table, read with `marked`.
 */
import type { TableBlock, TableCell, TableRow } from "./model.js";
import { cellRow } from "./model.js";

/** A separator row without the leading pipe: `---|---|---|`, `:--|--:|`. */
const SEPARATOR = /^(?::?-{3,}:?\|)+(?::?-{3,}:?)?$/;
/** The separator of a marked table: `|---|---|---|`. */
const MARKED_SEPARATOR = /^\|(?::?-{3,}:?\|)+$/;
/** How many lines one cell may run over before the table is taken to end. */
const MAX_CELL_LINES = 12;
/** Widest header read (more cells before a separator are not this rendering). */
const MAX_COLUMNS = 32;

/** Whether line `i` (trimmed) can start a cell-per-line table: it ends with `|` and does not start with one. */
export function mayStartCellLineTable(line: string): boolean {
  return line.endsWith("|") && !line.startsWith("|") && !line.startsWith("-");
}

/** The table whose header starts at line `start`, and the first line after it; undefined when the lines are no such table. */
export function readCellLineTable(page: string, lines: readonly string[], start: number, marked = false): { table: TableBlock; end: number } | undefined {
  if (marked && lines[start]!.trim() !== "|") return undefined;
  const first = marked ? start + 1 : start;
  const columns = headerAt(lines, first, marked);
  if (columns === undefined) return undefined;
  const sep = first + columns;
  const header: TableCell[] = [];
  for (let k = first; k < sep; k++) header.push({ text: cellText(lines[k]!), pos: { page, line: k + 1 } });
  const rows: TableRow[] = [];
  let j = sep + 1;
  let cells: TableCell[] = [];
  while (j < lines.length) {
    // The next table's header right after the last row ends this table.
    if (cells.length === 0 && (marked ? lines[j]!.trim() === "|" && headerAt(lines, j + 1, true) !== undefined : headerAt(lines, j) !== undefined)) break;
    if (marked && cells.length === 0) {
      // Each row starts with its `|` line; any other line there ends the table.
      if (lines[j]!.trim() !== "|") break;
      j++;
      if (j >= lines.length) break;
    }
    const cell = readCell(lines, j, cells.length === 0);
    if (!cell) break;
    cells.push({ text: cell.text, pos: { page, line: j + 1 } });
    j = cell.next;
    if (cells.length === columns) {
      rows.push(cellRow(cells, cells[0]!.pos));
      cells = [];
    }
  }
  // A row the capture cut short keeps the cells it has; the dialect reports what it cannot read in it.
  if (cells.length > 0) rows.push(cellRow(cells, cells[0]!.pos));
  return { table: { kind: "table", header, rows, pos: { page, line: start + 1 } }, end: j };
}

/** The number of columns of the header starting at line `start` (one line per column, then the separator); undefined when none starts there. */
function headerAt(lines: readonly string[], start: number, marked = false): number | undefined {
  const separator = marked ? MARKED_SEPARATOR : SEPARATOR;
  let sep = start;
  while (sep < lines.length && sep - start <= MAX_COLUMNS) {
    const t = lines[sep]!.trim();
    if (separator.test(t)) break;
    if (!mayStartCellLineTable(t)) return undefined;
    sep++;
  }
  if (sep >= lines.length || !separator.test(lines[sep]!.trim())) return undefined;
  const columns = lines[sep]!.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").length;
  return columns >= 2 && sep - start === columns ? columns : undefined;
}

/**
 * The cell starting at line `at`: its text and the line after it. A line ending with `|` is a whole cell; another
 * line starts a cell that ends at the next line ending with `|`, except as a row's first cell (the table has ended).
 */
function readCell(lines: readonly string[], at: number, rowStart: boolean): { text: string; next: number } | undefined {
  const first = lines[at]!.trim();
  // A blank line, or a row of a bordered pipe table, ends the table; a lone `|` is an empty cell or a cell's end.
  if (first === "" || (first.startsWith("|") && first !== "|")) return undefined;
  if (first.endsWith("|") && !SEPARATOR.test(first)) return { text: cellText(first), next: at + 1 };
  if (rowStart) return undefined;
  const parts = [first];
  for (let k = at + 1; k < lines.length && k - at < MAX_CELL_LINES; k++) {
    const t = lines[k]!.trim();
    if (t === "" || SEPARATOR.test(t)) return undefined;
    parts.push(t);
    if (t.endsWith("|")) return { text: cellText(parts.join(" ")), next: k + 1 };
  }
  return undefined;
}

function cellText(line: string): string {
  return line.trim().replace(/\|$/, "").trim();
}
