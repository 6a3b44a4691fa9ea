import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../core/diagnostics.js";
import type { Block, TableBlock } from "./document/model.js";
import { cellRow } from "./document/model.js";
import { readFileSync } from "node:fs";
import { scrapePages } from "./run.js";
import { unreadTableWarnings } from "./unread-tables.js";

const at = (line: number) => ({ page: "p.txt", line });
const table = (line: number, header: string[], rows: string[][]): TableBlock => ({
  kind: "table",
  header: header.map((text) => ({ text, pos: at(line) })),
  rows: rows.map((cells, k) =>
    cellRow(
      cells.map((text) => ({ text, pos: at(line + 2 + k) })),
      at(line + 2 + k),
    ),
  ),
  pos: at(line),
});
const note = (line: number, page = "p.txt"): Diagnostic => ({ ruleId: "x", severity: "warning", message: "m", at: { page, line } });

describe("tables no dialect rule read, and no diagnostic names", () => {
  const body = table(
    10,
    ["Parameter", "Mandatory", "Type"],
    [
      ["name", "Yes", "String"],
      ["size", "No", "Integer"],
    ],
  );

  it("are each a warning at the table's line, with its columns and rows", () => {
    const found = unreadTableWarnings("p.txt", [body], [], "huawei");
    expect(found).toEqual([
      {
        ruleId: "table-not-read",
        severity: "warning",
        message: "a table with columns [Parameter, Mandatory, Type] and 2 rows that no huawei rule reads here; what it says is in no spec",
        at: at(10),
        data: { columns: ["Parameter", "Mandatory", "Type"], rows: 2 },
      },
    ]);
  });

  it("are not warned again where a diagnostic already names the table or one of its rows", () => {
    expect(unreadTableWarnings("p.txt", [body], [note(10)], "huawei")).toEqual([]);
    expect(unreadTableWarnings("p.txt", [body], [note(13)], "huawei")).toEqual([]);
    expect(unreadTableWarnings("p.txt", [body], [note(13, "other.txt"), note(20)], "huawei")).toHaveLength(1);
  });

  it("leave prose and examples to the report's list of unconsumed blocks", () => {
    const others: Block[] = [
      { kind: "paragraph", text: "Some prose.", pos: at(1) },
      { kind: "code", text: "{}", json: {}, pos: at(2) },
    ];
    expect(unreadTableWarnings("p.txt", others, [], "nhn")).toEqual([]);
  });
});

describe("cloudspec scrape on a page with a table outside every section the dialect reads", () => {
  it("warns at the table's line, and reads the rest of the page as before", () => {
    const page = readFileSync("scraper/pages/scp-virtualserver-volume-revert.txt", "utf8");
    const plain = scrapePages([{ page: "revert.txt", vendor: "scp", format: "text", content: page }]);
    const withTable = scrapePages([{ page: "revert.txt", vendor: "scp", format: "text", content: `| Released On | Description |\n|---|---|\n| 2024-01-02 | First release |\n\n${page}` }]);
    const found = withTable.diagnostics.filter((d) => d.ruleId === "table-not-read");
    expect(found.map((d) => d.at)).toEqual([{ page: "revert.txt", line: 1 }]);
    expect(plain.diagnostics.filter((d) => d.ruleId === "table-not-read")).toEqual([]);
    expect(withTable.files.map((f) => f.path)).toEqual(plain.files.map((f) => f.path));
  });
});
