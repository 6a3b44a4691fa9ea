/**
 * The HTML front end on a page in real Docsy "_print" structure (Parallel File Storage, written from the
 * bundled text capture): it must give the same specs as the text rendering of the same content.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../core/diagnostics.js";
import { scrapePages } from "../run.js";
import { parseHtmlPage } from "./html-frontend.js";
import { markdownToHtml } from "./markdown.js";
import { withoutSources } from "../test-support.js";

const FIXTURE = "scraper/document/fixtures/scp-parallel-filestorage-print.html";
const html = readFileSync(FIXTURE, "utf8");
const capture = readFileSync("scraper/pages/scp-storage-print.txt", "utf8");
/** The text rendering of the same content: the page banner and title, then the service's section. */
const text = ["This is the multi-page printable view of this section. Click here to print.", "Storage", capture.slice(capture.indexOf("5 - Parallel File Storage"))].join("\n");

describe("HTML front end", () => {
  it("reads Docsy structure into blocks with element lines", () => {
    const sink = new DiagnosticSink();
    const doc = parseHtmlPage("f.html", html, sink);
    const h1 = doc.blocks.find((b) => b.kind === "heading" && b.number === "5.1.1.1");
    expect(h1).toMatchObject({ kind: "heading", title: "1.0", level: 1 });
    expect(html.split("\n")[h1!.pos.line - 1]).toContain("5.1.1.1 - 1.0");
    const table = doc.blocks.find((b) => b.kind === "table");
    expect(table).toMatchObject({ header: [{ text: "Version" }, { text: "Status" }, { text: "Not Before" }] });
    const code = doc.blocks.find((b) => b.kind === "code" && b.json !== undefined);
    expect(code).toMatchObject({ lang: "json", json: { volume_id: "bfdbabf2-04d9-4e8b-a205-020f8e6da438" } });
    // never executed, never read as content: script, style, header/nav, footer
    expect(doc.blocks.some((b) => "text" in b && /className|td-content table|SCP Docs|Samsung SDS/.test(b.text))).toBe(false);
    expect(sink.items).toEqual([]);
  });

  it("gives the same specs as the text rendering of the same content", () => {
    const fromHtml = scrapePages([{ page: FIXTURE, vendor: "scp", format: "html", content: html }]);
    const fromText = scrapePages([{ page: "capture.txt", vendor: "scp", format: "text", content: text }]);
    expect(fromHtml.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(fromText.diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(fromHtml.files.map((f) => f.path)).toEqual(["scp/parallel-filestorage/1.0.yaml"]);
    expect(withoutSources(fromHtml.files[0]!.document)).toEqual(withoutSources(fromText.files[0]!.document));
    expect(fromHtml.report.pages[0]!.unconsumed).toEqual([]);
  });

  it("points x-source at the HTML element's line", () => {
    const fromHtml = scrapePages([{ page: FIXTURE, vendor: "scp", format: "html", content: html }]);
    const doc = fromHtml.files[0]!.document as { paths: Record<string, Record<string, { "x-source": { page: string; line: number } }>> };
    const src = doc.paths["/v1/snapshots"]!.post!["x-source"];
    expect(src.page).toBe(FIXTURE);
    expect(html.split("\n")[src.line - 1]).toMatch(/<h1 id="pg-[0-9a-f]{32}">5\.1\.1\.1 - 1\.0<\/h1>/);
  });

  it("survives unclosed tags and deep nesting with a located error", () => {
    const sink = new DiagnosticSink();
    const deep = "<div>".repeat(2000) + "<p>inner</p>";
    const doc = parseHtmlPage("deep.html", `<html><body><table><tr><td>a<td>b</table><p>open ${deep}`, sink);
    expect(doc.blocks.some((b) => b.kind === "table")).toBe(true);
    expect(sink.items.map((d) => d.ruleId)).toContain("html-too-deep");
  });
});

describe("a markdown line right after a table", () => {
  it("is a paragraph when it is one bracketed caption, not one more row of the table", () => {
    const md = ["| Method | URI |", "| --- | --- |", "| GET | /v1.0/widgets |", "[Path Variable]", "", "| Name | Description |", "| --- | --- |", "| appKey | App key |"].join("\n");
    const doc = parseHtmlPage("p.md", markdownToHtml(md), new DiagnosticSink());
    expect(doc.blocks.map((b) => (b.kind === "table" ? `table ${b.rows.length}` : `${b.kind} ${b.kind === "paragraph" ? b.text : ""}`))).toEqual(["table 1", "paragraph [Path Variable]", "table 1"]);
    expect(doc.blocks[1]!.pos.line).toBe(4);
  });
});

describe("a type parameter in a markdown cell", () => {
  it("keeps `List<Integer>` as text, and still reads HTML tags (`<br>`, `<BR>`) as markup", () => {
    const md = ["| Name | Type |", "| --- | --- |", "| ids | List<Integer> |", "| note | a<BR>b |", "| tags | Set<String><br>unique |"].join("\n");
    const doc = parseHtmlPage("p.md", markdownToHtml(md), new DiagnosticSink());
    const table = doc.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => r.cells[1]!.text)).toEqual(["List<Integer>", "a\nb", "Set<String>\nunique"]);
  });
});

describe("a table cell spanning rows or columns", () => {
  it("is repeated in each row and column it covers, at its own line, so the cells after it keep their columns", () => {
    const html = [
      "<table>",
      "<tr><th>Name</th><th>Type</th><th>Description</th></tr>",
      '<tr><td rowspan="2">mode</td><td>String</td><td>fast - quick</td></tr>',
      "<tr><td>String</td><td>slow - thorough</td></tr>",
      '<tr><td colspan="2">limit, an Integer</td><td>at most 10</td></tr>',
      "<tr><td>page</td><td>Integer</td><td>page number</td></tr>",
      "</table>",
    ].join("\n");
    const doc = parseHtmlPage("t.html", html, new DiagnosticSink());
    const table = doc.blocks.find((b) => b.kind === "table");
    const grid = table?.kind === "table" ? table.rows.map((r) => r.cells.map((c) => `${c.text}@${c.pos.line}${c.spanned ? "*" : ""}`)) : [];
    expect(grid).toEqual([
      ["mode@3", "String@3", "fast - quick@3"],
      ["mode@3*", "String@4", "slow - thorough@4"],
      ["limit, an Integer@5", "limit, an Integer@5*", "at most 10@5"],
      ["page@6", "Integer@6", "page number@6"],
    ]);
  });

  it('reads an unreadable span as 1 and rowspan="0" as the rest of the table', () => {
    const html = '<table><tr><th>A</th><th>B</th></tr><tr><td rowspan="0">x</td><td>1</td></tr><tr><td>2</td></tr><tr><td colspan="x">3</td><td>4</td></tr></table>';
    const doc = parseHtmlPage("t.html", html, new DiagnosticSink());
    const table = doc.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["x", "1"],
      ["x", "2"],
      ["x", "3", "4"],
    ]);
  });
});
