/**
 * `npm run bench`: scrape throughput over the bundled pages (parse + extract, per dialect) beside the bare
 * front-end parse of the same bytes (the floor: what extract could at best reach), in wall time and in
 * this process's CPU time (steadier on a shared machine), and a scaling row: time and peak memory on
 * synthetic documents 1×, 4× and 16× a base size (each in its own process, so peak RSS is its own), with
 * ratios to 1×. Prints ratios and throughputs; asserts nothing.
 *
 *   --throughput-only   skip the synthetic documents
 *   --quick             scaling on 1× and 4× only
 *   --base-mb N         size of the 1× synthetic document (default 3.2, about the bundled storage page)
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { DiagnosticSink } from "../core/diagnostics.js";
import { dialectFor } from "../scraper/dialects/index.js";
import type { PageInput } from "../scraper/run.js";
import { parsePage, scrapePages } from "../scraper/run.js";
import { DEFAULT_MANIFEST, loadManifest } from "../scraper/sources.js";
import { syntheticStoragePage } from "./synthetic.js";
import { docBugReview, loadDocBugAllowlist } from "../cli/doc-bug-review.js";
import { composeReviews, patternGuard } from "../cli/pattern-guard.js";

const MB = 1024 * 1024;

function parseAndExtract(pages: readonly PageInput[]): void {
  for (const page of pages) {
    const sink = new DiagnosticSink();
    dialectFor(page.vendor)!.read(parsePage(page, sink), sink);
  }
}

/** The front end alone (text, markdown or HTML → blocks), no dialect. */
function parseOnly(pages: readonly PageInput[]): void {
  for (const page of pages) parsePage(page, new DiagnosticSink());
}

interface Throughput {
  mbPerS: number;
  cpuMbPerS: number;
  runs: number;
  bytes: number;
}

/**
 * Steady-state throughput: `work` repeated for `minMs` after a warm-up of `warmMs`. The first measurement of a
 * process needs the longer warm-up: on this 2-core machine the first second of runs goes at a third of the
 * steady rate while V8 is still optimising (the cold first run is printed on its own).
 */
function throughput(pages: readonly PageInput[], minMs = 1500, work: (pages: readonly PageInput[]) => void = parseAndExtract, warmMs = 500): Throughput {
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p.content), 0);
  const warm = Date.now();
  while (Date.now() - warm < warmMs) work(pages); // warm-up: let the JIT settle
  let runs = 0;
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < minMs) {
    work(pages);
    runs++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const used = process.cpuUsage(cpu);
  const mb = (bytes * runs) / MB;
  return { mbPerS: mb / (elapsed / 1000), cpuMbPerS: mb / ((used.user + used.system) / 1e6), runs, bytes };
}

