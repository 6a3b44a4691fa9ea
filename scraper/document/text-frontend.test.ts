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

  it("reports JSON that balances but does not parse, and keeps going", () => {
    const sink = new DiagnosticSink();
    const doc = parseTextPage("p.txt", "{\n'a': 1\n}\nafter", sink);
    expect(sink.items).toEqual([expect.objectContaining({ ruleId: "text-invalid-json", at: { page: "p.txt", line: 1 } })]);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["code", "paragraph"]);
  });

  it("reads fenced code and reports an unclosed fence", () => {
    const sink = new DiagnosticSink();
    const doc = parseTextPage("p.md", '```json\n{"a": 1}\n```\n```\nopen', sink);
    expect(doc.blocks[0]).toMatchObject({ kind: "code", lang: "json", json: { a: 1 } });
    expect(sink.items.map((d) => d.ruleId)).toEqual(["text-unclosed-fence"]);
  });
});
