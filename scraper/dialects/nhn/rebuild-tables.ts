/**
 * Tables of a text capture. The published page's tables arrive as whitespace-separated lines: a
 * header line of column names, then one line per row, a multi-line cell continuing on the following
 * lines, and the region table spreading one column per line. A run of adjacent lines (no blank line
 * between) after a recognised header line is rebuilt into a table block; every rebuilt block remembers
 * the paragraphs it came from, so consuming it consumes them. Real tables (HTML, markdown) pass through.
 */
import type { DiagnosticSink } from "../../diagnostics.js";
import type { Block, ParagraphBlock, TableBlock, TableCell, TableRow } from "../../document/model.js";
import type { TableLayout } from "./columns.js";
import { layoutOf, looksLikeHeaderLine, splitHeaderLine } from "./columns.js";
import type { NhnLabels } from "./labels.js";
import { apiPartLabels, matchesAny } from "./labels.js";
import { locationOf, matchFieldLine } from "./row-grammar.js";
import { isMethodLine } from "./lines.js";

export interface RebuiltBlocks {
  blocks: Block[];
  /** Rebuilt table → the paragraphs it was read from. */
  origins: Map<Block, Block[]>;
}

export function rebuildTables(blocks: readonly Block[], labels: NhnLabels, sink: DiagnosticSink): RebuiltBlocks {
  const out: Block[] = [];
  const origins = new Map<Block, Block[]>();
  let k = 0;
  while (k < blocks.length) {
    const b = blocks[k]!;
    const header = b.kind === "paragraph" ? splitHeaderLine(b.text, labels) : undefined;
    const layout = header ? layoutOf(header, labels) : undefined;
    if (b.kind !== "paragraph" || !header || !layout) {
      if (b.kind === "paragraph" && looksLikeHeaderLine(b.text, labels) && adjacentLines(blocks, k + 1, b.pos.line, labels).length > 0) {
        sink.error("nhn-unknown-table", `line ${JSON.stringify(b.text)} reads like a table header, but not of a table the dialect knows (Name | Type | Format | Required | Description; Status Name | Description; Type | Region | Endpoint)`, b.pos);
      }
      out.push(b);
      k++;
      continue;
    }
    const run = adjacentLines(blocks, k + 1, b.pos.line, labels);
    const table = layout.kind === "fields" ? fieldTable(b, header, layout, run, labels, sink) : layout.kind === "values" ? valueTable(b, header, run) : regionTable(b, header, layout, run);
    out.push(table.block);
    origins.set(table.block, [b, ...run.slice(0, table.used)]);
    k += 1 + table.used;
  }
  return { blocks: out, origins };
}

/** Paragraphs on the lines right after `line`, up to a blank line or a part label. */
function adjacentLines(blocks: readonly Block[], from: number, line: number, labels: NhnLabels): ParagraphBlock[] {
  const run: ParagraphBlock[] = [];
  let last = line;
  for (let k = from; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind !== "paragraph" || b.pos.line !== last + 1) break;
    if (isStopLine(b.text, labels)) break;
    run.push(b);
    last = b.pos.line;
  }
  return run;
}

function isStopLine(text: string, labels: NhnLabels): boolean {
  return (
    matchesAny(text, apiPartLabels(labels)) ||
    isMethodLine(text) ||
    splitHeaderLine(text, labels) !== undefined
  );
}

interface Built {
  block: TableBlock;
  /** How many lines of the run the table took. */
  used: number;
}

function headerCells(b: ParagraphBlock, header: string[]): TableCell[] {
  return header.map((text) => ({ text, pos: b.pos }));
}

