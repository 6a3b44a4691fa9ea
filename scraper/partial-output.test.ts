/**
 * Partial output: a page with unreadable pieces still yields specs of everything that was read; every
 * piece not read is an error at its page:line and an `x-unread` entry on its operation (or document).
 * `strict` keeps the all-or-nothing run.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { firstDanglingRef } from "../core/dangling-refs.js";
import type { PageInput } from "./run.js";
import { scrapePages } from "./run.js";
import { scrapeOutcome } from "./scrape-outcome.js";

const revert = readFileSync("scraper/pages/scp-virtualserver-volume-revert.txt", "utf8");
const storage = readFileSync("scraper/pages/scp-storage-print.txt", "utf8");
const parallel = ["Storage", storage.slice(storage.indexOf("5 - Parallel File Storage"))].join("\n");
const nhn = readFileSync("scraper/pages/nhn-block-storage-api-v2.txt", "utf8");
const huawei = readFileSync("scraper/pages/huawei-evs-restore-vbs-backup.txt", "utf8");

type Doc = { "x-unread"?: unknown[]; paths: Record<string, Record<string, { operationId: string; "x-unread"?: unknown[] }>> };

function page(vendor: string, content: string, name = `${vendor}.txt`): PageInput {
  return { page: name, vendor, format: "text", content };
}

/** The page with line `line` (1-based) replaced. */
function replaceLine(text: string, line: number, by: string): string {
  const lines = text.split("\n");
  lines[line - 1] = by;
  return lines.join("\n");
}

function lineOf(text: string, needle: string, from = 0): number {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`fixture lost ${needle}`);
  return text.slice(0, i).split("\n").length;
}

function operations(doc: Doc) {
  return Object.values(doc.paths).flatMap((item) => Object.values(item));
}

describe("a page with one unreadable row", () => {
  const line = lineOf(revert, "| path | volume_id required |");
  const garbled = replaceLine(revert, line, "| path | | | string | None |");

  it("still yields every operation, the row an error at its line and in the operation's x-unread", () => {
    const result = scrapePages([page("scp", garbled)]);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors).toEqual([expect.objectContaining({ ruleId: "scp-unreadable-row", at: { page: "scp.txt", line } })]);
    expect(result.files.map((f) => f.path)).toEqual(scrapePages([page("scp", revert)]).files.map((f) => f.path));
    expect(result.vendors).toEqual(["scp"]);
    const marked = result.files.flatMap((f) =>
      operations(f.document as Doc)
        .filter((o) => o["x-unread"])
        .map((o) => [f.path, o["x-unread"]]),
    );
    // The row sits in the first version section (1.3): only that version's operation names it.
    expect(marked).toEqual([["scp/virtualserver/1.3.yaml", [{ page: "scp.txt", line, ruleId: "scp-unreadable-row", message: errors[0]!.message }]]]);
  });

  it("under strict writes nothing", () => {
    const result = scrapePages([page("scp", garbled)], { strict: true });
    expect(result.files).toEqual([]);
    expect(result.vendors).toEqual([]);
    expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
  });

  it("gives byte-identical specs on a rerun", () => {
    const a = scrapePages([page("scp", garbled)]).files.map((f) => f.content);
    const b = scrapePages([page("scp", garbled)]).files.map((f) => f.content);
    expect(a).toEqual(b);
  });
});

