import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HostAllowlist } from "./allowlist.js";
import type { FetchAllOptions, FetchEvent, RemoteEntry } from "./fetch-all.js";
import { fetchPages } from "./fetch-all.js";
import { ProgressPrinter } from "./progress.js";
import { sha256, writeSnapshot } from "./snapshot-store.js";
import type { TestSite } from "./test-server.js";
import { startTestSite } from "./test-server.js";

let site: TestSite;
let dir: string;
beforeAll(async () => {
  site = await startTestSite();
  dir = mkdtempSync(join(tmpdir(), "cloudspec-fetch-all-"));
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

function entries(n: number, prefix: string): RemoteEntry[] {
  return Array.from({ length: n }, (_, i) => ({ file: `${prefix}${i}.txt`, vendor: "nhn", url: `${site.origin}/${prefix}${i}`, line: 3 + i * 6, path: `${prefix}${i}.txt` }));
}

function options(extra: Partial<FetchAllOptions> = {}): FetchAllOptions {
  return {
    manifestPath: "pages/sources.json",
    allowlist: HostAllowlist.from([site.origin]),
    limits: { timeoutMs: 60_000, maxBytes: 100_000, maxRedirects: 2 },
    retry: { retries: 0, backoffMs: 1, maxBackoffMs: 1 },
    concurrency: 2,
    now: () => new Date("2026-11-22T00:00:00Z"),
    ...extra,
  };
}

describe("fetchPages", () => {
  it("keeps at most `concurrency` requests in flight and returns pages in manifest order", async () => {
    const list = entries(6, "slow");
    for (const e of list) site.routes.set(new URL(e.url).pathname, { body: `page ${e.file}`, contentType: "text/plain", delayMs: 60 });
    const events: FetchEvent[] = [];
    const r = await fetchPages(list, options({ onEvent: (e) => events.push(e) }));
    expect(site.maxInFlight()).toBe(2);
    expect(r.pages.map((p) => p.text)).toEqual(list.map((e) => `page ${e.file}`));
    expect(r.pages.every((p) => p.record.format === "text" && p.record.sha256 === sha256(p.text))).toBe(true);
    expect(events.filter((e) => e.type === "start")).toHaveLength(6);
    expect(events.filter((e) => e.type === "done").map((e) => (e.type === "done" ? e.done : 0))).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("turns every failure into a diagnostic at the manifest entry's line, and keeps going", async () => {
    const list = entries(3, "mixed");
    site.routes.set("/mixed0", { body: "fine", contentType: "text/plain" });
    site.routes.set("/mixed1", { status: 404 });
    site.routes.set("/mixed2", { body: "%PDF-1.7", contentType: "application/pdf" });
    const r = await fetchPages(list, options());
    expect(r.pages.map((p) => p.entry.file)).toEqual(["mixed0.txt"]);
    expect(r.diagnostics.map((d) => [d.ruleId, d.at])).toEqual([
      ["fetch-http-status", { page: "pages/sources.json", line: 9 }],
      ["fetch-not-a-page", { page: "pages/sources.json", line: 15 }],
    ]);
  });

  it("uses the newest snapshot as the cache, and fetches unconditionally when the stored copy is damaged", async () => {
    const [e] = entries(1, "cached");
    site.routes.set("/cached0", { body: "v1", contentType: "text/plain", etag: '"v1"' });
    const first = await fetchPages([e!], options());
    const page = { file: "cached0.txt", ...first.pages[0]!.record };
    const cache = writeSnapshot(join(dir, "snaps"), { schemaVersion: 1, id: "2026-11-21", takenAt: "2026-11-21T00:00:00Z", manifest: "m", pages: [page] }, new Map([["cached0.txt", "v1"]]));
    const again = await fetchPages([e!], options({ cache }));
    expect(again.pages[0]!.record.notModified).toBe(true);
    expect(again.pages[0]!.text).toBe("v1");
    expect(site.requests.at(-1)!.headers["if-none-match"]).toBe('"v1"');

    writeFileSync(join(cache.dir, "cached0.txt"), "damaged");
    const repaired = await fetchPages([e!], options({ cache }));
    expect(site.requests.at(-1)!.headers["if-none-match"]).toBeUndefined();
    expect(repaired.pages[0]!.record.notModified).toBe(false);
    expect(repaired.pages[0]!.text).toBe("v1");
  });
});

describe("ProgressPrinter", () => {
  const [e] = [{ file: "a.txt", vendor: "nhn", url: "https://docs.example/a", line: 3, path: "a.txt" }];
  const page = {
    entry: e!,
    text: "x",
    attempts: 2,
    ms: 12,
    record: { source: "a.txt", vendor: "nhn", url: e!.url, finalUrl: "https://docs.example/b", checkedAt: "t", format: "html" as const, sha256: "0", bytes: 2048, notModified: false },
  };

  it("prints one line per page when not on a terminal", () => {
    const out: string[] = [];
    const p = new ProgressPrinter({ write: (t: string) => out.push(t), isTTY: false });
    p.handle({ type: "start", entry: e!, total: 1 });
    p.handle({ type: "retry", entry: e!, attempt: 1, waitMs: 1000, reason: "https://docs.example/a: HTTP 503" });
    p.handle({ type: "done", entry: e!, done: 1, total: 1, page });
    expect(out.join("")).toBe(
      "retry a.txt: https://docs.example/a: HTTP 503 (attempt 1 failed, waiting 1000 ms)\n[1/1] a.txt ← https://docs.example/a → https://docs.example/b: 2.0 KiB html in 12 ms (2 attempts)\n",
    );
  });

  it("keeps a status line of pages in flight on a terminal and clears it", () => {
    const out: string[] = [];
    const p = new ProgressPrinter({ write: (t: string) => out.push(t), isTTY: true });
    p.handle({ type: "start", entry: e!, total: 1 });
    expect(out.join("")).toBe("fetching (1 pages): a.txt");
    p.handle({ type: "done", entry: e!, done: 1, total: 1, page });
    expect(out.slice(1).join("").startsWith("\r\u001b[K[1/1] a.txt")).toBe(true);
    p.clearStatus();
    expect(out.at(-1)).toMatch(/ms \(2 attempts\)\n$/);
  });

  it("cuts the status line to the terminal width, so it can be cleared", () => {
    const out: string[] = [];
    const p = new ProgressPrinter({ write: (t: string) => out.push(t), isTTY: true, columns: 30 });
    p.handle({ type: "start", entry: { ...e!, file: "a-very-long-page-name-indeed.txt" }, total: 1 });
    expect(out.join("")).toBe("fetching (1 pages): a-very-l…");
    expect(out.join("").length).toBe(29);
  });
});
