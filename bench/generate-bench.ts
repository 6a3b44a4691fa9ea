/**
 * `npm run bench:generate`: wall time of our client generator against @hey-api/openapi-ts on the same spec
 * files, and the time of a no-op regeneration (and of a no-op `--check`). Every tool runs as a child process
 * from the repository root, writing into fresh temporary folders that are removed at the end. No network.
 * Prints medians and ratios; asserts nothing.
 *
 *   --runs N     repetitions of every timing (default 3; the median is printed)
 *   --per-spec   also time hey-api run once per spec, one process each, sequentially (informational)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SPEC_DIR = "spec";
const TARGET_RATIO = 0.5;
const TARGET_NOOP_S = 0.3;

interface Timed {
  ms: number;
  stdout: string;
}

/** Runs `node <args>` from the repository root and returns its wall time; exits the bench if it fails. */
function timeNode(label: string, args: readonly string[]): Timed {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: "1" } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error || r.status !== 0) {
    process.stderr.write(`${label} failed (exit ${r.status ?? r.signal ?? r.error?.message})\n${r.stdout ?? ""}${r.stderr ?? ""}\n`);
    throw new BenchFailure(label);
  }
  return { ms, stdout: r.stdout };
}

class BenchFailure extends Error {}

/** The same files our CLI reads for `--spec spec`: every .yaml/.yml below the folder, sorted per level. */
function listSpecFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir)).sort()) {
    const rel = `${dir}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) out.push(...listSpecFiles(rel));
    else if (name.endsWith(".yaml") || name.endsWith(".yml")) out.push(rel);
  }
  return out;
}

function countFiles(dir: string): number {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) n += entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1;
  return n;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const sec = (ms: number): string => `${(ms / 1000).toFixed(ms < 1000 ? 3 : 2)} s`;
const samples = (xs: readonly number[]): string => `[${xs.map((x) => (x / 1000).toFixed(x < 1000 ? 3 : 2)).join(", ")}]`;

function heyApiCli(): { bin: string; version: string } {
  const require = createRequire(join(ROOT, "package.json"));
  const pkgPath = require.resolve("@hey-api/openapi-ts/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { version: string; bin: Record<string, string> };
  return { bin: join(dirname(pkgPath), pkg.bin["openapi-ts"]!), version: pkg.version };
}

/** hey-api's CLI: types + SDK + fetch client (its defaults, spelled out), silent, no log file. */
function heyApiArgs(bin: string, specs: readonly string[], outs: readonly string[]): string[] {
  return [bin, "-i", ...specs, "-o", ...outs, "-p", "@hey-api/typescript", "@hey-api/sdk", "-c", "@hey-api/client-fetch", "-s", "--no-log-file"];
}

function main(): void {
  const runsAt = process.argv.indexOf("--runs");
  const runs = runsAt >= 0 ? Math.max(1, Number(process.argv[runsAt + 1]) || 3) : 3;
  const perSpec = process.argv.includes("--per-spec");
  const specs = listSpecFiles(SPEC_DIR);
  if (specs.length === 0) {
    process.stderr.write(`no specs under ${SPEC_DIR}/ (run \`npm run scrape\` first)\n`);
    process.exitCode = 2;
    return;
  }
  const hey = heyApiCli();
  const tmp = mkdtempSync(join(tmpdir(), "generate-bench-"));
  const cleanup = (): void => rmSync(tmp, { recursive: true, force: true });
  process.once("SIGINT", () => {
    cleanup();
    process.exit(130);
  });

  const ours = (out: string, ...extra: string[]): string[] => ["--import", "tsx", "cli/main.ts", "generate", "--spec", SPEC_DIR, "--out", out, "--quiet", ...extra];
  const t = { nodeStart: [] as number[], ours: [] as number[], hey: [] as number[], heyPerSpec: [] as number[], noop: [] as number[], check: [] as number[] };
  let oursFiles = 0;
  let heyFiles = 0;
  let noopNote = "";

  console.log(`# client generation: ${specs.length} specs under ${SPEC_DIR}/, ${runs} runs each, median (samples in s)`);
  console.log(
    `node ${process.version}; hey-api: @hey-api/openapi-ts ${hey.version}, one process for all specs (-i <${specs.length} specs> -o <${specs.length} folders>), plugins @hey-api/typescript + @hey-api/sdk + @hey-api/client-fetch, no formatter`,
  );
  try {
    timeNode("node start (warm-up)", ["--import", "tsx", "-e", ""]);
    for (let run = 1; run <= runs; run++) {
      process.stderr.write(`run ${run}/${runs}…\n`);
      t.nodeStart.push(timeNode("bare node start", ["--import", "tsx", "-e", ""]).ms);

      // (a) ours: full generation into a fresh folder (all specs in one process).
      const oursOut = join(tmp, `ours-${run}`);
      t.ours.push(timeNode("ours (full generation)", ours(oursOut)).ms);
      oursFiles = countFiles(oursOut);

      // (b) hey-api: the same spec files, one process, one output folder per spec.
      const heyOut = join(tmp, `hey-api-${run}`);
      const outs = specs.map((s) => join(heyOut, relative(SPEC_DIR, s).replace(/\.ya?ml$/, "")));
      t.hey.push(timeNode(`hey-api ${hey.version}`, heyApiArgs(hey.bin, specs, outs)).ms);
      heyFiles = countFiles(heyOut);

      if (perSpec) {
        const perOut = join(tmp, `hey-api-per-spec-${run}`);
        let ms = 0;
        for (const spec of specs) ms += timeNode(`hey-api ${hey.version} on ${spec}`, heyApiArgs(hey.bin, [spec], [join(perOut, relative(SPEC_DIR, spec).replace(/\.ya?ml$/, ""))])).ms;
        t.heyPerSpec.push(ms);
      }

      // (d) no-op regeneration and no-op --check on the folder just generated.
      const noop = timeNode("ours (no-op regeneration)", ours(oursOut));
      t.noop.push(noop.ms);
      if (!/\b0 written\b/.test(noop.stdout)) noopNote = `  (note: the second run was not a no-op: ${noop.stdout.trim()})`;
      t.check.push(timeNode("ours (no-op --check)", ours(oursOut, "--check")).ms);

      rmSync(oursOut, { recursive: true, force: true });
      rmSync(heyOut, { recursive: true, force: true });
    }
  } catch (e) {
    if (!(e instanceof BenchFailure)) throw e;
    process.exitCode = 1;
    return;
  } finally {
    cleanup();
  }

  const nodeStart = median(t.nodeStart);
  const oursMs = median(t.ours);
  const heyMs = median(t.hey);
  const ratio = oursMs / heyMs;
  console.log("");
  console.log(`ours: ${sec(oursMs)} for ${specs.length} specs (${oursFiles} files) ${samples(t.ours)}`);
  console.log(`hey-api ${hey.version}: ${sec(heyMs)} for ${specs.length} specs (${heyFiles} files) ${samples(t.hey)}`);
  console.log(
    `ours: ${sec(oursMs)} for ${specs.length} specs; hey-api ${hey.version}: ${sec(heyMs)}; ratio ${ratio.toFixed(2)} (target ≤ ${TARGET_RATIO})${ratio <= TARGET_RATIO ? "" : "  — above target"}`,
  );
  if (perSpec) {
    const perMs = median(t.heyPerSpec);
    console.log(`hey-api ${hey.version}, one process per spec (sequential): ${sec(perMs)} ${samples(t.heyPerSpec)}; ratio ours/that ${(oursMs / perMs).toFixed(2)} (informational)`);
  }
  console.log("");
  console.log(`bare node start (node --import tsx -e ""): ${sec(nodeStart)} ${samples(t.nodeStart)}`);
  for (const [name, xs] of [
    ["no-op regeneration", t.noop],
    ["no-op --check", t.check],
  ] as const) {
    const raw = median(xs);
    const after = raw - nodeStart;
    console.log(`${name}: ${sec(raw)} raw ${samples(xs)}, ${sec(after)} after node start (target ≤ ${TARGET_NOOP_S} s)${after / 1000 <= TARGET_NOOP_S ? "" : "  — above target"}`);
  }
  if (noopNote) console.log(noopNote);
}

main();