const rate = (t: Throughput): string => `${t.mbPerS.toFixed(1)} MB/s (CPU time: ${t.cpuMbPerS.toFixed(1)})`;

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
  console.log(
    `# scrape throughput, parse + extract (bundled pages); load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}, ${availableParallelism()} cores`,
  );
  const coldStart = process.hrtime.bigint();
  parseAndExtract(pages);
  const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;
  const all = throughput(pages, 1500, parseAndExtract, 2500);
  const allFloor = throughput(pages, 800, parseOnly);
  console.log(`all pages: ${(all.bytes / 1024).toFixed(0)} KiB × ${all.runs} runs → ${rate(all)} (target ≥ 10); parse alone ${rate(allFloor)}; extract share ${share(all, allFloor)}`);
  console.log(`  first run in this process (JIT cold): ${coldMs.toFixed(0)} ms = ${(all.bytes / MB / (coldMs / 1000)).toFixed(1)} MB/s`);
  for (const vendor of [...new Set(pages.map((p) => p.vendor))]) {
    const mine = pages.filter((p) => p.vendor === vendor);
    const t = throughput(mine, 800);
    const floor = throughput(mine, 500, parseOnly);
    console.log(
      `  ${vendor}: ${(t.bytes / 1024).toFixed(0)} KiB → ${rate(t)}${vendor === "scp" ? " (target ≥ 20)" : ""}; parse alone ${rate(floor)}; ratio to the floor ${(t.mbPerS / floor.mbPerS).toFixed(2)}`,
    );
  }
  phases(pages);
  if (process.argv.includes("--throughput-only")) return;
  const baseAt = process.argv.indexOf("--base-mb");
  const base = baseAt >= 0 ? Number(process.argv[baseAt + 1]) || 3.2 : 3.2;
  const scales = process.argv.includes("--quick") ? [1, 4] : [1, 4, 16];
  console.log(`\n# scaling: synthetic storage page, whole scrape incl. OpenAPI + YAML (one process per size; 1× = ${base} MB)`);
  const rows: Array<{ scale: number; bytes: number; ms: number; maxRssMb: number }> = [];
  for (const scale of scales) {
    const r = spawnSync(
      process.execPath,
      [...(process.execArgv.some((a) => a.includes("tsx")) ? process.execArgv : ["--import", "tsx", ...process.execArgv]), "bench/scrape-bench.ts", "--child", String(base * scale)],
      { encoding: "utf8", maxBuffer: 16 * MB },
    );
    if (r.status !== 0) {
      console.log(`  ${scale}×: failed\n${r.stderr}`);
      continue;
    }
    const row = { scale, ...(JSON.parse(r.stdout) as { bytes: number; ms: number; maxRssMb: number; services: number; operations: number; specs: number; errors: number }) };
    rows.push(row);
    const first = rows[0]!;
    console.log(
      `  ${scale}× ${(row.bytes / MB).toFixed(1)} MB: ${(row.ms / 1000).toFixed(2)} s (×${(row.ms / first.ms).toFixed(2)}), ${(row.bytes / MB / (row.ms / 1000)).toFixed(1)} MB/s, peak RSS ${row.maxRssMb.toFixed(0)} MB (×${(row.maxRssMb / first.maxRssMb).toFixed(2)}; target ≤ 1024), ${row.services} services, ${row.operations} operations, ${row.specs} specs, ${row.errors} errors`,
    );
  }
  if (rows.length >= 2) {
    const a = rows[0]!;
    const b = rows[rows.length - 1]!;
    const sizeRatio = b.bytes / a.bytes;
    const timeRatio = b.ms / a.ms;
    console.log(
      `linearity: size ×${sizeRatio.toFixed(2)} → time ×${timeRatio.toFixed(2)} (time/size ratio ${(timeRatio / sizeRatio).toFixed(2)}; 1.00 is linear), peak RSS ×${(b.maxRssMb / a.maxRssMb).toFixed(2)}`,
    );
  }
}

/**
 * Where a `cloudspec scrape` of the bundled pages spends its time after parse + extract, in this process (warm, best
 * of three): building the OpenAPI documents and their YAML, then the reviews the command runs on every spec
 * (unsafe patterns, examples against their schemas, which compiles each schema with ajv).
 */
function phases(pages: readonly PageInput[]): void {
  const best = (work: () => void): number => {
    const times = [0, 1, 2].map(() => {
      const t = process.hrtime.bigint();
      work();
      return Number(process.hrtime.bigint() - t) / 1e6;
    });
    return Math.min(...times);
  };
  const extract = best(() => parseAndExtract(pages));
  const written = best(() => scrapePages(pages));
  const allowlist = loadDocBugAllowlist();
  const reviewed = best(() => scrapePages(pages, { review: composeReviews([patternGuard(), docBugReview(allowlist)]) }));
  console.log(
    `  scrape command phases (bundled pages, warm, best of 3): parse + extract ${extract.toFixed(0)} ms, OpenAPI + YAML ${(written - extract).toFixed(0)} ms, pattern and example reviews ${(reviewed - written).toFixed(0)} ms; total ${reviewed.toFixed(0)} ms`,
  );
}

/** How much of parse + extract time is extract: 1 − (its rate / the floor's rate). */
function share(t: Throughput, floor: Throughput): string {
  return `${((1 - t.mbPerS / floor.mbPerS) * 100).toFixed(0)} %`;
}

const childAt = process.argv.indexOf("--child");
if (childAt >= 0) child(Number(process.argv[childAt + 1]));
else main();
