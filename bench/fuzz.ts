/**
 * The bounded fuzz run (`npm run fuzz`): N mutated pages (default 10,000), spread over every dialect and
 * front end, seeded and deterministic. Cases run in a worker thread watched by this one, so a case that
 * hangs is counted (and the worker replaced) instead of stopping the run. Prints, per dialect and front
 * end: cases, cases/s, exceptions, hangs, unlocated diagnostics, silent runs, the slowest case, and the
 * first failing cases with their mutations (replay one with `--only vendor/format --from I --cases 1`).
 *
 *   npm run fuzz -- [--cases N] [--seed S] [--hang-ms MS] [--only vendor/format] [--from I] [--json FILE]
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import fc from "fast-check";
import type { Mutation } from "../scraper/testing/fuzz/mutations.js";
import { applyMutations, casesArbitrary, describeMutations } from "../scraper/testing/fuzz/mutations.js";
import type { FuzzOutcome } from "../scraper/testing/fuzz/run-case.js";
import { runFuzzCase } from "../scraper/testing/fuzz/run-case.js";
import { fuzzSeeds } from "../scraper/testing/fuzz/seeds.js";

interface Job {
  seed: number;
  /** Case indices still to run, as [seed index, case index within that seed]. */
  cases: Array<[number, number]>;
  perSeed: number;
}

/** The mutations of case `index` of seed `k`: the same for every run with the same seed. */
function casesOf(seed: number, k: number, perSeed: number): Mutation[][] {
  return fc.sample(casesArbitrary(), { seed: seed * 1_000 + k, numRuns: perSeed });
}

const USAGE = `npm run fuzz -- [options]: mutated pages through every dialect and front end (docs/fuzz.md)

  --cases N             cases in all, spread evenly over the seeds (default 10000)
  --seed S              seed of the mutation sequences (default 13); the same seed gives the same cases
  --hang-ms MS          a case that answers later counts as a hang (default 60000)
  --only vendor/format  one seed only, e.g. nhn/text
  --from I              first case index within each seed (default 0); with --cases 1, replays case I
  --json FILE           also write the tallies as JSON
  -h, --help            this text

Exits 1 when any case threw, hung, reported an unlocated diagnostic or was silent.`;

/** Workers do not inherit tsx's loader: the worker registers it, then loads this file. */
const WORKER_BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;

if (!isMainThread) {
  const job = workerData as Job;
  const seeds = fuzzSeeds();
  const memo = new Map<number, Mutation[][]>();
  for (const [k, i] of job.cases) {
    if (!memo.has(k)) memo.set(k, casesOf(job.seed, k, job.perSeed));
    const s = seeds[k]!;
    parentPort!.postMessage({ start: [k, i] });
    const outcome = runFuzzCase({ page: s.page, vendor: s.vendor, format: s.format, content: applyMutations(s.content, memo.get(k)![i]!) });
    parentPort!.postMessage({ done: [k, i], outcome });
  }
  parentPort!.postMessage({ finished: true });
} else {
  await main();
}

