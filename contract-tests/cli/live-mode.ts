/** Live mode: read-only operations against the vendor's API, or a clean skip when credentials are missing. */
import { readFileSync } from "node:fs";
import type { Allowlist } from "../doc-consistency/allowlist.js";
import { loadClientFactory } from "../harness/client-loader.js";
import { coveredEntries, splitKnown } from "../harness/known-failures.js";
import { specCoverage } from "../harness/coverage.js";
import { exercised } from "../harness/exercise.js";
import { COMMON_ENV, LIVE_ENV, resolveLiveTarget } from "../live/credentials.js";
import { runLive } from "../live/run-live.js";
import { loadSpec } from "../spec/load.js";
import { compileSpec } from "../validate/compile.js";
import type { ContractOptions, ModeOutcome, SpecResult } from "./contract-command.js";
import { UsageError } from "./contract-command.js";
import { coverageLine, printCovered, printDiagnostics, type Io } from "./print.js";

export async function runLiveMode(ids: readonly string[], opts: ContractOptions, allowlist: Allowlist, io: Io): Promise<ModeOutcome> {
  const params = readParams(opts.params ?? io.env.CONTRACT_PARAMS);
  const results: SpecResult[] = [];
  let failed = false;
  for (const id of ids) {
    const spec = loadSpec(opts.specDir, id);
    const target = resolveLiveTarget(spec, io.env, opts.baseUrl);
    if (target.kind === "invalid") throw new UsageError(target.message);
    if (target.kind !== "ready") {
      const optional = (LIVE_ENV[spec.vendor] ?? [])
        .concat(COMMON_ENV)
        .filter((v) => !v.required)
        .map((v) => v.name);
      const why = target.kind === "missing" ? `credentials missing: set ${target.missing.join(", ")} (optional: ${optional.join(", ")})` : `no live settings for vendor ${target.vendor}`;
      io.out(`live: skipped ${id}: ${why}; see contract-tests/README.md\n`);
      failed ||= opts.requireLive === true;
      results.push({ spec: id, mode: "live", status: "skipped", diagnostics: [], known: [], note: why });
      continue;
    }
    const compiled = compileSpec(spec);
    const outcomes = await runLive(compiled, await loadClientFactory(spec, opts.generatedDir), target, {
      allowMutating: opts.allowMutating === true,
      ...(params ? { params } : {}),
    });
    const { known, unknown: diagnostics } = splitKnown(
      outcomes.flatMap((o) => [...o.problems, ...(o.result?.diagnostics ?? [])]),
      allowlist,
    );
    const coverage = specCoverage(compiled, exercised(outcomes));
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    failed ||= errors > 0;
    const skipped = compiled.operations.length - outcomes.length;
    io.out(
      `${id} (live): ${outcomes.length} calls${skipped > 0 && !opts.allowMutating ? ` (${skipped} mutating operations not called; --allow-mutating)` : ""}, ${errors} failures, ${known.length} known documentation bugs; ${coverageLine(coverage)}\n`,
    );
    printDiagnostics(io, diagnostics, opts.quiet);
    printCovered(io, coveredEntries(known, allowlist));
    results.push({ spec: id, mode: "live", status: "ran", diagnostics, known, coverage });
  }
  return { exitCode: failed ? 1 : 0, results };
}

function readParams(path: string | undefined): Record<string, unknown> | undefined {
  if (!path) return undefined;
  try {
    const json = JSON.parse(readFileSync(path, "utf8")) as unknown;
    if (json === null || typeof json !== "object" || Array.isArray(json)) throw new Error("expected an object of parameter values by name");
    return json as Record<string, unknown>;
  } catch (e) {
    throw new UsageError(`cannot read parameter values from ${path}: ${(e as Error).message}`);
  }
}
