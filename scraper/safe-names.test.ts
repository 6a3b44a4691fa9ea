/**
 * Page-derived names never decide a path outside the output folder: the reported attack (a page whose
 * example header reads `Scp-Api-Version = ../../../../ESCAPED 1.3`) on the real bundled page, written to
 * disk, and every hostile name in every place a name comes from.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DiagnosticSink, type Diagnostic } from "../core/diagnostics.js";
import type { ApiOperation, ApiService } from "./api-model.js";
import { scrapePages } from "./run.js";
import { DEFAULT_MANIFEST, loadManifest } from "./sources.js";
import { withSafeNames } from "./safe-names.js";
import { writeSpecTree } from "./write-output.js";

const storage = readFileSync("scraper/pages/scp-storage-print.txt", "utf8");
const unsafe = (ds: readonly Diagnostic[]) => ds.filter((d) => d.ruleId === "unsafe-page-name");

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe("the reported path traversal, on the bundled SCP storage page", () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it("`Scp-Api-Version = ../../../../ESCAPED <v>` is refused at its line; nothing lands outside --out; the other services are still read", () => {
    const hostile = storage.replaceAll("Scp-Api-Version = backup ", "Scp-Api-Version = ../../../../ESCAPED ");
    const result = scrapePages([{ page: "scraper/pages/scp-storage-print.txt", vendor: "scp", format: "text", content: hostile }]);

    const refused = unsafe(result.diagnostics);
    expect(refused.length).toBeGreaterThan(0);
    const lines = hostile.split("\n");
    for (const d of refused) {
      expect(d.severity).toBe("error");
      expect(d.message).toContain('"../../../../ESCAPED"');
      const at = d.at as { page: string; line: number };
      expect(at.page).toBe("scraper/pages/scp-storage-print.txt");
      expect(lines[at.line - 1]).toContain("ESCAPED");
    }
    expect(result.files.every((f) => !f.path.includes(".."))).toBe(true);
    for (const service of ["archivestorage", "baremetal-blockstorage", "filestorage", "parallel-filestorage"]) {
      expect(result.files.some((f) => f.path.startsWith(`scp/${service}/`))).toBe(true);
    }

    root = mkdtempSync(join(tmpdir(), "traversal-"));
    const out = join(root, "a", "b", "out");
    writeSpecTree(out, result.files, ["scp"], { name: "scrape-report.json", content: "{}\n" });
    const written = filesUnder(root).map((f) => relative(root!, f));
    expect(written.length).toBeGreaterThan(0);
    expect(written.filter((f) => !f.startsWith(join("a", "b", "out")))).toEqual([]);
    expect(existsSync(join(root, "a", "ESCAPED"))).toBe(false);
  });

  it("writeSpecTree itself refuses a file path that leaves the folder, even if a caller forgot to check", () => {
    root = mkdtempSync(join(tmpdir(), "traversal-"));
    const out = join(root, "out");
    expect(() => writeSpecTree(out, [{ path: "scp/../../ESCAPED.yaml", bytes: Buffer.from("x"), document: {} } as never], ["scp"], { name: "r.json", content: "{}" })).toThrow(
      /outside the output folder/,
    );
    expect(existsSync(join(root, "ESCAPED.yaml"))).toBe(false);
  });
});

/** Names a hostile or broken page can put where a name goes (see core/safe-name.test.ts for the grammar). */
const HOSTILE = ["../x", "a/b", "a\0b", 'a"b', "x*/y", "a`b", "${x}", "a\nb", "</script>", "ab\u202Ec", "__proto__", "constructor"];

const at = { page: "fixture.txt", line: 7 };
function operation(overrides: Partial<ApiOperation> = {}): ApiOperation {
  return {
    apiVersion: "1.0",
    method: "get",
    path: "/v1/things",
    operationId: "listThings",
    summary: "List things",
    tags: [],
    deprecated: false,
    parameters: [],
    responses: [{ status: "200", description: "OK", contentType: "application/json", schema: { type: "array", items: { $ref: "#/components/schemas/Thing" } }, source: at }],
    source: { page: "fixture.txt", line: 20 },
    ...overrides,
  };
}
function service(overrides: Partial<ApiService> = {}): ApiService {
  return {
    vendor: "scp",
    id: "things",
    title: "Things",
    versions: [{ version: "1.0", source: at }],
    servers: [],
    securitySchemes: [],
    security: [],
    operations: [operation(), operation({ path: "/v1/other", operationId: "listOther", source: { page: "fixture.txt", line: 40 } })],
    schemas: new Map([["Thing", { name: "Thing", schema: { type: "object" }, inferred: false, source: { page: "fixture.txt", line: 60 } }]]),
    pages: ["fixture.txt"],
    source: { page: "fixture.txt", line: 1 },
    ...overrides,
  } as ApiService;
}

