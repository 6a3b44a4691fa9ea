/**
 * `npm run bench:generate`: wall time of our client generator against @hey-api/openapi-ts (and against the
 * openapi-typescript CLI making the types alone) on the same spec files — the bundled specs and a synthetic
 * set 4× their size — and the time of a no-op regeneration (and of a no-op `--check`). Every tool runs as a
 * child process from the repository root, writing into fresh temporary folders that are removed at the end;
 * within a run the tools alternate, so load from other jobs falls on all of them alike. No network. Prints
 * medians and ratios; asserts nothing.
 *
 * "ours" is the installed CLI (dist/cli/main.js, plain node, as hey-api's own built CLI runs) when
 * `npm run build` output is there, and the sources through tsx as well ("ours (tsx)").
 *
 *   --runs N     repetitions of every timing (default 3; the median is printed)
 *   --sets LIST  spec sets to time, from 1x,4x,16x (default 1x,4x)
 *   --per-spec   also time hey-api run once per spec, one process each, sequentially (informational)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeSyntheticSpecs } from "./synthetic-specs.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SPEC_DIR = "spec";
const TARGET_RATIO = 0.5;
const TARGET_RATIO_MET = 0.8;
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

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const sec = (ms: number): string => `${(ms / 1000).toFixed(ms < 1000 ? 3 : 2)} s`;
const samples = (xs: readonly number[]): string => `[${xs.map((x) => (x / 1000).toFixed(x < 1000 ? 3 : 2)).join(", ")}]`;

function cliOf(name: string, bin: string): { bin: string; version: string } {
  const require = createRequire(join(ROOT, "package.json"));
  const pkgPath = require.resolve(`${name}/package.json`);
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { version: string; bin: Record<string, string> };
  return { bin: join(dirname(pkgPath), pkg.bin[bin]!), version: pkg.version };
}

/** hey-api's CLI: types + SDK + fetch client (its defaults, spelled out), silent, no log file. */
function heyApiArgs(bin: string, specs: readonly string[], outs: readonly string[]): string[] {
  return [bin, "-i", ...specs, "-o", ...outs, "-p", "@hey-api/typescript", "@hey-api/sdk", "-c", "@hey-api/client-fetch", "-s", "--no-log-file"];
}

/** openapi-typescript's CLI on every spec in one process: a Redocly config listing each as an API with its output file. */
function openapiTsArgs(bin: string, specs: readonly string[], outs: readonly string[], configPath: string): string[] {
  const apis = specs.map((s, i) => `  api${i}:\n    root: ${JSON.stringify(resolve(ROOT, s))}\n    x-openapi-ts:\n      output: ${JSON.stringify(`${outs[i]}.ts`)}\n`);
  writeFileSync(configPath, `apis:\n${apis.join("")}`);
  return [bin, "--redocly", configPath];
}

