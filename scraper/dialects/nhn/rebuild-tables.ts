/**
 * Tables of a text capture. The published page's tables arrive as whitespace-separated lines: a
 * header line of column names, then one line per row, a multi-line cell continuing on the following
 * lines, and the region table spreading one column per line. A run of adjacent lines (no blank line
 * between) after a recognised header line is rebuilt into a table block; every rebuilt block remembers
 * the paragraphs it came from, so consuming it consumes them. Real tables (HTML, markdown) pass through.
 */
import type { DiagnosticSink } from "../../../core/diagnostics.js";
import type { Block, ParagraphBlock, Position, TableBlock, TableCell, TableRow } from "../../document/model.js";
import { cellRow } from "../../document/model.js";
import type { TableLayout } from "./columns.js";
import { layoutOf, looksLikeHeaderLine, splitHeaderLine, splitHeaderLineWithUnknown } from "./columns.js";
import type { NhnLabels } from "./labels.js";
import { apiPartLabels, matchesAny } from "./labels.js";
import { locationOf, matchFieldLine, matchLooseFieldLine, requiredFlag } from "./row-grammar.js";
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
    const misnamed = b.kind === "paragraph" && !layout ? misnamedFieldTable(blocks, k, labels, sink) : undefined;
    if (misnamed) {
      out.push(misnamed.block);
      origins.set(misnamed.block, [b, ...misnamed.lines]);
      k += 1 + misnamed.lines.length;
      continue;
    }
    if (b.kind !== "paragraph" || !header || !layout) {
      if (b.kind === "paragraph" && looksLikeHeaderLine(b.text, labels) && adjacentLines(blocks, k + 1, b.pos.line, labels).length > 0) {
        sink.error(
          "nhn-unknown-table",
          `line ${JSON.stringify(b.text)} reads like a table header, but not of a table the dialect knows (Name | Type | Format | Required | Description; Status Name | Description; Type | Region | Endpoint)`,
          b.pos,
        );
      }
      out.push(b);
      k++;
      continue;
    }
    const run = adjacentLines(blocks, k + 1, b.pos.line, labels);
    const table = layout.kind === "fields" ? fieldTable(b, header, layout, run, labels, sink) : layout.kind === "values" ? valueTable(b, header, run) : regionTable(b, header, layout, run);
    out.push(table.block);
    origins.set(table.block, [b, ...run.slice(0, table.used).map((l) => l.block)]);
    k += 1 + table.used;
  }
  return { blocks: out, origins };
}

/** A captured line of a table: a paragraph, or a line the text reader took for a list item. */
interface Line {
  text: string;
  pos: Position;
  block: Block;
}

/**
 * Lines right after `line`, up to a blank line or a part label. A line starting with "- " is a list item
 * to the text reader, but inside a table it is a row named "-" (a whole binary body) or a line of a
 * cell's list ("- 1: On"): it is read with its marker.
 */
function adjacentLines(blocks: readonly Block[], from: number, line: number, labels: NhnLabels): Line[] {
  const run: Line[] = [];
  let last = line;
  for (let k = from; k < blocks.length; k++) {
    const b = blocks[k]!;
    if ((b.kind !== "paragraph" && b.kind !== "listItem") || b.pos.line !== last + 1) break;
    const text = b.kind === "paragraph" ? b.text : `- ${b.text}`;
    if (isStopLine(text, labels)) break;
    run.push({ text, pos: b.pos, block: b });
    last = b.pos.line;
  }
  return run;
}

function isStopLine(text: string, labels: NhnLabels): boolean {
  return matchesAny(text, apiPartLabels(labels)) || isMethodLine(text) || splitHeaderLine(text, labels) !== undefined;
}

interface Built {
  block: TableBlock;
  /** How many lines of the run the table took. */
  used: number;
}

function headerCells(b: ParagraphBlock, header: string[]): TableCell[] {
  return header.map((text) => ({ text, pos: b.pos }));
}

function fieldTable(b: ParagraphBlock, header: string[], layout: TableLayout, run: Line[], labels: NhnLabels, sink: DiagnosticSink): Built {
  const rows: TableRow[] = [];
  const descriptionCol = layout.roles.includes("description") ? layout.roles.indexOf("description") : layout.roles.length - 1;
  let used = 0;
  for (const line of run) {
    const cells = matchFieldLine(line.text, layout.roles, labels, { capitalised: true }) ?? rowWithUnknownType(line.text, layout, labels) ?? matchLooseFieldLine(line.text, layout.roles, labels);
    if (cells) {
      rows.push(
        cellRow(
          cells.map((text) => ({ text, pos: line.pos })),
          line.pos,
        ),
      );
    } else if (rows.length > 0) {
      const cell = continuedCell(rows[rows.length - 1]!.cells, layout, descriptionCol, labels);
      cell.text = cell.text === "" ? line.text : `${cell.text}\n${line.text}`;
    } else {
      sink.error("nhn-unreadable-row", `the line after the table header ${JSON.stringify(b.text)} does not fit its columns: ${JSON.stringify(line.text)}`, line.pos);
      break;
    }
    used++;
  }
  return { block: { kind: "table", header: headerCells(b, header), rows, pos: b.pos }, used };
}