describe("withSafeNames: a refused name leaves out only what it names, with a located error", () => {
  it.each(HOSTILE)("service id %j: the service is left out", (name) => {
    const sink = new DiagnosticSink();
    expect(withSafeNames([service({ id: name }), service({ id: "fine" })], sink).map((s) => s.id)).toEqual(["fine"]);
    expect(unsafe(sink.items).map((d) => d.at)).toEqual([{ page: "fixture.txt", line: 1 }]);
  });

  it.each(HOSTILE)("API version %j: its operations and version row are left out, the other version stays", (name) => {
    const sink = new DiagnosticSink();
    const s = service({
      versions: [
        { version: "1.0", source: at },
        { version: name, source: at },
      ],
      operations: [operation(), operation({ apiVersion: name, source: { page: "fixture.txt", line: 90 } })],
    });
    const [kept] = withSafeNames([s], sink);
    expect(kept!.versions.map((v) => v.version)).toEqual(["1.0"]);
    expect(kept!.operations.map((o) => o.apiVersion)).toEqual(["1.0"]);
    expect(unsafe(sink.items).map((d) => d.at)).toEqual([{ page: "fixture.txt", line: 90 }]);
  });

  it.each(HOSTILE)("operation id %j: that operation is left out", (name) => {
    const sink = new DiagnosticSink();
    const [kept] = withSafeNames(
      [service({ operations: [operation({ operationId: name }), operation({ path: "/v1/other", operationId: "listOther", source: { page: "fixture.txt", line: 40 } })] })],
      sink,
    );
    expect(kept!.operations.map((o) => o.operationId)).toEqual(["listOther"]);
    expect(unsafe(sink.items).map((d) => d.at)).toEqual([{ page: "fixture.txt", line: 20 }]);
  });

  it.each(HOSTILE)("schema name %j: the schema is left out and references to it say so instead of dangling", (name) => {
    const sink = new DiagnosticSink();
    const ref = { $ref: `#/components/schemas/${name}` };
    const s = service({
      operations: [operation({ responses: [{ status: "200", description: "OK", schema: { type: "array", items: ref }, source: at }] })],
      schemas: new Map([
        [name, { name, schema: { type: "object" }, inferred: false, source: { page: "fixture.txt", line: 61 } }],
        ["Thing", { name: "Thing", schema: { type: "object", properties: { inner: { $ref: `#/components/schemas/${name}` } } }, inferred: false, source: { page: "fixture.txt", line: 60 } }],
      ]),
    });
    const [kept] = withSafeNames([s], sink);
    expect([...kept!.schemas.keys()]).toEqual(["Thing"]);
    expect(JSON.stringify([kept!.operations, [...kept!.schemas.values()]])).not.toContain('"$ref":"#/components/schemas/' + JSON.stringify(name).slice(1, -1));
    expect(kept!.operations[0]!.responses[0]!.schema).toEqual({ type: "array", items: { "x-unread-ref": expect.stringContaining("name refused") } });
    expect(unsafe(sink.items).map((d) => d.at)).toEqual([{ page: "fixture.txt", line: 61 }]);
  });

  it("messages print the name escaped: a bidi control or newline cannot reorder the console line", () => {
    const sink = new DiagnosticSink();
    withSafeNames([service({ id: "ab\u202Ec\nd" })], sink);
    expect(sink.items[0]!.message).toContain('"ab\\u202ec\\nd"');
    expect(sink.items[0]!.message).not.toMatch(/[\u202e\n]/);
  });

  it("the bundled pages' names all pass (nothing refused on the main job)", () => {
    const inputs = loadManifest(DEFAULT_MANIFEST);
    expect(unsafe(scrapePages(inputs).diagnostics)).toEqual([]);
  });
});
