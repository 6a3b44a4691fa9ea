import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../core/diagnostics.js";
import { parseTextPage, splitPipeRow } from "./text-frontend.js";

describe("splitPipeRow", () => {
  const cases: Array<[string, string, string[]]> = [
    ["plain", "| a | b | c |", ["a", "b", "c"]],
    ["empty cells", "| string | |", ["string", ""]],
    ["pipe inside a pattern stays", "| state | Example : ACTIVEPattern : ^(ACTIVE|INACTIVE)$ | string |", ["state", "Example : ACTIVEPattern : ^(ACTIVE|INACTIVE)$", "string"]],
    ["spaced pipe splits (left to the dialect)", "| x | A | B |", ["x", "A", "B"]],
    ["escaped pipe", "| a \\| b | c |", ["a | b", "c"]],
    ["double pipe at the end", "| snapshots required | array[Snapshot] | ||", ["snapshots required", "array[Snapshot]", "", ""]],
  ];
  for (const [name, given, want] of cases) it(name, () => expect(splitPipeRow(given)).toEqual(want));
});

describe("parseTextPage", () => {
  it("recognises numbered headings, tables, unfenced JSON, list items and paragraphs with their lines", () => {
    const sink = new DiagnosticSink();
    const doc = parseTextPage(
      "p.txt",
      ["- 1: Archive", "1.1.1 - CancelArchiving", "Description", "| A | B |", "|---|---|", "| 1 | 2 |", "| 3 |", "{", '"a": "{[",', '"b": [1, 2]', "}", "[not json"].join("\n"),
      sink,
    );
    expect(doc.blocks.map((b) => [b.kind, b.pos.line])).toEqual([
      ["listItem", 1],
      ["heading", 2],
      ["paragraph", 3],
      ["table", 4],
      ["code", 8],
      ["paragraph", 12],
    ]);
    expect(doc.blocks[1]).toMatchObject({ number: "1.1.1", title: "CancelArchiving" });
    expect(doc.blocks[3]).toMatchObject({ header: [{ text: "A" }, { text: "B" }], rows: [{ cells: [{ text: "1" }, { text: "2" }] }, { cells: [{ text: "3" }], pos: { line: 7 } }] });
    expect(doc.blocks[4]).toMatchObject({ json: { a: "{[", b: [1, 2] } });
  });

  it("reports, once at its first line, an example whose brackets never close (a cut capture), and still reads the complete object inside it", () => {
    const sink = new DiagnosticSink();
    const page = ["Response 200", "{", '"items": [', "{", '"id": "a"', "}", "],", '"links": [', "{", '"href": "http://exa'].join("\n");
    const doc = parseTextPage("p.txt", page, sink);
    expect(sink.items.map((d) => [d.ruleId, d.severity, d.at])).toEqual([["text-unclosed-json", "warning", { page: "p.txt", line: 2 }]]);
    expect(doc.blocks.filter((b) => b.kind === "code").map((b) => [b.pos.line, b.kind === "code" ? b.json : undefined])).toEqual([[4, { id: "a" }]]);
  });

  it("says nothing of a bracket line that closes, or of brackets in prose", () => {
    const sink = new DiagnosticSink();
    parseTextPage("p.txt", ["{", '"a": 1', "}", "Use [brackets] freely", "[see above"].join("\n"), sink);
    expect(sink.items).toEqual([]);
  });

  it("reports JSON that balances but does not parse, and keeps going", () => {
    const sink = new DiagnosticSink();
    const doc = parseTextPage("p.txt", "{\n'a': 1\n}\nafter", sink);
    expect(sink.items).toEqual([expect.objectContaining({ ruleId: "text-invalid-json", at: { page: "p.txt", line: 1 } })]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["code", "paragraph"]);
  });

  it("finds where unfenced JSON ends across quote-only lines, escaped quotes and lines broken inside a string", () => {
    const read = (lines: string[]) => parseTextPage("p.txt", lines.join("\n"), new DiagnosticSink()).blocks.map((b) => [b.kind, b.pos.line]);
    // `"key": "value",` lines (quotes, no bracket) between the brackets; a value with an escaped quote and a brace.
    expect(read(["{", '"a": "x",', '"b": "say \\"hi\\" {",', '"c": "y"', "}", "after"])).toEqual([
      ["code", 1],
      ["paragraph", 6],
    ]);
    // A line ending inside a string (an odd number of quotes, no bracket) breaks every structure still open: no JSON.
    expect(read(["{", '"a": "cut', '"b": 1', "}"])).toEqual([
      ["paragraph", 1],
      ["paragraph", 2],
      ["paragraph", 3],
      ["paragraph", 4],
    ]);
    // A quote-only line before the opener changes nothing for it.
    expect(read(['say "x"', "[1,", "2]"])).toEqual([
      ["paragraph", 1],
      ["code", 2],
    ]);
  });

  it("reads fenced code and reports an unclosed fence", () => {
    const sink = new DiagnosticSink();
    const doc = parseTextPage("p.md", '```json\n{"a": 1}\n```\n```\nopen', sink);
    expect(doc.blocks[0]).toMatchObject({ kind: "code", lang: "json", json: { a: 1 } });
    expect(sink.items.map((d) => d.ruleId)).toEqual(["text-unclosed-fence"]);
  });
});

