/**
 * Limits on the document tree a front end produced, before any dialect walks it: a JSON example nested
 * deeper than `exampleDepth` loses its parsed value (the block stays, as text), a table keeps its first
 * `tableRows` rows and `tableColumns` cells per row, a heading with more than `headingDepth` number parts
 * is read as a paragraph. Each cut is one located error naming the limit.
 */
import type { DiagnosticSink } from "../../core/diagnostics.js";
import type { Limits } from "../../core/limits.js";
import { limitHint, nestingDepth } from "../../core/limits.js";
import type { Block, DocumentTree, TableBlock, TableRow } from "../document/model.js";
import { cellRow, rowWidth } from "../document/model.js";

export function enforceDocumentLimits(doc: DocumentTree, limits: Limits, sink: DiagnosticSink): DocumentTree {
  let changed = false;
  const blocks = doc.blocks.map((block): Block => {
    const kept = limitBlock(block, limits, sink);
    if (kept !== block) changed = true;
    return kept;
  });
  return changed ? { ...doc, blocks } : doc;
}

function limitBlock(block: Block, limits: Limits, sink: DiagnosticSink): Block {
  switch (block.kind) {
    case "code": {
      if (block.json === null || typeof block.json !== "object") return block;
      // The value, parsed from the block's text, nests no deeper than that text has opening brackets.
      if (openingBrackets(block.text, limits.exampleDepth + 1) <= limits.exampleDepth) return block;
      const { depth } = nestingDepth(block.json, limits.exampleDepth);
      if (depth <= limits.exampleDepth) return block;
      sink.error("example-too-deep", `JSON example nests more than ${limits.exampleDepth} levels; it is kept as text, not as an example; ${limitHint("exampleDepth", limits)}`, block.pos, {
        limit: "exampleDepth",
      });
      const { json: _json, lang: _lang, ...rest } = block;
      return rest;
    }
    case "table":
      return limitTable(block, limits, sink);
    case "heading": {
      if (block.number === undefined) return block;
      const parts = block.number.split(".").length;
      if (parts <= limits.headingDepth) return block;
      sink.error("heading-too-deep", `numbered heading has ${parts} number parts, more than ${limits.headingDepth}; it is read as a paragraph; ${limitHint("headingDepth", limits)}`, block.pos, {
        limit: "headingDepth",
      });
      return { kind: "paragraph", text: `${block.number} - ${block.title}`, pos: block.pos };
    }
    default:
      return block;
  }
}

function limitTable(table: TableBlock, limits: Limits, sink: DiagnosticSink): TableBlock {
  let result = table;
  if (table.rows.length > limits.tableRows) {
    const first = table.rows[limits.tableRows]!;
    sink.error(
      "table-too-many-rows",
      `table has ${table.rows.length} rows, more than ${limits.tableRows}; rows from line ${first.pos.line} on are not read; ${limitHint("tableRows", limits)}`,
      table.pos,
      { limit: "tableRows", rows: table.rows.length },
    );
    result = { ...result, rows: table.rows.slice(0, limits.tableRows) };
  }
  // Rows are measured by `rowWidth`: a pipe row makes its cell objects only when a reader asks for them.
  const wide = result.header.length > limits.tableColumns ? { width: result.header.length, pos: result.pos } : firstRowWiderThan(result.rows, limits.tableColumns);
  if (wide) {
    sink.error("table-too-many-columns", `table row has ${wide.width} cells, more than ${limits.tableColumns}; cells beyond that are not read; ${limitHint("tableColumns", limits)}`, wide.pos, {
      limit: "tableColumns",
      cells: wide.width,
    });
    const cut = (r: TableRow): TableRow => (rowWidth(r) > limits.tableColumns ? cellRow(r.cells.slice(0, limits.tableColumns), r.pos) : r);
    result = { ...result, header: result.header.slice(0, limits.tableColumns), rows: result.rows.map(cut) };
  }
  return result;
}

/** The first row wider than `columns`, with its width. */
function firstRowWiderThan(rows: readonly TableRow[], columns: number): { width: number; pos: TableRow["pos"] } | undefined {
  for (const r of rows) {
    const width = rowWidth(r);
    if (width > columns) return { width, pos: r.pos };
  }
  return undefined;
}

/** How many `{` and `[` the text holds, counted up to `atMost`. */
function openingBrackets(text: string, atMost: number): number {
  let n = 0;
  for (let k = text.indexOf("{"); k >= 0 && n < atMost; k = text.indexOf("{", k + 1)) n++;
  for (let k = text.indexOf("["); k >= 0 && n < atMost; k = text.indexOf("[", k + 1)) n++;
  return n;
}
