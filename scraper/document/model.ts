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

export interface TableRow {
  cells: TableCell[];
  pos: Position;
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
