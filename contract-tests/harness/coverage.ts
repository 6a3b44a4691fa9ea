/**
 * Coverage: documented operations and (operation, status) pairs against the ones a run exercised (a response
 * that fell under the documented status). Per spec, mergeable across CI shards.
 */
import type { CompiledSpec } from "../validate/compile.js";

/** One exercised call: the operation and the documented status key its response fell under (if any). */
export interface Exercised {
  operationId: string;
  statusKey?: string;
}

export interface SpecCoverage {
  spec: string;
  operations: { documented: number; exercised: number };
  statuses: { documented: number; exercised: number };
  /** `operationId status` pairs never exercised. */
  missing: string[];
}

export function specCoverage(compiled: CompiledSpec, calls: readonly Exercised[]): SpecCoverage {
  const seen = new Set(calls.flatMap((c) => (c.statusKey ? [`${c.operationId} ${c.statusKey}`] : [])));
  const seenOps = new Set(calls.filter((c) => c.statusKey).map((c) => c.operationId));
  const pairs = compiled.operations.flatMap((e) => e.statusKeys.map((k) => `${e.operation.operationId} ${k}`));
  return {
    spec: compiled.spec.id,
    operations: { documented: compiled.operations.length, exercised: seenOps.size },
    statuses: { documented: pairs.length, exercised: pairs.filter((p) => seen.has(p)).length },
    missing: pairs.filter((p) => !seen.has(p)),
  };
}

export function renderCoverage(rows: readonly SpecCoverage[]): string {
  const pct = (a: number, b: number): string => (b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`);
  const total = rows.reduce((t, r) => ({ od: t.od + r.operations.documented, oe: t.oe + r.operations.exercised, sd: t.sd + r.statuses.documented, se: t.se + r.statuses.exercised }), {
    od: 0,
    oe: 0,
    sd: 0,
    se: 0,
  });
  const lines = ["| spec | operations exercised | status codes exercised |", "|---|---|---|"];
  for (const r of [...rows].sort((a, b) => (a.spec < b.spec ? -1 : 1))) {
    lines.push(
      `| ${r.spec} | ${r.operations.exercised}/${r.operations.documented} (${pct(r.operations.exercised, r.operations.documented)}) | ${r.statuses.exercised}/${r.statuses.documented} (${pct(r.statuses.exercised, r.statuses.documented)}) |`,
    );
  }
  lines.push(`| **total** | ${total.oe}/${total.od} (${pct(total.oe, total.od)}) | ${total.se}/${total.sd} (${pct(total.se, total.sd)}) |`);
  return `${lines.join("\n")}\n`;
}
