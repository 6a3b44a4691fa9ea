/** Console rendering of contract results: one summary line per spec, then each diagnostic with its drift advice and patch. */
import type { CommandIo } from "../../core/command-io.js";
import type { AllowlistEntry } from "../doc-consistency/allowlist.js";
import { formatDiagnostic, type Diagnostic } from "../../core/diagnostics.js";
import { DRIFT_CATALOGUE, type DriftKind } from "../drift/catalogue.js";
import type { SpecCoverage } from "../harness/coverage.js";

/** The contract commands write through the one CommandIo shape of the command line. */
export type Io = CommandIo;

export function coverageLine(c: SpecCoverage): string {
  return `operations ${c.operations.exercised}/${c.operations.documented}, status codes ${c.statuses.exercised}/${c.statuses.documented}`;
}

export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[], quiet = false): void {
  for (const d of diagnostics) {
    if (quiet && d.severity !== "error") continue;
    io.out(`${formatDiagnostic(d)}\n`);
    const kind = d.data?.kind as DriftKind | undefined;
    if (kind && kind in DRIFT_CATALOGUE) io.out(`    drift: ${DRIFT_CATALOGUE[kind].title}; ${DRIFT_CATALOGUE[kind].advice}\n`);
    const patch = d.data?.patch;
    if (Array.isArray(patch) && patch.length > 0) io.out(`    suggested spec patch (${String(d.data?.spec ?? "")}): ${JSON.stringify(patch)}\n`);
    if (typeof d.data?.origin === "string") io.out(`    recorded at: ${d.data.origin}\n`);
  }
}

/** One line per allowlisted documentation bug that explained failures of this run (`--live`, `--recorded`). */
export function printCovered(io: Io, covered: ReadonlyArray<{ entry: AllowlistEntry; count: number }>): void {
  for (const { entry, count } of covered) io.out(`    known documentation bug (allowlist): ${entry.at} ${entry.ruleId} ${entry.field} ×${count}: ${entry.reason}\n`);
}