/** The newest source file's mtime, to tell whether dist/ is older than the sources it was built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const rel = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, entry.name === "node_modules" || entry.name === "dist" ? 0 : newestSource(rel));
    else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) newest = Math.max(newest, statSync(join(ROOT, rel)).mtimeMs);
  }
  return newest;
}

interface SpecSet {
  name: string;
  dir: string;
  specs: string[];
}

type Tool = "ours" | "oursTsx" | "ours1" | "hey" | "oat";

function main(): void {
  const arg = (name: string): string | undefined => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? process.argv[at + 1] : undefined;
  };
  const runs = Math.max(1, Number(arg("--runs")) || 3);
  const setNames = (arg("--sets") ?? "1x,4x").split(",").filter((n) => /^(1|4|16)x$/.test(n));
  const perSpec = process.argv.includes("--per-spec");
  const bundled = listSpecFiles(SPEC_DIR);
  if (bundled.length === 0) {
    process.stderr.write(`no specs under ${SPEC_DIR}/ (run \`npm run scrape\` first)\n`);
    process.exitCode = 2;
    return;
  }
  const hey = cliOf("@hey-api/openapi-ts", "openapi-ts");
  const oat = cliOf("openapi-typescript", "openapi-typescript");
  const tmp = mkdtempSync(join(tmpdir(), "generate-bench-"));
  const cleanup = (): void => rmSync(tmp, { recursive: true, force: true });
  process.once("SIGINT", () => {
    cleanup();
    process.exit(130);
  });
  const built = existsSync(join(ROOT, "dist/cli/main.js"));
  const stale = built && ["cli", "core", "generator"].some((d) => newestSource(d) > statSync(join(ROOT, "dist/cli/main.js")).mtimeMs);
  const sets: SpecSet[] = setNames.map((name) => {
    if (name === "1x") return { name, dir: SPEC_DIR, specs: bundled };
    const dir = relative(ROOT, join(tmp, `spec-${name}`));
    return { name, dir, specs: writeSyntheticSpecs(join(ROOT, SPEC_DIR), join(ROOT, dir), Number(name.slice(0, -1)), ROOT) };
  });

  const oursArgs = (tool: Tool, specDir: string, out: string, ...extra: string[]): string[] => {
    const cli = tool === "oursTsx" || !built ? ["--import", "tsx", "--conditions=cloudspec-source", "cli/main.ts"] : ["dist/cli/main.js"];
    return [...cli, "generate", "--spec", specDir, "--out", out, "--quiet", ...(tool === "ours1" ? ["--threads", "1"] : []), ...extra];
  };
  const tools: Tool[] = built ? ["ours", "ours1", "oursTsx", "hey", "oat"] : ["oursTsx", "ours1", "hey", "oat"];
  const label: Record<Tool, string> = {
    ours: "ours, installed CLI (dist, plain node), threads auto",
    ours1: `ours, ${built ? "installed CLI" : "tsx"}, --threads 1`,
    oursTsx: "ours (tsx, sources), threads auto",
    hey: `@hey-api/openapi-ts ${hey.version} (types + SDK + fetch client, one process)`,
    oat: `openapi-typescript ${oat.version} CLI (types alone, one process via a Redocly config)`,
  };
  const t = new Map<string, number[]>();
  const push = (key: string, ms: number): void => void t.set(key, [...(t.get(key) ?? []), ms]);
  const nodeStart: number[] = [];
  const noop: number[] = [];
  const check: number[] = [];
  const heyPerSpec: number[] = [];
  let noopNote = "";

  console.log(`# client generation, ${runs} runs each, median (samples in s); tools alternate within a run`);
  console.log(`node ${process.version}; spec sets: ${sets.map((s) => `${s.name} = ${s.specs.length} specs`).join(", ")}; hey-api and openapi-typescript without a formatter`);
  if (!built) console.log("(no dist/: run `npm run build` for the installed-CLI rows; ours runs through tsx)");
  if (stale) console.log("(note: dist/ is older than the sources — run `npm run build` first for current numbers)");
  try {
    const bare = built ? ["-e", ""] : ["--import", "tsx", "-e", ""];
    timeNode("node start (warm-up)", bare);
    for (let run = 1; run <= runs; run++) {
      process.stderr.write(`run ${run}/${runs}…\n`);
      nodeStart.push(timeNode("bare node start", bare).ms);
      for (const set of sets) {
        // Alternate the order between runs, so no tool always follows the same one.
        for (const tool of run % 2 === 1 ? tools : [...tools].reverse()) {
          const out = join(tmp, `${tool}-${set.name}-${run}`);
          const outs = set.specs.map((s) => join(out, relative(set.dir, s).replace(/\.ya?ml$/, "")));
          if (tool === "hey") push(`hey ${set.name}`, timeNode(label.hey, heyApiArgs(hey.bin, set.specs, outs)).ms);
          else if (tool === "oat") push(`oat ${set.name}`, timeNode(label.oat, openapiTsArgs(oat.bin, set.specs, outs, join(tmp, "redocly.yaml"))).ms);
          else push(`${tool} ${set.name}`, timeNode(label[tool], oursArgs(tool, set.dir, out)).ms);
          if (tool === tools[0] && set.name === "1x") {
            // No-op regeneration and no-op --check on the folder just generated.
            const n = timeNode("ours (no-op regeneration)", oursArgs(tool, set.dir, out));
            noop.push(n.ms);
            if (!/\b0 written\b/.test(n.stdout)) noopNote = `  (note: the second run was not a no-op: ${n.stdout.trim()})`;
            check.push(timeNode("ours (no-op --check)", oursArgs(tool, set.dir, out, "--check")).ms);
          }
          rmSync(out, { recursive: true, force: true });
        }
      }
      if (perSpec) {
        const perOut = join(tmp, `hey-api-per-spec-${run}`);
        let ms = 0;
        for (const spec of bundled) ms += timeNode(`hey-api ${hey.version} on ${spec}`, heyApiArgs(hey.bin, [spec], [join(perOut, relative(SPEC_DIR, spec).replace(/\.ya?ml$/, ""))])).ms;
        heyPerSpec.push(ms);
      }
    }
  } catch (e) {
    if (!(e instanceof BenchFailure)) throw e;
    process.exitCode = 1;
    return;
  } finally {
    cleanup();
  }

  const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}`;
  for (const set of sets) {
    console.log(`\n## ${set.name}: ${set.specs.length} specs`);
    const m = (tool: Tool): number => median(t.get(`${tool} ${set.name}`) ?? [NaN]);
    const heyMs = m("hey");
    const oatMs = m("oat");
    for (const tool of tools) console.log(`${label[tool]}: ${sec(m(tool))} ${samples(t.get(`${tool} ${set.name}`) ?? [])}`);
    for (const tool of tools.filter((x) => x !== "hey" && x !== "oat")) {
      const r = m(tool) / heyMs;
      console.log(
        `ratio ${tool} / hey-api: ${ratio(m(tool), heyMs)} (target ≤ ${TARGET_RATIO_MET}, goal ≤ ${TARGET_RATIO})${r <= TARGET_RATIO ? "" : r <= TARGET_RATIO_MET ? "  — target met, goal not" : "  — above target"}; ours / openapi-typescript types alone: ${ratio(m(tool), oatMs)}`,
      );
    }
  }
  const firstSet = sets[0];
  if (firstSet && sets.length > 1) {
    const base = median(t.get(`${tools[0]} ${firstSet.name}`) ?? [NaN]);
    console.log(`\nscaling (${tools[0]}): ${sets.map((s) => `${s.name} ${sec(median(t.get(`${tools[0]} ${s.name}`)!))} (×${ratio(median(t.get(`${tools[0]} ${s.name}`)!), base)})`).join(", ")}`);
  }
  if (perSpec) {
    const perMs = median(heyPerSpec);
    console.log(
      `hey-api ${hey.version}, one process per spec (sequential): ${sec(perMs)} ${samples(heyPerSpec)}; ratio ours/that ${ratio(median(t.get(`${tools[0]} 1x`) ?? [NaN]), perMs)} (informational)`,
    );
  }
  console.log("");
  const start = median(nodeStart);
  console.log(`bare node start (node ${built ? "" : "--import tsx "}-e ""): ${sec(start)} ${samples(nodeStart)}`);
  for (const [name, xs] of [
    ["no-op regeneration", noop],
    ["no-op --check", check],
  ] as const) {
    if (xs.length === 0) continue;
    const raw = median(xs);
    const after = raw - start;
    console.log(`${name} (${tools[0]}): ${sec(raw)} raw ${samples(xs)}, ${sec(after)} after node start (target ≤ ${TARGET_NOOP_S} s)${after / 1000 <= TARGET_NOOP_S ? "" : "  — above target"}`);
  }
  if (noopNote) console.log(noopNote);
}

main();