/** The cell a continuation line belongs to: the description, or the Required cell of a row that skips it (it holds the description). */
function continuedCell(cells: TableCell[], layout: TableLayout, descriptionCol: number, labels: NhnLabels): TableCell {
  const required = layout.roles.indexOf("required");
  const description = cells[descriptionCol]!;
  if (required < 0 || description.text !== "" || requiredFlag(cells[required]!.text, labels) !== undefined) return description;
  return cells[required]!;
}

/**
 * A field table whose header misnames one column ("Name Type Example Required Description"): the rows
 * are split with the unknown column in the one role (Type, Format or Required) under which the first row
 * reads; the header keeps its printed label, so the API reader recognises the column by its cells and
 * reports it (`doc-column-label-differs`), as for a markdown table.
 */
function misnamedFieldTable(blocks: readonly Block[], k: number, labels: NhnLabels, sink: DiagnosticSink): { block: TableBlock; lines: Block[] } | undefined {
  const b = blocks[k] as ParagraphBlock;
  const split = splitHeaderLineWithUnknown(b.text, labels);
  if (!split) return undefined;
  const run = adjacentLines(blocks, k + 1, b.pos.line, labels);
  if (run.length === 0) return undefined;
  for (const role of MISNAMED_ROLES) {
    const layout = layoutOf(
      split.cells.map((c, k) => (k === split.unknown ? labels.columns[role][0]! : c)),
      labels,
    );
    if (layout?.kind !== "fields" || !matchFieldLine(run[0]!.text, layout.roles, labels, { capitalised: true })) continue;
    const table = fieldTable(b, split.cells, layout, run, labels, sink);
    return { block: table.block, lines: run.slice(0, table.used).map((l) => l.block) };
  }
  return undefined;
}

const MISNAMED_ROLES = ["format", "location", "required"] as const;

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

/**
 * A status table: one value and its description per line; a line whose first word is not written like
 * the first row's value ("ACTIVE" vs "Same as turning …") continues the previous description, as a
 * `<br>` in the source does.
 */
function valueTable(b: ParagraphBlock, header: string[], run: Line[]): Built {
  const rows: TableRow[] = [];
  const shape = valueShape(run[0]?.text.trim().split(/\s+/)[0] ?? "");
  for (const line of run) {
    const m = /^(\S+)\s*(.*)$/.exec(line.text.trim())!;
    const previous = rows[rows.length - 1];
    if (previous && shape !== undefined && valueShape(m[1]!) !== shape) {
      const cell = previous.cells[1]!;
      cell.text = cell.text === "" ? line.text.trim() : `${cell.text}\n${line.text.trim()}`;
      continue;
    }
    rows.push(
      cellRow(
        [
          { text: m[1]!, pos: line.pos },
          { text: m[2]!, pos: line.pos },
        ],
        line.pos,
      ),
    );
  }
  return { block: { kind: "table", header: headerCells(b, header), rows, pos: b.pos }, used: run.length };
}

/** How a status value is written: all capitals (`HARD_REBOOT`), all lower case (`in-use`), or undefined (anything else). */
function valueShape(printed: string): "upper" | "lower" | undefined {
  const word = printed.replace(/`/g, "");
  if (/^[A-Z][A-Z0-9_\-:.]*$/.test(word)) return "upper";
  if (/^[a-z][a-z0-9_\-:.]*$/.test(word)) return "lower";
  return undefined;
}

/**
 * The region table, captured one column per line: "volumev2 Korea (Pangyo)", "Korea (Pyeongchon)",
 * "Japan", then one endpoint URL per line; a row of one region and one endpoint is one line. A line
 * starting with an endpoint-type word after URLs starts the next row. Cells are joined with newlines, as a real table's `<br>`-separated cells are.
 */
function regionTable(b: ParagraphBlock, header: string[], layout: TableLayout, run: Line[]): Built {
  const typeCol = layout.roles.indexOf("endpointType");
  const regionCol = layout.roles.indexOf("region");
  const endpointCol = layout.roles.indexOf("endpoint");
  const rows: Array<{ values: string[][]; pos: Position }> = [];
  let used = 0;
  for (const line of run) {
    // A row with one region and one endpoint stays on one line: "identity All Regions https://…".
    const inline = /^(.*\S)\s+(https?:\/\/\S+)$/.exec(line.text.trim());
    const text = inline ? inline[1]! : line.text.trim();
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
    if (inline) rows[rows.length - 1]!.values[endpointCol]!.push(inline[2]!);
    used++;
  }
  const tableRows: TableRow[] = rows.map((r) =>
    cellRow(
      r.values.map((v) => ({ text: v.join("\n"), pos: r.pos })),
      r.pos,
    ),
  );
  return { block: { kind: "table", header: headerCells(b, header), rows: tableRows, pos: b.pos }, used };
}
