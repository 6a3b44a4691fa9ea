/**
 * `refresh` end to end against a documentation site on 127.0.0.1: the first run snapshots the pages,
 * a page that changes between runs yields a new dated snapshot and a report of exactly that change,
 * unchanged pages are answered 304 and carried over, failures write nothing, and --offline rebuilds from
 * the stored snapshots without a request.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RefreshOptions, RefreshResult } from "./refresh.js";
import { refresh, RefreshError } from "./refresh.js";
import { listSnapshots, readSnapshot, sha256 } from "./snapshot-store.js";
import type { TestSite } from "./test-server.js";
import { startTestSite } from "./test-server.js";
import { runRefresh } from "./command.js";

const PFS_FIXTURE = "scraper/document/fixtures/scp-parallel-filestorage-print.html";
const NHN_PAGE = "scraper/pages/nhn-block-storage-api-v2.txt";
const HUAWEI_PAGE = "scraper/pages/huawei-evs-restore-vbs-backup.txt";
const PFS_PATH = "/en/apireference/storage/parallel-filestorage/_print/";
const NHN_PATH = "/en/Storage/Block%20Storage/en/public-api/";

const original = readFileSync(PFS_FIXTURE, "utf8");
/** The vendor's edit: CreateSnapshot no longer documents 409, and its request gains a required `name`. */
const MODEL = "5.2.8 - SnapshotCreateRequest</h1>";
const edited = original
  .replace("<tr><td>409</td><td>Conflict</td><td>None</td></tr>\n", "")
  .replace(MODEL, `${MODEL}\n<!-- edited -->`)
  .replace(/(<!-- edited -->[\s\S]*?<tbody>\n)/, "$1<tr><td>name required</td><td>Snapshot name</td><td>string</td></tr>\n");

let site: TestSite;
let dir: string;
let pfsBody = original;
let pfsStatus = 200;

beforeAll(async () => {
  expect(edited).toContain("<tr><td>name required</td>");
  expect(edited.split("<td>409</td>").length).toBe(original.split("<td>409</td>").length - 1);
  site = await startTestSite();
  site.routes.set(PFS_PATH, () => ({ status: pfsStatus, body: pfsBody, contentType: "text/html; charset=utf-8", etag: `"${sha256(pfsBody).slice(0, 16)}"` }));
  site.routes.set(NHN_PATH, { body: readFileSync(NHN_PAGE, "utf8"), contentType: "text/plain; charset=utf-8", lastModified: "Mon, 02 Nov 2026 00:00:00 GMT" });
  dir = mkdtempSync(join(tmpdir(), "cloudspec-refresh-"));
  copyFileSync(PFS_FIXTURE, join(dir, "pfs.html"));
  copyFileSync(NHN_PAGE, join(dir, "nhn.txt"));
  copyFileSync(HUAWEI_PAGE, join(dir, "huawei.txt"));
  const manifest = {
    pages: [
      { file: "pfs.html", vendor: "scp", format: "html", url: `${site.origin}${PFS_PATH}` },
      { file: "nhn.txt", vendor: "nhn", format: "text", url: `${site.origin}${NHN_PATH}` },
      { file: "huawei.txt", vendor: "huawei", format: "text" },
    ],
  };
  writeFileSync(join(dir, "sources.json"), `${JSON.stringify(manifest, null, 2)}\n`);
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

function options(at: string, extra: Partial<RefreshOptions> = {}): RefreshOptions {
  return {
    manifest: join(dir, "sources.json"),
    snapshots: join(dir, "snapshots"),
    spec: join(dir, "spec"),
    generated: join(dir, "generated"),
    reports: join(dir, "generated", "reports"),
    offline: false,
    allowHosts: [],
    limits: { timeoutMs: 60_000, maxBytes: 5_000_000, maxRedirects: 3 },
    retry: { retries: 0, backoffMs: 1, maxBackoffMs: 1 },
    concurrency: 2,
    asOf: "2026-11-22",
    config: join(dir, "no-config.yaml"),
    now: () => new Date(at),
    ...extra,
  };
}

function ruleIds(r: RefreshResult): string[] {
  return r.published.report.comparisons.flatMap((c) => c.findings.map((f) => `${c.service} ${f.ruleId}`)).sort();
}

function specTree(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (
        existsSync(full) &&
        readdirSync(d, { withFileTypes: true })
          .find((e) => e.name === name)!
          .isDirectory()
      )
        walk(full, `${prefix}${name}/`);
      else out[`${prefix}${name}`] = readFileSync(full, "utf8");
    }
  };
  walk(join(dir, "spec"), "");
  return out;
}