function fieldTable(b: ParagraphBlock, header: string[], layout: TableLayout, run: ParagraphBlock[], labels: NhnLabels, sink: DiagnosticSink): Built {
  const rows: TableRow[] = [];
  const descriptionCol = layout.roles.includes("description") ? layout.roles.indexOf("description") : layout.roles.length - 1;
  let used = 0;
  for (const line of run) {
    const cells = matchFieldLine(line.text, layout.roles, labels, { capitalised: true }) ?? rowWithUnknownType(line.text, layout, labels);
    if (cells) {
      rows.push({ cells: cells.map((text) => ({ text, pos: line.pos })), pos: line.pos });
    } else if (rows.length > 0) {
      const cell = rows[rows.length - 1]!.cells[descriptionCol]!;
      cell.text = cell.text === "" ? line.text : `${cell.text}\n${line.text}`;
    } else {
      sink.error("nhn-unreadable-row", `the line after the table header ${JSON.stringify(b.text)} does not fit its columns: ${JSON.stringify(line.text)}`, line.pos);
      break;
    }
    used++;
  }
  return { block: { kind: "table", header: headerCells(b, header), rows, pos: b.pos }, used };
}

/**
 * A line that is a row but for a Type value the vocabulary lacks ("tenantId Form String O …"): kept as a
 * row, so the field reader reports it, instead of continuing the previous row's description unseen.
 */
function rowWithUnknownType(text: string, layout: TableLayout, labels: NhnLabels): string[] | undefined {
  const cells = matchFieldLine(text, layout.roles, labels, { capitalised: true, anyLocation: true });
  if (!cells) return undefined;
  const format = layout.roles.indexOf("format");
  const location = cells[layout.roles.indexOf("location")]!;
  const knownFormat = format >= 0 && Object.keys(labels.formats).some((f) => f.toLowerCase() === cells[format]!.toLowerCase());
  return knownFormat && !locationOf(location, labels) ? cells : undefined;
}

function valueTable(b: ParagraphBlock, header: string[], run: ParagraphBlock[]): Built {
  const rows: TableRow[] = run.map((line) => {
    const m = /^(\S+)\s*(.*)$/.exec(line.text.trim())!;
    return { cells: [{ text: m[1]!, pos: line.pos }, { text: m[2]!, pos: line.pos }], pos: line.pos };
  });
  return { block: { kind: "table", header: headerCells(b, header), rows, pos: b.pos }, used: run.length };
}

/**
 * The region table, captured one column per line: "volumev2 Korea (Pangyo)", "Korea (Pyeongchon)",
 * "Japan", then one endpoint URL per line. A line starting with an endpoint-type word after URLs starts
 * the next row. Cells are joined with newlines, as a real table's `<br>`-separated cells are.
 */
function regionTable(b: ParagraphBlock, header: string[], layout: TableLayout, run: ParagraphBlock[]): Built {
  const typeCol = layout.roles.indexOf("endpointType");
  const regionCol = layout.roles.indexOf("region");
  const endpointCol = layout.roles.indexOf("endpoint");
  const rows: Array<{ values: string[][]; pos: ParagraphBlock["pos"] }> = [];
  let used = 0;
  for (const line of run) {
    const text = line.text.trim();
    const current = rows[rows.length - 1];
    if (/^https?:\/\//i.test(text) && current) {
      current.values[endpointCol]!.push(text);
    } else if (!current || (current.values[endpointCol]!.length > 0 && typeCol >= 0)) {
      const values = layout.roles.map((): string[] => []);
      const m = typeCol >= 0 ? /^(\S+)\s+(.+)$/.exec(text) : null;
      if (typeCol >= 0 && !m) break;
      if (m) {
        values[typeCol]!.push(m[1]!);
        values[regionCol]!.push(m[2]!);
      } else {
        values[regionCol]!.push(text);
      }
      rows.push({ values, pos: line.pos });
    } else if (current.values[endpointCol]!.length === 0) {
      current.values[regionCol]!.push(text);
    } else {
      break;
    }
    used++;
  }
  const tableRows: TableRow[] = rows.map((r) => ({ cells: r.values.map((v) => ({ text: v.join("\n"), pos: r.pos })), pos: r.pos }));
  return { block: { kind: "table", header: headerCells(b, header), rows: tableRows, pos: b.pos }, used };
}
