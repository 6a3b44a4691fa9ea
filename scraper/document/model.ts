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
}

/**
 * One row of a table. `texts` are its cells' texts in order (what most readers match against); `cells` pair each
 * text with its position. Rows of a text capture sit on one line, so their cells are made only when a reader asks for
 * them (`lineRow`): a page of thousands of rows otherwise keeps an object and an array per cell alive for the whole
 * read. Rows whose cells have their own lines (HTML, tables a dialect rebuilds) hold their cells (`cellRow`).
 */
export interface TableRow {
  readonly cells: TableCell[];
  readonly texts: readonly string[];
  /** How many cells the row has (without making them). */
  readonly width: number;
  readonly pos: Position;
}

/** A row printed on one line: every cell is at the row's position, and cell objects are made on first use. */
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

  get width(): number {
    return this.texts.length;
  }
}

/** A row whose cells are given (each at its own position); `texts` follows them (readers may extend a cell's text). */
class CellRow implements TableRow {
  constructor(
    readonly cells: TableCell[],
    readonly pos: Position,
  ) {}

  get texts(): readonly string[] {
    return this.cells.map((c) => c.text);
  }

  get width(): number {
    return this.cells.length;
  }
}

/** A row of cells printed on one line, at `pos` (the text front end's pipe rows). */
export function lineRow(texts: readonly string[], pos: Position): TableRow {
  return new LineRow(texts, pos);
}

/** A row of the given cells. */
export function cellRow(cells: TableCell[], pos: Position): TableRow {
  return new CellRow(cells, pos);
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