describe("refresh against a local documentation site", { timeout: 120_000 }, () => {
  it("first run: snapshots the pages, scrapes, generates, and finds no change against identical bundled pages", async () => {
    writeFileSync(join(dir, "no-config.yaml"), "severity: {}\n");
    const events: string[] = [];
    const r = await refresh(options("2026-11-20T10:00:00Z", { onEvent: (e) => events.push(e.type) }));
    expect(r.created).toBe(true);
    expect(r.snapshot.id).toBe("2026-11-20");
    expect(r.base).toEqual({ kind: "bundled" });
    expect(r.changed).toEqual([]);
    expect(r.published.report.summary).toMatchObject({ breaking: 0, warning: 0, info: 0 });
    expect(r.snapshot.manifest.pages.map((p) => [p.source, p.file, p.format, p.notModified])).toEqual([
      ["pfs.html", "pfs.html", "html", false],
      ["nhn.txt", "nhn.txt", "text", false],
    ]);
    expect(events.filter((e) => e === "done")).toHaveLength(2);
    // No conditional request without a cache.
    expect(site.requests.every((q) => q.headers["if-none-match"] === undefined && q.headers["if-modified-since"] === undefined)).toBe(true);

    const specs = specTree();
    expect(Object.keys(specs)).toEqual(["huawei/vbs/v2.yaml", "nhn/block-storage/v2.yaml", "scp/parallel-filestorage/1.0.yaml", "scrape-report.json"]);
    // Every node traces to the stored snapshot page (or, for pages without a URL, the bundled file).
    expect(specs["scp/parallel-filestorage/1.0.yaml"]).toContain(`page: ${site.origin}${PFS_PATH}`);
    expect(specs["huawei/vbs/v2.yaml"]).toContain("huawei.txt");
    // The same last look as `cloudspec scrape`: the NHN page's doc bug is marked. The project's allowlist names it at
    // the bundled file's line, not at this URL, so here it is marked as not reviewed.
    const nhn = specs["nhn/block-storage/v2.yaml"]!;
    const bug = nhn.slice(nhn.indexOf("x-doc-bug:"), nhn.indexOf("x-doc-bug:") + 400);
    expect(bug).toContain("- rule: doc-example-undocumented-property");
    expect(bug).toContain(`at: ${site.origin}${NHN_PATH}:358`);
    expect(bug).toContain("reviewed: false");
    expect(existsSync(join(dir, "generated/scp/parallel-filestorage/1.0/client.ts"))).toBe(true);
    expect(existsSync(join(dir, "generated/reports/version-diff.md"))).toBe(true);
    expect(readFileSync(join(dir, "generated/reports/docs-changed.md"), "utf8")).toContain("snapshot 2026-11-20");
  });

  it("a page that changed: new dated snapshot, 304 for the unchanged page, a report of exactly the change", async () => {
    pfsBody = edited;
    const before = site.requests.length;
    const r = await refresh(options("2026-11-21T10:00:00Z"));
    expect(r.created).toBe(true);
    expect(r.snapshot.id).toBe("2026-11-21");
    expect(r.base).toEqual({ kind: "snapshot", id: "2026-11-20" });
    expect(r.changed).toEqual(["pfs.html"]);
    expect(r.notModified).toEqual(["nhn.txt"]);
    // Page ids are URLs, the same in every snapshot: the unchanged page's spec and client are not rewritten.
    expect(r.published.generated.written.filter((p) => p.includes("nhn"))).toEqual([]);
    expect(r.published.generated.written.filter((p) => p.includes("parallel-filestorage")).length).toBeGreaterThan(0);
    const asked = site.requests.slice(before);
    expect(asked.find((q) => q.path === PFS_PATH)!.headers["if-none-match"]).toBe(`"${sha256(original).slice(0, 16)}"`);
    expect(asked.find((q) => q.path === NHN_PATH)!.headers["if-modified-since"]).toBe("Mon, 02 Nov 2026 00:00:00 GMT");
    // The 304 page is carried over byte for byte.
    const snap = readSnapshot(join(dir, "snapshots"), "2026-11-21");
    expect(readFileSync(join(snap.dir, "nhn.txt"), "utf8")).toBe(readFileSync(NHN_PAGE, "utf8"));
    expect(snap.manifest.pages.find((p) => p.source === "nhn.txt")!.notModified).toBe(true);

    expect(ruleIds(r)).toEqual(["scp/parallel-filestorage request-property-added-required", "scp/parallel-filestorage response-error-status-removed"]);
    expect(r.published.report.summary.breaking).toBe(1);
    const md = readFileSync(join(dir, "generated/reports/docs-changed.md"), "utf8");
    expect(md).toContain("createSnapshot");
    expect(md).toContain("snapshot 2026-11-20");
    expect(md).toMatch(/\| pfs\.html \| .* \| \*\*changed\*\* \|/);
    expect(md).toMatch(/\| nhn\.txt \| .*\(304\) \| unchanged \|/);
    expect(md).toContain("| huawei.txt | — | not fetched: the bundled file is read | — |");
    const html = readFileSync(join(dir, "generated/reports/docs-changed.html"), "utf8");
    expect(html).toMatch(/<section id="pages">[\s\S]*<td>pfs\.html<\/td>[\s\S]*<strong>changed<\/strong>[\s\S]*<\/section>\n<\/body>/);
    expect(JSON.parse(readFileSync(join(dir, "generated/reports/docs-changed.json"), "utf8")).summary.breaking).toBe(1);
    expect(specTree()["scp/parallel-filestorage/1.0.yaml"]).toMatch(/SnapshotCreateRequest:[\s\S]*?required:\s*\n\s*- name/);
    expect(readFileSync(join(dir, "generated/scp/parallel-filestorage/1.0/schema.ts"), "utf8")).toMatch(/name: string/);
  });

  it("nothing changed: no new snapshot, every page 304, the report still compares the last two snapshots", async () => {
    const before = site.requests.length;
    const r = await refresh(options("2026-11-21T12:00:00Z"));
    expect(r.created).toBe(false);
    expect(r.snapshot.id).toBe("2026-11-21");
    expect(r.notModified).toEqual(["pfs.html", "nhn.txt"]);
    expect(site.requests.length - before).toBe(2);
    expect(listSnapshots(join(dir, "snapshots"))).toEqual(["2026-11-20", "2026-11-21"]);
    expect(ruleIds(r)).toHaveLength(2);
  });

  it("a second change on the same day gets the next id", async () => {
    pfsBody = original;
    const r = await refresh(options("2026-11-21T13:00:00Z"));
    expect(r.snapshot.id).toBe("2026-11-21.2");
    expect(r.base).toEqual({ kind: "snapshot", id: "2026-11-21" });
    expect(ruleIds(r)).toEqual(["scp/parallel-filestorage request-property-removed", "scp/parallel-filestorage response-error-status-added"]);
    expect(r.published.report.summary.breaking).toBe(0);
  });

  it("a page that cannot be fetched fails the run with the manifest line, and writes nothing", async () => {
    pfsStatus = 500;
    const spec = specTree();
    let error: unknown;
    try {
      await refresh(options("2026-11-22T10:00:00Z"));
    } catch (e) {
      error = e;
    }
    pfsStatus = 200;
    expect(error).toBeInstanceOf(RefreshError);
    const e = error as RefreshError;
    expect(e.exitCode).toBe(1);
    expect(e.diagnostics.map((d) => [d.ruleId, d.at])).toEqual([["fetch-http-status", { page: join(dir, "sources.json"), line: 4 }]]);
    expect(e.diagnostics[0]!.message).toContain("HTTP 500");
    expect(listSnapshots(join(dir, "snapshots"))).toEqual(["2026-11-20", "2026-11-21", "2026-11-21.2"]);
    expect(specTree()).toEqual(spec);
  });

  it("a page that no longer scrapes keeps its snapshot but leaves the spec tree alone", async () => {
    pfsBody = "<html><body><h1>Maintenance</h1><p>Back soon.</p></body></html>";
    const spec = specTree();
    await expect(refresh(options("2026-11-22T11:00:00Z"))).rejects.toThrow(/do not scrape cleanly; the snapshot is kept .* fix and rerun with --offline/);
    expect(listSnapshots(join(dir, "snapshots")).at(-1)).toBe("2026-11-22");
    expect(specTree()).toEqual(spec);
    // Back to the good page (a new snapshot) for the offline runs below.
    pfsBody = original;
    const r = await refresh(options("2026-11-22T12:00:00Z"));
    expect(r.snapshot.id).toBe("2026-11-22.2");
  });

  it("--offline rebuilds from the newest snapshot without a single request", async () => {
    const spec = specTree();
    const before = site.requests.length;
    const noNetwork: typeof fetch = () => Promise.reject(new Error("offline runs must not fetch"));
    const r = await refresh(options("2026-11-23T10:00:00Z", { offline: true, fetch: noNetwork }));
    expect(site.requests.length).toBe(before);
    expect(r.created).toBe(false);
    expect(r.snapshot.id).toBe("2026-11-22.2");
    expect(r.base).toEqual({ kind: "snapshot", id: "2026-11-22" });
    expect(specTree()).toEqual(spec);
  });

  it("the CLI prints the summary and maps --fail-on to the exit code", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const stream = (into: string[]) => ({ write: (t: string) => (into.push(t), true) }) as unknown as NodeJS.WritableStream;
    const cli = {
      manifest: join(dir, "sources.json"),
      snapshots: join(dir, "snapshots"),
      spec: join(dir, "spec"),
      generated: join(dir, "generated"),
      reports: join(dir, "generated", "reports"),
      offline: true,
      timeout: "1000",
      maxBytes: "1MiB",
      maxRedirects: "2",
      retries: "0",
      concurrency: "2",
      asOf: "2026-11-22",
      config: join(dir, "no-config.yaml"),
    };
    expect(await runRefresh({ ...cli, failOn: "none" }, stream(err), stream(out))).toBe(0);
    const text = out.join("");
    expect(text).toContain("reading snapshot 2026-11-22.2 (2 pages)");
    expect(text).toContain("pages changed since snapshot 2026-11-22: pfs.html");
    expect(text).toMatch(/report: .*docs-changed\.\{md,html,json,junit\.xml\}/);
    expect(err.join("")).toContain("offline: reading snapshot 2026-11-22.2");
    // The base (the maintenance page) scraped to nothing, so the good page's operations count as added.
    expect(await runRefresh({ ...cli, failOn: "info", quiet: true }, stream(err), stream(out))).toBe(1);
    expect(await runRefresh({ ...cli, failOn: "none", maxBytes: "lots" }, stream(err), stream(out))).toBe(2);
    expect(err.join("")).toContain("--max-bytes must be a size");
    expect(await runRefresh({ ...cli, failOn: "none", snapshots: join(dir, "none-here") }, stream(err), stream(out))).toBe(2);
    expect(err.join("")).toContain("no snapshot in");
  });
});
