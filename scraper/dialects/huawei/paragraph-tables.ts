/**
 * Text captures of Huawei pages print every table cell as a paragraph of its own:
 * "Parameter", "Mandatory", "Description", "project_id", "Yes", "Project ID", … This rebuilds those
 * runs into table blocks, so text captures and the export's HTML tables are read by the same code.
 *
 * The header is a run of paragraphs that are column words (distinct columns, starting with the name or
 * status-code column); rows follow, one paragraph per column, each cell checked against its column
 * (a name, Yes/No, a type word, a status code). A paragraph that cannot start a row continues the
 * description cell of the row before it (cells of several paragraphs, or of a list: a description cell
 * may start with a bullet). The table ends at a label (unless it is a cell of a row that fits), a
 * non-paragraph block or a paragraph that fits neither. A cross-reference ("For details, see Table 3.")
 * continues a parameter's description but ends a status-code table ("… see Status Codes.").
 */
import type { Block, TableBlock, TableCell, TableRow } from "../../document/model.js";
import { cellRow } from "../../document/model.js";
import type { ColumnKind, TableShape } from "./columns.js";
import { cellFits, columnKind, tableShape } from "./columns.js";
import type { HuaweiLabels } from "./labels.js";
import { startsWithTableNumber } from "./labels.js";
import type { LabelRole } from "./page-labels.js";

/** The label kind of a block (page-labels.ts), undefined for content. */
export type LabelOf = (b: Block) => LabelRole["kind"] | undefined;

export interface RebuiltBlocks {
  blocks: Block[];
  rebuilt: Map<TableBlock, Block[]>;
}

export function rebuildParagraphTables(blocks: readonly Block[], labels: HuaweiLabels, labelOf: LabelOf): RebuiltBlocks {
  const out: Block[] = [];
  const rebuilt = new Map<TableBlock, Block[]>();
  let i = 0;
  while (i < blocks.length) {
    const header = headerAt(blocks, i, labels);
    const table = header ? rowsAfter(blocks, i, header, labels, labelOf) : undefined;
    const split = !table ? captionRunIntoHeader(blocks, i, labels) : undefined;
    if (split) {
      // The rebuilt table is read from the paragraph's header part and the paragraphs after it.
      const view = [split.cell, ...blocks.slice(i + 1)];
      const kinds = headerAt(view, 0, labels);
      const joined = kinds ? rowsAfter(view, 0, kinds, labels, labelOf) : undefined;
      if (joined) {
        rebuilt.set(joined.block, [blocks[i]!, ...blocks.slice(i + 1, i + joined.end)]);
        out.push(split.caption, joined.block);
        i += joined.end;
        continue;
      }
    }
    if (!header || !table) {
      out.push(blocks[i]!);
      i++;
      continue;
    }
    rebuilt.set(table.block, blocks.slice(i, table.end));
    out.push(table.block);
    i = table.end;
  }
  return { blocks: out, rebuilt };
}

/**
 * "Table 2 Request parameters Parameter": a capture that ran a caption into the first header cell (the name
 * column's word), the other header cells following as paragraphs. Split into the caption and the cell; undefined
 * when the paragraph is not a numbered caption ending with a name-column word before another column word.
 */
function captionRunIntoHeader(blocks: readonly Block[], i: number, labels: HuaweiLabels): { caption: Block; cell: Block } | undefined {
  const b = blocks[i]!;
  const next = blocks[i + 1];
  if (b.kind !== "paragraph" || next?.kind !== "paragraph" || columnKind(next.text, labels) === undefined) return undefined;
  const text = b.text.trim();
  if (!startsWithTableNumber(text, labels)) return undefined;
  for (const word of labels.columns.name) {
    if (text.length <= word.length || !text.toLowerCase().endsWith(word.toLowerCase())) continue;
    const caption = text.slice(0, -word.length);
    if (!/\s$/.test(caption) || !startsWithTableNumber(caption.trimEnd(), labels)) continue;
    return { caption: { ...b, text: caption.trimEnd() }, cell: { ...b, text: text.slice(-word.length) } };
  }
  return undefined;
}

/**
 * A paragraph, or a bullet where a description cell is a list ("  • Specifies the number of records."
 * "  • The value ranges from 0 to 100."): its first item starts the cell, the rest continue it.
 */
function isCell(b: Block, kind: ColumnKind): b is Extract<Block, { kind: "paragraph" | "listItem" }> {
  return b.kind === "paragraph" || (b.kind === "listItem" && kind === "description");
}

/**
 * A label word in the first cell of a row that fits the table ("uri", "function", "example" as field
 * names) is a cell when it starts lowercase: section headings and bullet labels are capitalised, field
 * names are printed as they are spelt. Labels in later cells ("None", "For details, see Error Codes.")
 * are cells whenever the row fits.
 */
