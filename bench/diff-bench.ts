/**
 * `npm run bench:diff`: the version diff of the bundled specs as `diff --versions` does it — read and parse
 * every spec, diff every version pair of every service, judge, build the calendar, render markdown, HTML,
 * JSON and JUnit, write them (into a temporary folder) — timed as a child process from node start, minus
 * a bare `node --import tsx -e ""` start. Target: ≤ 1 s after node start. Prints medians; asserts nothing.
 *
 *   --runs N   repetitions of each timing (default 5; the median is printed)
 *   --once     (internal) do the work once and print the phase times as JSON
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TARGET_MS = 1000;

async function once(): Promise<void> {
  const t0 = performance.now();
  const [{ readSpecTree }, { buildVersionReport }, { versionReportFiles, writeReportFiles }, { loadConfig }] = await Promise.all([
    import("../generator/diff/load.js"),
    import("../generator/reports/build-report.js"),
    import("../generator/reports/write-reports.js"),
    import("../generator/rules/config.js"),
  ]);
  const t1 = performance.now();
  const specs = readSpecTree(join(ROOT, "spec"));
  const t2 = performance.now();
  const config = loadConfig(join(ROOT, ".cloudspec-diff.yaml"));
  const report = buildVersionReport(specs, { asOf: config.asOf ?? "2026-01-01", config, baseLabel: "spec/", revisionLabel: "spec" });
  const t3 = performance.now();
  const files = versionReportFiles(report);
  const t4 = performance.now();
  const out = mkdtempSync(join(tmpdir(), "cloudspec-diff-bench-"));
  writeReportFiles(out, files);
  rmSync(out, { recursive: true, force: true });
  const t5 = performance.now();
  const pairs = report.comparisons.length;
  process.stdout.write(
    `${JSON.stringify({ specs: specs.length, pairs, findings: report.comparisons.reduce((n, c) => n + c.findings.length, 0), bytes: files.reduce((n, f) => n + f.content.length, 0), sinceNodeStart: t5, beforeMain: t0, load: t1 - t0, parse: t2 - t1, diffJudgeCalendar: t3 - t2, render: t4 - t3, write: t5 - t4 })}\n`,
  );
}

function wall(args: readonly string[]): { ms: number; stdout: string } {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} failed:\n${r.stdout}${r.stderr}`);
  return { ms, stdout: r.stdout };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function main(): void {
  const i = process.argv.indexOf("--runs");
  const runs = i >= 0 ? Number(process.argv[i + 1]) : 5;
  const bare: number[] = [];
  const full: number[] = [];
  let phases: Record<string, number> = {};
  for (let r = 0; r < runs; r++) {
    bare.push(wall(["--import", "tsx", "-e", ""]).ms);
    const run = wall(["--import", "tsx", "bench/diff-bench.ts", "--once"]);
    full.push(run.ms);
    phases = JSON.parse(run.stdout) as Record<string, number>;
  }
  const b = median(bare);
  const f = median(full);
  const ms = (x: number | undefined) => `${(x ?? 0).toFixed(0)} ms`;
  process.stdout.write(
    [
      `diff --versions over the bundled specs: ${phases.specs} specs, ${phases.pairs} version pairs, ${phases.findings} findings, ${((phases.bytes ?? 0) / 1024).toFixed(0)} KiB of reports (median of ${runs})`,
      `  whole process            ${ms(f)}`,
      `  bare node --import tsx   ${ms(b)}`,
      `  after node start         ${ms(f - b)}  (target ≤ ${TARGET_MS} ms: ${f - b <= TARGET_MS ? "met" : "MISSED"})`,
      `  phases of the last run: import ${ms(phases.load)}, read+parse ${ms(phases.parse)}, diff+judge+calendar ${ms(phases.diffJudgeCalendar)}, render ${ms(phases.render)}, write ${ms(phases.write)}`,
      "",
    ].join("\n"),
  );
}

if (process.argv.includes("--once")) await once();
else main();
