import { describe, expect, it } from "vitest";
import type { TableBlock } from "./model.js";
import { DiagnosticSink } from "../../core/diagnostics.js";
import { readPipeTable } from "./pipe-table.js";
import { parseTextPage } from "./text-frontend.js";

/** Hand-written tables in the shapes text captures give; `rows` as cell texts, with each row's line. */
function read(lines: string[]): { header: string[]; rows: Array<[number, string[]]>; end: number } {
  const { table, end } = readPipeTable("t.txt", lines, 0);
  return { header: table.header.map((c) => c.text), rows: (table as TableBlock).rows.map((r) => [r.pos.line, r.cells.map((c) => c.text)]), end };
}

describe("readPipeTable: rows broken across lines", () => {
  it("joins a row left open (no closing `|`) with the line that closes it", () => {
    const t = read([
      "| Type | Name | Description | Schema | Default |",
      "|---|",
      "| path | id required | Widget id Example : abc=",
      "| string | None |",
      "| query | size optional | size | integer | 20 |",
      "Responses",
    ]);
    expect(t.header).toEqual(["Type", "Name", "Description", "Schema", "Default"]);
    expect(t.rows).toEqual([
      [3, ["path", "id required", "Widget id Example : abc=", "string", "None"]],
      [5, ["query", "size optional", "size", "integer", "20"]],
    ]);
    expect(t.end).toBe(5);
  });

  it("joins text lines of an open row that do not start with `|`", () => {
    const t = read(["| Item | Rule | Note |", "|---|", "| Title | Required | Use letters and (", "+=,.@-_)", "|", "| Region | Required | Pick one |"]);
    expect(t.rows).toEqual([
      [3, ["Title", "Required", "Use letters and ( +=,.@-_)"]],
      [6, ["Region", "Required", "Pick one"]],
    ]);
  });

  it("joins two short rows broken at a cell boundary when together they have the header's cell count", () => {
    const t = read(["| Type | Name | Description | Schema | Default |", "|---|", "| body | body required |", "| WidgetCreateRequest | |"]);
    expect(t.rows).toEqual([[3, ["body", "body required", "", "WidgetCreateRequest", ""]]]);
  });

  it("keeps genuine short rows, rows with unescaped pipes and rows that never close as they are", () => {
    const models = read([
      "| Name | Description | Schema | Default |",
      "|---|---|---|---|",
      "| tags optional | any of [array[Tag], null] |",
      "| kind required | Kind | string | |",
      "| mode optional | Mode A | B Example : A | string | |",
    ]);
    expect(models.rows.map(([, cells]) => cells.length)).toEqual([2, 4, 5]);
    const body = read(["| Type | Name | Description | Schema | Default |", "|---|", "| body | body required | WidgetRequest |", "| query | size optional | size | integer | 20 |"]);
    expect(body.rows.map(([, cells]) => cells.length)).toEqual([3, 5]);
    const open = read(["| A | B |", "|---|", "| 1 | two", "", "| 3 | 4 |"]);
    expect(open.rows).toEqual([[3, ["1", "two"]]]);
    expect(open.end).toBe(3);
  });

  it("an open last row does not swallow a label and the next table's header", () => {
    const t = read(["| Type | Name | Description | Schema | Default |", "|---|", "| query | size optional | size Example : 1", "Responses", "| HTTP Code | Description | Schema |"]);
    expect(t.rows).toEqual([[3, ["query", "size optional", "size Example : 1"]]]);
    expect(t.end).toBe(3);
  });
});

describe("pipe tables printed without leading pipes", () => {
  const tables = (source: string) => parseTextPage("t.txt", source, new DiagnosticSink()).blocks.filter((b): b is TableBlock => b.kind === "table");

  it("reads a header and rows without their leading `|`, whichever way the separator is printed", () => {
    for (const separator of ["---|---|---|", "|---|---|---|"]) {
      const found = tables(["Widgets", "Name | Type | Description |", separator, "size | Integer | Size of the widget |", "colour | String | Colour |", "Sizes are in mm."].join("\n"));
      expect(found).toHaveLength(1);
      expect(found[0]!.header.map((c) => c.text)).toEqual(["Name", "Type", "Description"]);
      expect(found[0]!.rows.map((r) => [r.pos.line, r.cells.map((c) => c.text)])).toEqual([
        [4, ["size", "Integer", "Size of the widget"]],
        [5, ["colour", "String", "Colour"]],
      ]);
    }
  });

  it("starts the next table at a row followed by a separator", () => {
    const found = tables(["Name | Type |", "---|---|", "size | Integer |", "Name | Type |", "---|---|", "colour | String |"].join("\n"));
    expect(found.map((t) => t.rows.map((r) => r.cells[0]!.text))).toEqual([["size"], ["colour"]]);
    expect(found.map((t) => t.pos.line)).toEqual([1, 4]);
  });

  it("takes no line with a pipe for a header when the separator has another cell count", () => {
    expect(tables(["a | b | c |", "---|---|", "x | y | z |"].join("\n"))).toHaveLength(0);
  });
});
