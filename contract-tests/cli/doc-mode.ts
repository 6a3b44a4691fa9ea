/** Doc-consistency mode: the pages' examples against their schemas, gated by the allowlist; writes the report. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { applyAllowlist, type Allowlist } from "../doc-consistency/allowlist.js";
import { checkExamples, findingDiagnostic } from "../doc-consistency/check-examples.js";
import { keyString } from "../doc-consistency/finding-key.js";
import { renderJson, renderMarkdown } from "../doc-consistency/render-report.js";
import { loadSpec } from "../spec/load.js";
import { compileSpec } from "../validate/compile.js";
import type { ContractOptions, ModeOutcome } from "./contract-command.js";
import { printDiagnostics, type Io } from "./print.js";

export function runDocMode(ids: readonly string[], opts: ContractOptions, allowlist: Allowlist, allSpecs: boolean, io: Io): ModeOutcome {
  const compiled = ids.map((id) => compileSpec(loadSpec(opts.specDir, id)));
  const result = checkExamples(compiled);
  const gate = applyAllowlist(result.findings, allowlist);
  // With a subset of specs, entries for other specs' pages match nothing without being stale.
  const stale = allSpecs ? gate.stale : [];
  if (opts.reportDir) {
    mkdirSync(opts.reportDir, { recursive: true });
    writeFileSync(join(opts.reportDir, "doc-consistency.md"), renderMarkdown(result, { ...gate, stale }));
    writeFileSync(join(opts.reportDir, "doc-consistency.json"), renderJson(result, { ...gate, stale }));
  }
  const total = Object.values(result.checked).reduce((a, b) => a + b, 0);
  io.out(
    `doc-consistency: ${total} examples in ${ids.length} specs, ${result.findings.length} findings (${gate.reasons.size} allowlisted, ${gate.unlisted.length} new)${stale.length > 0 ? `, ${stale.length} stale allowlist entries` : ""}${opts.reportDir ? `; report in ${opts.reportDir}` : ""}\n`,
  );
  printDiagnostics(
    io,
    gate.unlisted.map((f) => ({ ...findingDiagnostic(f), message: `new documentation bug: ${findingDiagnostic(f).message}` })),
  );
  for (const e of stale) io.out(`${e.at}: error doc-allowlist-stale: allowlisted ${e.ruleId} at ${e.field} no longer occurs; remove it from ${opts.allowlist}\n`);
  const results = compiled.map((c) => ({
    spec: c.spec.id,
    mode: "doc-consistency" as const,
    status: "ran" as const,
    diagnostics: result.findings.filter((f) => !gate.reasons.has(keyString(f)) && f.occurrences.some((o) => o.spec === c.spec.id)).map((f) => findingDiagnostic(f)),
    known: result.findings.filter((f) => gate.reasons.has(keyString(f)) && f.occurrences.some((o) => o.spec === c.spec.id)).map((f) => findingDiagnostic(f, gate.reasons.get(keyString(f)))),
  }));
  return { exitCode: gate.unlisted.length > 0 || stale.length > 0 ? 1 : 0, results };
}
