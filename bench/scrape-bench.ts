/**
 * `npm run bench`: scrape throughput over the bundled pages (parse + extract, per dialect), and time and
 * peak memory on synthetic documents of growing size (each in its own process, so peak RSS is its own).
 * Prints ratios and throughputs; asserts nothing.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { DiagnosticSink } from "../core/diagnostics.js";
import { dialectFor } from "../scraper/dialects/index.js";
import type { PageInput } from "../scraper/run.js";
import { parsePage, scrapePages } from "../scraper/run.js";
import { DEFAULT_MANIFEST, loadManifest } from "../scraper/sources.js";
import { syntheticStoragePage } from "./synthetic.js";

const MB = 1024 * 1024;

function parseAndExtract(pages: readonly PageInput[]): void {
  for (const page of pages) {
    const sink = new DiagnosticSink();
    dialectFor(page.vendor)!.read(parsePage(page, sink), sink);
  }
}

function throughput(pages: readonly PageInput[], minMs = 1500): { mbPerS: number; runs: number; bytes: number } {
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.content), 0);
  const warm = Date.now();
  while (Date.now() - warm < 500) parseAndExtract(pages); // warm-up: let the JIT settle
  let runs = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    parseAndExtract(pages);
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { mbPerS: (bytes * runs) / MB / (elapsed / 1000), runs, bytes };
}

function child(sizeMb: number): void {
  const storage = readFileSync("scraper/pages/scp-storage-print.txt", "utf8");
  const content = syntheticStoragePage(storage, sizeMb * MB);
  const page: PageInput = { page: "synthetic.txt", vendor: "scp", format: "text", content };
  const start = process.hrtime.bigint();
  const result = scrapePages([page]);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const ops = result.services.reduce((n, s) => n + s.operations.length, 0);
  process.stdout.write(
    JSON.stringify({
      bytes: Buffer.byteLength(content),
      ms,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      services: result.services.length,
      operations: ops,
      specs: result.files.length,
      errors: result.report.summary.errors,
    }),
  );
}

function main(): void {
  const pages = loadManifest(DEFAULT_MANIFEST);
  console.log("# scrape throughput, parse + extract (bundled pages)");
  const all = throughput(pages);
  console.log(`all pages: ${(all.bytes / 1024).toFixed(0)} KiB × ${all.runs} runs → ${all.mbPerS.toFixed(1)} MB/s (target ≥ 20)`);
  for (const vendor of [...new Set(pages.map((p) => p.vendor))]) {
    const t = throughput(
      pages.filter((p) => p.vendor === vendor),
      800,
    );
    console.log(`  ${vendor}: ${(t.bytes / 1024).toFixed(0)} KiB → ${t.mbPerS.toFixed(1)} MB/s`);
  }
  if (process.argv.includes("--throughput-only")) return;
  console.log("\n# synthetic storage page, whole scrape incl. OpenAPI + YAML (one process per size)");
  const sizes = process.argv.includes("--quick") ? [5, 10] : [12.5, 25, 50];
  const rows: Array<{ bytes: number; ms: number; maxRssMb: number }> = [];
  for (const size of sizes) {
    const r = spawnSync(process.execPath, ["--import", "tsx", "bench/scrape-bench.ts", "--child", String(size)], { encoding: "utf8", maxBuffer: 16 * MB });
    if (r.status !== 0) {
      console.log(`  ${size} MB: failed\n${r.stderr}`);
      continue;
    }
    const row = JSON.parse(r.stdout) as { bytes: number; ms: number; maxRssMb: number; services: number; operations: number; specs: number; errors: number };
    rows.push(row);
    console.log(
      `  ${(row.bytes / MB).toFixed(1)} MB: ${(row.ms / 1000).toFixed(2)} s, ${(row.bytes / MB / (row.ms / 1000)).toFixed(1)} MB/s, peak RSS ${row.maxRssMb.toFixed(0)} MB (target ≤ 1024), ${row.services} services, ${row.operations} operations, ${row.specs} specs, ${row.errors} errors`,
    );
  }
  if (rows.length >= 2) {
    const a = rows[0]!;
    const b = rows[rows.length - 1]!;
    const sizeRatio = b.bytes / a.bytes;
    const timeRatio = b.ms / a.ms;
    console.log(`linearity: size ×${sizeRatio.toFixed(2)} → time ×${timeRatio.toFixed(2)} (time/size ratio ${(timeRatio / sizeRatio).toFixed(2)}; 1.00 is linear)`);
  }
}

const childAt = process.argv.indexOf("--child");
if (childAt >= 0) child(Number(process.argv[childAt + 1]));
else main();
