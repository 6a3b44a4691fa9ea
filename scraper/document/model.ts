/**
 * The document model every front end produces and every vendor dialect reads: a flat, ordered list of
 * typed blocks, each knowing the page and line it came from. Dialects never see HTML or raw text.
 */
import type { SourceLocation } from "../../core/diagnostics.js";

export type Position = SourceLocation;

export interface HeadingBlock {
  kind: "heading";
  /** Section number as printed ("3.1.4.2"), when the heading carries one ("3.1.4.2 - 1.0"). */
  number?: string;
  /** Heading text without the number prefix. */
  title: string;
  /** HTML heading level (1–6); text captures only recognise numbered headings and give 1. */
  level: number;
  pos: Position;
}

export interface ParagraphBlock {
  kind: "paragraph";
  text: string;
  pos: Position;
}

export interface ListItemBlock {
  kind: "listItem";
  text: string;
  pos: Position;
}

export interface TableCell {
  text: string;
  pos: Position;
  /**
   * A copy of a cell spanning rows or columns (HTML `rowspan`, `colspan`), in a further row or column it covers; its
   * text and position are the spanning cell's.
   */
  spanned?: true;
}

/** One row of a table: its cells, each with its text and position. */
export interface TableRow {
  readonly cells: TableCell[];
  readonly pos: Position;
}

/**
 * A row printed on one line (a pipe row of a text capture): every cell is at the row's position, and the cell objects
 * are made only when a reader asks for `cells`. A page of thousands of rows otherwise keeps an object and an array per
 * cell alive for the whole read, and most readers want only the texts (`rowTexts`).
 */
class LineRow implements TableRow {
  private made: TableCell[] | undefined = undefined;

  constructor(
    readonly texts: readonly string[],
    readonly pos: Position,
  ) {}

  get cells(): TableCell[] {
    if (this.made === undefined) {
      const texts = this.texts;
      const cells = new Array<TableCell>(texts.length);
      for (let c = 0; c < texts.length; c++) cells[c] = { text: texts[c]!, pos: this.pos };
      this.made = cells;
    }
    return this.made;
  }
}

/**
 * A row of cells printed on one line, at `pos`. Its `cells` is a getter of the prototype: copy such a row by naming its
 * cells (`{ ...row, cells: [...row.cells] }` or `cellRow`), not by a bare spread.
 */
export function lineRow(texts: readonly string[], pos: Position): TableRow {
  return new LineRow(texts, pos);
}

/** A row of the given cells (each at its own position). */
export function cellRow(cells: TableCell[], pos: Position): TableRow {
  return { cells, pos };
}

/** A row's cells' texts, in order, without making cell objects for a line row. */
export function rowTexts(row: TableRow): readonly string[] {
  return row instanceof LineRow ? row.texts : row.cells.map((c) => c.text);
}

/** How many cells a row has, without making cell objects for a line row. */
export function rowWidth(row: TableRow): number {
  return row instanceof LineRow ? row.texts.length : row.cells.length;
}

export interface TableBlock {
  kind: "table";
  header: TableCell[];
  rows: TableRow[];
  pos: Position;
}

export interface CodeBlock {
  kind: "code";
  text: string;
  /** Language from a fence or class (`json`), when known. */
  lang?: string;
  /** Parsed value when the text is JSON. */
  json?: unknown;
  pos: Position;
}

export type Block = HeadingBlock | ParagraphBlock | ListItemBlock | TableBlock | CodeBlock;

export interface DocumentTree {
  page: string;
  blocks: Block[];
  /** A markdown page's YAML front matter (flat `key: value` fields), where the page has one. */
  frontMatter?: FrontMatter;
}

/** Page metadata before the content: `source: api-guide.md`, `section: Coupon` (values unquoted). */
export interface FrontMatter {
  fields: Readonly<Record<string, string>>;
  pos: Position;
}

/** The plain text of a block, as a dialect matches labels against it. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case "heading":
      return block.title;
    case "paragraph":
    case "listItem":
    case "code":
      return block.text;
    case "table":
      return [block.header, ...block.rows.map((r) => r.cells)].map((cells) => cells.map((c) => c.text).join(" | ")).join("\n");
  }
}

/** Splits "3.1.4.2 - Title" into number and title; undefined when the text is not numbered. */
export function splitNumberedTitle(text: string): { number: string; title: string } | undefined {
  const m = /^(\d+(?:\.\d+)*)\s+-\s+(\S.*)$/.exec(text.trim());
  if (!m) return undefined;
  return { number: m[1]!, title: m[2]!.trim() };
}