function isFieldName(text: string): boolean {
  // `[items]`: the bracketed name of a row that is the whole (array) body.
  return /^(?:[a-z_$@]|\[[a-z_])/.test(text.trim());
}

/**
 * A description cell written in the template's parts, one paragraph each ("Definition", its text, "Constraints",
 * "N/A", "Range", …; description-template.ts): inside such a cell "Constraints" is the cell's next part, not the
 * page's Constraints section, and the paragraph after a part label is that part's value, even "N/A".
 */
function continuesTemplate(cellText: string, b: Block, labels: HuaweiLabels): boolean {
  if (b.kind !== "paragraph") return false;
  const { definition, parts } = labels.descriptionTemplate;
  // "Constraints" or "Constraints:" (RDS), "Explanation:" for "Definition".
  const isOneOf = (text: string, words: readonly string[]) => {
    const t = text
      .trim()
      .replace(/\s*[:：]$/, "")
      .toLowerCase();
    return words.some((w) => w.toLowerCase() === t);
  };
  const lines = cellText.split("\n");
  if (!isOneOf(lines[0]!, definition)) return false;
  return isOneOf(b.text, parts) || isOneOf(lines[lines.length - 1]!, [...definition, ...parts]);
}

/** The page's last paragraphs, fewer than a row's cells, that start a row: a field name, then a cell fitting its column. */
function isCutRow(rest: readonly Block[], kinds: readonly ColumnKind[], labels: HuaweiLabels): boolean {
  if (rest.length < 2 || rest.length >= kinds.length || !rest.every((b) => b.kind === "paragraph")) return false;
  const texts = rest.map((b) => (b as { text: string }).text);
  return kinds[0] === "name" && isFieldName(texts[0]!) && cellFits("name", texts[0]!, labels) && cellFits(kinds[1]!, texts[1]!, labels) && kinds[1] !== "description";
}

function headerAt(blocks: readonly Block[], start: number, labels: HuaweiLabels): ColumnKind[] | undefined {
  const kinds: ColumnKind[] = [];
  for (let j = start; j < blocks.length; j++) {
    const b = blocks[j]!;
    if (b.kind !== "paragraph") break;
    const k = columnKind(b.text, labels);
    if (!k || kinds.includes(k)) break;
    kinds.push(k);
  }
  return tableShape(kinds) ? kinds : undefined;
}

function rowsAfter(blocks: readonly Block[], start: number, kinds: readonly ColumnKind[], labels: HuaweiLabels, labelOf: LabelOf): { block: TableBlock; end: number } | undefined {
  const shape: TableShape | undefined = tableShape(kinds);
  const isLabel = (b: Block) => {
    const kind = labelOf(b);
    return kind !== undefined && (kind !== "crossReference" || shape === "status");
  };
  const headerBlocks = blocks.slice(start, start + kinds.length) as Array<Extract<Block, { kind: "paragraph" }>>;
  const rows: TableRow[] = [];
  const fits = (candidate: readonly Block[], columns: readonly ColumnKind[]): boolean =>
    candidate.length === columns.length && candidate.every((b, k) => isCell(b, columns[k]!) && cellFits(columns[k]!, b.text, labels) && (k > 0 || !isLabel(b) || isFieldName(b.text)));
  // Captures that drop the Mandatory cell of every row (zh-cn pages: "project_id", "String", "参数解释:" under
  // "参数 / 是否必选 / 参数类型 / 描述"): rows without it, as long as no row of the table so far had one.
  const mandatory = kinds.indexOf("mandatory");
  const withoutMandatory = kinds.filter((k) => k !== "mandatory");
  let short = 0;
  let j = start + kinds.length;
  while (j < blocks.length && (blocks[j]!.kind === "paragraph" || blocks[j]!.kind === "listItem")) {
    const candidate = blocks.slice(j, j + kinds.length);
    if (fits(candidate, kinds)) {
      const cells: TableCell[] = candidate.map((b) => ({ text: (b as { text: string }).text, pos: b.pos }));
      rows.push(cellRow(cells, candidate[0]!.pos));
      j += kinds.length;
      continue;
    }
    const without = candidate.slice(0, withoutMandatory.length);
    if (mandatory > 0 && short === rows.length && fits(without, withoutMandatory) && !cellFits("mandatory", (without[mandatory] as { text: string }).text, labels)) {
      const cells: TableCell[] = without.map((b) => ({ text: (b as { text: string }).text, pos: b.pos }));
      cells.splice(mandatory, 0, { text: "", pos: without[mandatory]!.pos });
      rows.push(cellRow(cells, without[0]!.pos));
      short++;
      j += without.length;
      continue;
    }
    if (rows.length > 0 && isCutRow(blocks.slice(j), kinds, labels)) {
      // "end_time", "Yes", "Lo" and the page ends: a row cut by the capture. Kept short, so it is reported as a
      // row with fewer cells than the header (table-rows.ts), not folded into the description above it.
      const cut = blocks.slice(j) as Array<Extract<Block, { kind: "paragraph" }>>;
      rows.push(
        cellRow(
          cut.map((b) => ({ text: b.text, pos: b.pos })),
          cut[0]!.pos,
        ),
      );
      j = blocks.length;
      break;
    }
    const last = rows[rows.length - 1];
    const cell = last?.cells[last.cells.length - 1];
    if (cell && kinds[kinds.length - 1] === "description" && (!isLabel(blocks[j]!) || continuesTemplate(cell.text, blocks[j]!, labels))) {
      cell.text = `${cell.text}\n${(blocks[j] as { text: string }).text}`;
      j++;
      continue;
    }
    break;
  }
  if (rows.length === 0) return undefined;
  const header: TableCell[] = headerBlocks.map((b) => ({ text: b.text, pos: b.pos }));
  return { block: { kind: "table", header, rows, pos: headerBlocks[0]!.pos }, end: j };
}