interface Tally {
  name: string;
  cases: number;
  ms: number;
  exceptions: number;
  hangs: number;
  unlocated: number;
  silent: number;
  limitErrors: number;
  slowest: number;
  failures: string[];
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: "string", default: "10000" },
      seed: { type: "string", default: "13" },
      "hang-ms": { type: "string", default: "60000" },
      only: { type: "string" },
      from: { type: "string", default: "0" },
      json: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const seed = Number(values.seed);
  const hangMs = Number(values["hang-ms"]);
  const seeds = fuzzSeeds();
  const picked = seeds.map((s, k) => [s, k] as const).filter(([s]) => !values.only || `${s.vendor}/${s.format}` === values.only);
  const perSeed = Math.ceil(Number(values.cases) / picked.length);
  const from = Number(values.from);
  const pending: Array<[number, number]> = [];
  for (let i = from; i < from + perSeed; i++) for (const [, k] of picked) pending.push([k, i]);
  const tallies = new Map(
    picked.map(([s, k]) => [k, { name: `${s.vendor}/${s.format}`, cases: 0, ms: 0, exceptions: 0, hangs: 0, unlocated: 0, silent: 0, limitErrors: 0, slowest: 0, failures: [] } as Tally]),
  );
  const memo = new Map<number, Mutation[][]>();
  const describeCase = (k: number, i: number) => {
    if (!memo.has(k)) memo.set(k, casesOf(seed, k, from + perSeed));
    return `${tallies.get(k)!.name} #${i}: ${describeMutations(memo.get(k)![i]!)}`;
  };
  const started = performance.now();
  let done = 0;
  const total = pending.length;
  const record = (k: number, i: number, outcome: FuzzOutcome | "hang") => {
    const t = tallies.get(k)!;
    t.cases++;
    done++;
    if (outcome === "hang") {
      t.hangs++;
      t.failures.push(`${describeCase(k, i)} — no answer within ${hangMs} ms`);
      return;
    }
    t.ms += outcome.ms;
    t.slowest = Math.max(t.slowest, outcome.ms);
    if (outcome.limitErrors.length > 0) t.limitErrors++;
    if (outcome.exception) t.exceptions++;
    if (outcome.unlocated.length > 0) t.unlocated++;
    if (outcome.silent) t.silent++;
    if (outcome.exception || outcome.unlocated.length > 0 || outcome.silent) {
      t.failures.push(`${describeCase(k, i)} — ${outcome.exception ?? (outcome.silent ? "no spec and no error" : outcome.unlocated[0])}`);
    }
    if (done % 100 === 0) console.error(`${done}/${total} cases, ${rate(done, started)} cases/s`);
  };

  // Stopped early (SIGINT, SIGTERM): the report of the cases done so far.
  let stop: (() => void) | undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop!());
  let interrupted = false;
  void stopped.then(() => (interrupted = true));

  while (pending.length > 0 && !interrupted) {
    await new Promise<void>((resolve) => {
      void stopped.then(() => void worker.terminate().then(() => resolve()));
      const worker = new Worker(WORKER_BOOT, { eval: true, workerData: { seed, cases: pending, perSeed: from + perSeed } satisfies Job });
      let current: [number, number] | undefined;
      let since = performance.now();
      const watch = setInterval(() => {
        if (!current || performance.now() - since < hangMs) return;
        record(current[0], current[1], "hang");
        pending.shift();
        clearInterval(watch);
        void worker.terminate().then(() => resolve());
      }, 250);
      worker.on("message", (m: { start?: [number, number]; done?: [number, number]; outcome?: FuzzOutcome; finished?: boolean }) => {
        if (m.start) {
          current = m.start;
          since = performance.now();
        } else if (m.done) {
          record(m.done[0], m.done[1], m.outcome!);
          pending.shift();
          current = undefined;
        } else if (m.finished) {
          clearInterval(watch);
          void worker.terminate().then(() => resolve());
        }
      });
      worker.on("error", (e) => {
        // The worker itself died (out of memory, a stack overflow outside any catch): that case is an exception.
        clearInterval(watch);
        const [k, i] = pending.shift() ?? current ?? [0, 0];
        record(k, i, { exception: String(e), unlocated: [], silent: false, ms: performance.now() - since, specs: 0, errors: 0, limitErrors: [] });
        resolve();
      });
    });
  }

  const rows = [...tallies.values()];
  const sum = (f: (t: Tally) => number) => rows.reduce((n, t) => n + f(t), 0);
  console.log(
    `fuzz: ${sum((t) => t.cases)} cases${interrupted ? ` (stopped early, of ${total})` : ""}, seed ${seed}, hang bound ${hangMs} ms, ${((performance.now() - started) / 1000).toFixed(0)} s, ${rate(done, started)} cases/s\n`,
  );
  console.log("| dialect/front end | cases | cases/s | exceptions | hangs | unlocated | silent | runs with a limit error | slowest |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const t of rows)
    console.log(
      `| ${t.name} | ${t.cases} | ${(t.cases / (t.ms / 1000 || 1)).toFixed(1)} | ${t.exceptions} | ${t.hangs} | ${t.unlocated} | ${t.silent} | ${t.limitErrors} | ${(t.slowest / 1000).toFixed(1)} s |`,
    );
  console.log(
    `| all | ${sum((t) => t.cases)} | ${rate(done, started)} | ${sum((t) => t.exceptions)} | ${sum((t) => t.hangs)} | ${sum((t) => t.unlocated)} | ${sum((t) => t.silent)} | ${sum((t) => t.limitErrors)} | ${(Math.max(...rows.map((t) => t.slowest)) / 1000).toFixed(1)} s |`,
  );
  const failures = rows.flatMap((t) => t.failures);
  if (failures.length > 0)
    console.log(
      `\nfailing cases (first 20 of ${failures.length}):\n${failures
        .slice(0, 20)
        .map((f) => `- ${f}`)
        .join("\n")}`,
    );
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ seed, hangMs, tallies: rows }, null, 2)}\n`);
  process.exitCode = failures.length > 0 || interrupted ? 1 : 0;
  if (interrupted) process.exit(); // the hang watch of the stopped worker may still be armed
}

function rate(n: number, started: number): string {
  return (n / ((performance.now() - started) / 1000)).toFixed(1);
}
