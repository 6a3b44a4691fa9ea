/** Recorded mode: validate a directory of HAR files / JSON pairs against each selected spec. */
import type { Allowlist } from "../doc-consistency/allowlist.js";
import { specCoverage } from "../harness/coverage.js";
import { coveredEntries, splitKnown } from "../harness/known-failures.js";
import { readRecordings } from "../recorded/read-recordings.js";
import { runRecorded } from "../recorded/run-recorded.js";
import { loadSpec } from "../spec/load.js";
import { compileSpec } from "../validate/compile.js";
import type { ContractOptions, ModeOutcome, SpecResult } from "./contract-command.js";
import { UsageError } from "./contract-command.js";
import { coverageLine, printCovered, printDiagnostics, type Io } from "./print.js";

export function runRecordedMode(ids: readonly string[], opts: ContractOptions, allowlist: Allowlist, io: Io): ModeOutcome {
  let recordings;
  try {
    recordings = readRecordings(opts.recorded!);
  } catch (e) {
    throw new UsageError(`cannot read ${opts.recorded}: ${(e as Error).message}`);
  }
  for (const p of recordings.problems) io.err(`warning: ${p}\n`);
  if (recordings.exchanges.length === 0) throw new UsageError(`no recorded exchanges in ${opts.recorded} (${recordings.files} files)`);
  const results: SpecResult[] = [];
  let failed = recordings.problems.length > 0;
  for (const id of ids) {
    const compiled = compileSpec(loadSpec(opts.specDir, id));
    const run = runRecorded(compiled, recordings.exchanges, opts.host ?? []);
    const { known, unknown: diagnostics } = splitKnown(
      run.checked.flatMap((c) => c.result.diagnostics),
      allowlist,
    );
    const coverage = specCoverage(
      compiled,
      run.checked.flatMap((c) => (c.result.operation ? [{ operationId: c.result.operation.operationId, ...(c.result.statusKey ? { statusKey: c.result.statusKey } : {}) }] : [])),
    );
    const errors = diagnostics.filter((d) => d.severity === "error").length;
    failed ||= errors > 0;
    const ignored = Object.entries(run.ignoredHosts).map(([h, n]) => `${h} ×${n}`);
    io.out(
      `${id} (recorded): ${run.checked.length} exchanges checked, ${errors} failures, ${known.length} known documentation bugs; ${coverageLine(coverage)}${ignored.length > 0 ? `; ignored (other hosts, --host to include): ${ignored.join(", ")}` : ""}\n`,
    );
    printDiagnostics(io, diagnostics, opts.quiet);
    printCovered(io, coveredEntries(known, allowlist));
    results.push({ spec: id, mode: "recorded", status: "ran", diagnostics, known, coverage });
  }
  return { exitCode: failed ? 1 : 0, results };
}
