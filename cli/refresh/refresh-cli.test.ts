/** `cloudspec refresh` as a user runs it (the command line, in-process) against a documentation site on 127.0.0.1. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bufferIo } from "../../core/command-io.js";
import { runCli } from "../program.js";
import type { TestSite } from "./test-server.js";
import { startTestSite } from "./test-server.js";

/** In-process, as the binary runs it: runCli over the arguments, with the output captured. */
async function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const io = bufferIo();
  const status = await runCli(args, io);
  return { status, stdout: io.stdout(), stderr: io.stderr() };
}

let site: TestSite;
let dir: string;
beforeAll(async () => {
  site = await startTestSite();
  dir = mkdtempSync(join(tmpdir(), "cloudspec-refresh-cli-"));
  copyFileSync("scraper/pages/scp-virtualserver-volume-revert.txt", join(dir, "revert.txt"));
  site.routes.set("/docs/revert", { body: readFileSync("scraper/pages/scp-virtualserver-volume-revert.txt", "utf8"), contentType: "text/plain; charset=utf-8", etag: '"r1"' });
  site.routes.set("/docs/old-revert", { status: 308, headers: { location: "/docs/revert" } });
  writeFileSync(join(dir, "sources.json"), JSON.stringify({ pages: [{ file: "revert.txt", vendor: "scp", format: "text", url: `${site.origin}/docs/old-revert` }] }, null, 2));
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("cloudspec refresh", { timeout: 120_000 }, () => {
  const paths = () => [
    "--manifest",
    join(dir, "sources.json"),
    "--snapshots",
    join(dir, "snapshots"),
    "--spec",
    join(dir, "spec"),
    "--generated",
    join(dir, "generated"),
    "--reports",
    join(dir, "reports"),
    "--as-of",
    "2026-11-22",
  ];

  it("--help tells the truth about every option", async () => {
    const r = await cli("refresh", "--help");
    expect(r.status).toBe(0);
    for (const opt of [
      "--manifest",
      "--snapshots",
      "--offline",
      "--spec",
      "--generated",
      "--reports",
      "--allow-host",
      "--timeout",
      "--max-bytes",
      "--max-redirects",
      "--retries",
      "--concurrency",
      "--as-of",
      "--config",
      "--fail-on",
      "--quiet",
    ])
      expect(r.stdout).toContain(opt);
    expect(r.stdout).toContain("Exit codes");
  });

  it("--offline without snapshots is bad input (exit 2)", async () => {
    const r = await cli("refresh", ...paths(), "--offline");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("run refresh once with network access first");
  });

  it("fetches through an allowed redirect, stores the snapshot, and writes specs, clients and reports", async () => {
    const r = await cli("refresh", ...paths());
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/\[1\/1\] revert\.txt ← http:\/\/127\.0\.0\.1:\d+\/docs\/old-revert → http:\/\/127\.0\.0\.1:\d+\/docs\/revert: [\d.]+ KiB text in \d+ ms/);
    expect(r.stdout).toMatch(/stored snapshot \d{4}-\d{2}-\d{2} \(1 pages\)/);
    expect(r.stdout).toContain("pages changed since the bundled pages: none");
    expect(existsSync(join(dir, "spec/scp/virtualserver/1.3.yaml"))).toBe(true);
    expect(existsSync(join(dir, "generated/scp/virtualserver/index.ts"))).toBe(true);
    expect(existsSync(join(dir, "reports/docs-changed.html"))).toBe(true);
    // The second run is answered 304 and stores nothing new.
    const again = await cli("refresh", ...paths(), "--quiet");
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toBe("");
    expect(again.stdout).toMatch(/reading snapshot \S+ \(1 pages\), 1 answered 304 Not Modified/);
  });

  it("a redirect off the allowlist fails with the manifest line and exit 1", async () => {
    site.routes.set("/docs/elsewhere", { status: 302, headers: { location: `http://localhost:${site.port}/docs/revert` } });
    writeFileSync(join(dir, "sources2.json"), JSON.stringify({ pages: [{ file: "revert.txt", vendor: "scp", url: `${site.origin}/docs/elsewhere` }] }, null, 2));
    const args = paths();
    args[1] = join(dir, "sources2.json");
    const r = await cli("refresh", ...args);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/sources2\.json:4: error fetch-redirect-refused: .* refused: host localhost:\d+ is not on the allowlist/);
    expect(r.stderr).toContain("no snapshot stored");
  });
});
