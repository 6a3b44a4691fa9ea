import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../core/diagnostics.js";
import { resolveLimits } from "../../core/limits.js";
import { enforceDocumentLimits } from "../limits/document-limits.js";
import { BlockSet } from "./block-set.js";
import type { Block, TableBlock } from "./model.js";
import { cellRow, lineRow, rowTexts, rowWidth } from "./model.js";
import { parseTextPage } from "./text-frontend.js";

const at = (line: number) => ({ page: "p.txt", line });

describe("table rows", () => {
  it("a pipe row gives its texts without cell objects, and the same cells, at the row's line, each time they are asked for", () => {
    const doc = parseTextPage("p.txt", "| Name | Type |\n|---|---|\n| id | string |\n", new DiagnosticSink());
    const table = doc.blocks[0] as TableBlock;
    const row = table.rows[0]!;
    expect(rowTexts(row)).toEqual(["id", "string"]);
    expect(rowWidth(row)).toBe(2);
    const cells = row.cells;
    expect(cells).toEqual([
      { text: "id", pos: at(3) },
      { text: "string", pos: at(3) },
    ]);
    expect(row.cells).toBe(cells);
    // A copy that names its cells is a plain row: its texts are its own cells'.
    const copy = { ...row, cells: [{ text: "other", pos: at(3) }] };
    expect(rowTexts(copy)).toEqual(["other"]);
    expect(rowWidth(copy)).toBe(1);
    expect(table.header.map((c) => c.text)).toEqual(["Name", "Type"]);
  });

  it("a row of given cells keeps their own lines, and its texts follow a cell a reader extends", () => {
    const row = cellRow(
      [
        { text: "id", pos: at(4) },
        { text: "the id", pos: at(5) },
      ],
      at(4),
    );
    row.cells[1]!.text += "\nmore";
    expect(rowTexts(row)).toEqual(["id", "the id\nmore"]);
    expect(row.cells[1]!.pos).toEqual(at(5));
  });

  it("the column limit cuts both kinds of rows and names the first row that is too wide", () => {
    const table: TableBlock = {
      kind: "table",
      header: [
        { text: "a", pos: at(1) },
        { text: "b", pos: at(1) },
      ],
      rows: [
        lineRow(["1", "2"], at(3)),
        lineRow(["1", "2", "3"], at(4)),
        cellRow(
          [1, 2, 3, 4].map((n) => ({ text: String(n), pos: at(5) })),
          at(5),
        ),
      ],
      pos: at(1),
    };
    const sink = new DiagnosticSink();
    const out = enforceDocumentLimits({ page: "p.txt", blocks: [table] }, { ...resolveLimits(), tableColumns: 2 }, sink);
    const cut = out.blocks[0] as TableBlock;
    expect(cut.rows.map((r) => rowTexts(r))).toEqual([
      ["1", "2"],
      ["1", "2"],
      ["1", "2"],
    ]);
    expect(sink.items.map((d) => [d.ruleId, d.at])).toEqual([["table-too-many-columns", at(4)]]);
  });
});

describe("BlockSet", () => {
  it("holds blocks by identity, whatever their line", () => {
    const blocks: Block[] = Array.from({ length: 300 }, (_, k) => ({ kind: "paragraph", text: "same", pos: at(k % 70) }));
    const set = new BlockSet();
    for (const b of blocks.slice(0, 150)) set.add(b).add(b);
    expect(set.size).toBe(150);
    expect(blocks.map((b) => set.has(b))).toEqual(blocks.map((_, k) => k < 150));
    expect(set.has({ kind: "paragraph", text: "same", pos: at(0) })).toBe(false);
  });
});