describe("a piece outside any operation", () => {
  it("is on the documents that hold it: an unreadable model row on every spec reaching the model", () => {
    const line = lineOf(parallel, "| access_ip_state required |");
    const result = scrapePages([page("scp", replaceLine(parallel, line, "| | Access IP State | string |"))]);
    const docs = result.files.map((f) => [f.path, (f.document as Doc)["x-unread"]]);
    expect(docs.length).toBeGreaterThan(0);
    for (const [path, unread] of docs) {
      const holds = Boolean((result.files.find((f) => f.path === path)!.document as { components?: { schemas?: Record<string, unknown> } }).components?.schemas?.AccessIp);
      expect(unread, String(path)).toEqual(holds ? [expect.objectContaining({ page: "scp.txt", line, ruleId: "scp-unreadable-row" })] : undefined);
    }
    expect(docs.some(([, u]) => u !== undefined)).toBe(true);
  });

  it("a schema named but never defined: on every operation whose body names it, not on the document", () => {
    // Without the example request bodies, VolumeRevertRequest is neither a model nor shown by an example.
    const result = scrapePages([page("scp", revert.replace(/Request body\n\{\n"snapshot_id": "[^"]+"\n\}/g, ""))]);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((e) => e.ruleId)).toEqual(["scp-undefined-schema"]);
    const piece = { page: "scp.txt", line: (errors[0]!.at as { line: number }).line, ruleId: "scp-undefined-schema", message: errors[0]!.message };
    expect(result.files.length).toBe(4);
    for (const f of result.files) {
      const doc = f.document as Doc;
      expect(doc["x-unread"], f.path).toBeUndefined();
      expect(
        operations(doc).map((o) => o["x-unread"]),
        f.path,
      ).toEqual([[piece]]);
    }
  });

  it("a schema reached only through a model: on the operations using that model", () => {
    const page2 = [
      "Gadget",
      "1 - Gadget",
      "1.1 - Overview",
      "Version",
      "| Version | State | Not Before |",
      "|---|---|---|",
      "| 1.0 | ACTIVE (CURRENT) | 20250101 |",
      "1.2 - API",
      "1.2.1 - Show gadget",
      "1.2.1.1 - 1.0",
      "get /v1/gadgets/{id}",
      "Description",
      "Show a gadget.",
      "Parameters",
      "| Type | Name | Description | Schema | Default |",
      "|---|---|---|---|---|",
      "| path | id required | Gadget id | string | None |",
      "Responses",
      "| HTTP Code | Description | Schema |",
      "|---|---|---|",
      "| 200 | OK | GadgetShowResponse |",
      "Example HTTP request",
      "Request header",
      '"Scp-Api-Version = gadget 1.0"',
      "1.2.2 - List gadgets",
      "1.2.2.1 - 1.0",
      "get /v1/gadgets",
      "Description",
      "List gadgets.",
      "Responses",
      "| HTTP Code | Description | Schema |",
      "|---|---|---|",
      "| 200 | OK | None |",
      "Example HTTP request",
      "Request header",
      '"Scp-Api-Version = gadget 1.0"',
      "1.3 - Models",
      "1.3.1 - GadgetShowResponse",
      "| Name | Description | Schema | Default |",
      "|---|---|---|---|",
      "| gadget required | Gadget | GadgetPart | |",
      "",
    ].join("\n");
    const result = scrapePages([page("scp", page2, "gadget.txt")]);
    expect(result.diagnostics.filter((d) => d.severity === "error").map((e) => [e.ruleId, e.message, "line" in e.at ? e.at.line : 0])).toEqual([
      // At the model row that names it.
      ["scp-undefined-schema", "schema GadgetPart is named but neither defined in Models nor shown by an example", page2.split("\n").indexOf("| gadget required | Gadget | GadgetPart | |") + 1],
    ]);
    const doc = result.files[0]!.document as Doc;
    expect(doc["x-unread"]).toBeUndefined();
    expect(doc.paths["/v1/gadgets/{id}"]!.get!["x-unread"]).toEqual([expect.objectContaining({ ruleId: "scp-undefined-schema" })]);
    expect(doc.paths["/v1/gadgets"]!.get!["x-unread"]).toBeUndefined();
    // Written as an open schema under its name, so every $ref of the spec resolves (the generator and validators stop at one that does not).
    expect((doc as unknown as { components: { schemas: Record<string, unknown> } }).components.schemas.GadgetPart).toEqual({
      description: expect.stringContaining("not defined"),
      "x-undefined": true,
    });
    expect(firstDanglingRef(doc)).toBeUndefined();
  });

  it("a page that yields no spec leaves its vendor out of the folders to replace, the others are written", () => {
    const result = scrapePages([page("scp", "Nothing here\n\nat all\n", "empty.txt"), page("nhn", nhn)]);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ ruleId: "page-without-operations", severity: "error" }));
    expect(result.vendors).toEqual(["nhn"]);
    expect(result.files.map((f) => f.path)).toEqual(["nhn/block-storage/v2.yaml"]);
  });
});

describe("every dialect marks the operation the unread piece is in", () => {
  it("NHN: an empty field-table row", () => {
    const line = lineOf(nhn, "volumes_links Body Object");
    const result = scrapePages([page("nhn", replaceLine(nhn, line, "|  |  |  |"))]);
    const doc = result.files[0]!.document as Doc;
    const marked = operations(doc).filter((o) => o["x-unread"]);
    expect(marked.map((o) => o.operationId)).toEqual(["listBlockStorage"]);
    expect(operations(doc)).toHaveLength(operations(scrapePages([page("nhn", nhn)]).files[0]!.document as Doc).length);
    expect(marked[0]!["x-unread"]).toEqual([expect.objectContaining({ page: "nhn.txt", line })]);
  });

  it("Huawei: a table the dialect does not know in the response", () => {
    const base = scrapePages([page("huawei", huawei)]);
    const line = lineOf(huawei, "    volume_name");
    const result = scrapePages([page("huawei", replaceLine(huawei, line, "| x | y |"))]);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    const ops = result.files.flatMap((f) => operations(f.document as Doc));
    expect(ops.map((o) => o.operationId)).toEqual(base.files.flatMap((f) => operations(f.document as Doc)).map((o) => o.operationId));
    expect(ops[0]!["x-unread"]).toEqual(errors.map((d) => ({ page: "huawei.txt", line: (d.at as { line: number }).line, ruleId: d.ruleId, message: d.message })));
  });
});

describe("the run's outcome at the edge", () => {
  const line = lineOf(revert, "| path | volume_id required |");
  const garbled = replaceLine(revert, line, "| path | | | string | None |");

  it("complete: written, exit 0", () => {
    expect(scrapeOutcome(scrapePages([page("scp", revert)]), "out")).toMatchObject({ write: true, exitCode: 0, unread: 0 });
  });

  it("partial: written, exit 1, the unread pieces counted in the report and the closing line", () => {
    const result = scrapePages([page("scp", garbled), page("nhn", "nothing", "nhn.txt")]);
    expect(result.report.specs.filter((s) => s.unread)).toEqual([expect.objectContaining({ path: "scp/virtualserver/1.3.yaml", unread: 1 })]);
    const outcome = scrapeOutcome(result, "out");
    expect(outcome).toMatchObject({ write: true, exitCode: 1, unread: 1 });
    expect(outcome.message).toBe("scrape incomplete: wrote 4 specs (scp) and out/scrape-report.json; 1 unread pieces are marked x-unread in them; nhn left as it was (no spec read)");
  });

  it("strict with an error: nothing written, exit 1", () => {
    expect(scrapeOutcome(scrapePages([page("scp", garbled)], { strict: true }), "out")).toEqual({
      write: false,
      exitCode: 1,
      unread: 0,
      message: "scrape failed: nothing written, out left as it was",
    });
  });
});

describe("an empty page among readable ones", () => {
  it("is one page-empty error at its line 1, for every vendor and format; the other pages are still written", () => {
    for (const vendor of ["scp", "nhn", "huawei"]) {
      for (const [content, what] of [
        ["", "page is empty: nothing to read"],
        ["  \n\n\t\n", "page is empty (only whitespace)"],
      ] as const) {
        const empty: PageInput = { page: "saved/empty.html", vendor, format: "html", content };
        const result = scrapePages([empty, page("nhn", nhn)]);
        const onEmpty = result.diagnostics.filter((d) => "page" in d.at && d.at.page === "saved/empty.html");
        expect(onEmpty.map((d) => [d.ruleId, d.severity, "line" in d.at ? d.at.line : 0])).toEqual([["page-empty", "error", 1]]);
        expect(onEmpty[0]!.message).toContain(what);
        expect(result.files.map((f) => f.path)).toContain("nhn/block-storage/v2.yaml");
      }
    }
  });
});