describe("tables printed one cell per line", () => {
  const table = (lines: string[]) => {
    const doc = parseTextPage("p.txt", lines.join("\n"), new DiagnosticSink());
    return doc.blocks.map((b) => (b.kind === "table" ? { header: b.header.map((c) => c.text), rows: b.rows.map((r) => r.cells.map((c) => [c.text, c.pos.line])) } : b.kind));
  };

  it("reads the header before the separator, then rows of as many cells, each cell with its own line", () => {
    expect(table(["URI", "Parameter |", "Mandatory |", "Description |", "---|---|---|", "id |", "Yes |", "The id. |", "name |", "No |", "The name. |", "Request"])).toEqual([
      "paragraph",
      {
        header: ["Parameter", "Mandatory", "Description"],
        rows: [
          [
            ["id", 6],
            ["Yes", 7],
            ["The id.", 8],
          ],
          [
            ["name", 9],
            ["No", 10],
            ["The name.", 11],
          ],
        ],
      },
      "paragraph",
    ]);
  });

  it("joins a cell run over lines up to the line ending with `|`, and starts a new table at the next header", () => {
    const blocks = table(["Parameter |", "Type |", "---|---|", "status |", "Status. The value can be:", "|", "Parameter |", "Type |", "---|---|", "id |", "String |"]);
    expect(blocks).toEqual([
      {
        header: ["Parameter", "Type"],
        rows: [
          [
            ["status", 4],
            ["Status. The value can be:", 5],
          ],
        ],
      },
      {
        header: ["Parameter", "Type"],
        rows: [
          [
            ["id", 10],
            ["String", 11],
          ],
        ],
      },
    ]);
  });

  it("leaves lines ending with `|` as they are when no separator with their count follows", () => {
    expect(table(["a |", "b |", "---|---|---|", "c |"])).toEqual(["paragraph", "paragraph", "paragraph", "paragraph"]);
    expect(table(["Use A |", "then B"])).toEqual(["paragraph", "paragraph"]);
  });
});

describe("tables one cell per line, each row marked by a lone | line", () => {
  it("reads the header and rows (a lone | inside a row is an empty cell), each cell at its line", () => {
    const sink = new DiagnosticSink();
    const page = ["URI", "|", "Parameter |", "Mandatory |", "Description |", "|---|---|---|", "|", "user_id |", "Yes |", "User ID. |", "|", "limit |", "No |", "|", "Request"];
    const doc = parseTextPage("p.txt", page.join("\n"), sink);
    expect(sink.items).toEqual([]);
    const table = doc.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && [table.header.map((c) => c.text), ...table.rows.map((r) => r.cells.map((c) => [c.text, c.pos.line]))]).toEqual([
      ["Parameter", "Mandatory", "Description"],
      [
        ["user_id", 8],
        ["Yes", 9],
        ["User ID.", 10],
      ],
      [
        ["limit", 12],
        ["No", 13],
        ["", 14],
      ],
    ]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph"]);
  });
});
