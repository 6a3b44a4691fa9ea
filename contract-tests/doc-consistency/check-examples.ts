/**
 * Doc self-consistency: every example on the pages must validate against the schema the same pages give.
 * A failing example is a documentation bug (the table or the example is wrong); findings are grouped by
 * what identifies the bug (rule, page:line, field), with every place it shows up across spec versions.
 */
import type { Diagnostic, SourceLocation } from "../../core/diagnostics.js";
import { docRuleId, type DriftKind } from "../drift/catalogue.js";
import { patchForViolation, type PatchOperation } from "../drift/suggest-patch.js";
import type { CompiledSpec } from "../validate/compile.js";
import { explainErrors } from "../validate/explain.js";
import { collectExamples } from "./collect-examples.js";
import { fieldOf, keyString, type FindingKey } from "./finding-key.js";

export interface Occurrence {
  spec: string;
  /** Pointer of the example in the spec. */
  example: string;
  instancePath: string;
  message: string;
}

export interface Finding extends FindingKey {
  kind: DriftKind;
  severity: Diagnostic["severity"];
  source: SourceLocation;
  message: string;
  occurrences: Occurrence[];
  /** Suggested patch for the first occurrence's spec (the docs made to agree with the example). */
  patch: { spec: string; operations: PatchOperation[] };
}

export interface ConsistencyResult {
  findings: Finding[];
  /** Examples checked, per spec. */
  checked: Record<string, number>;
  /** Examples whose schema could not be compiled (by spec): not checked. */
  uncompiled: Record<string, string[]>;
}

export function checkExamples(specs: readonly CompiledSpec[]): ConsistencyResult {
  const byKey = new Map<string, Finding>();
  const checked: Record<string, number> = {};
  const uncompiled: Record<string, string[]> = {};
  for (const compiled of specs) {
    const { cases, uncompiled: missed } = collectExamples(compiled);
    checked[compiled.spec.id] = cases.length;
    if (missed.length > 0) uncompiled[compiled.spec.id] = missed;
    for (const c of cases) {
      if (c.validate(c.value)) continue;
      for (const v of explainErrors(c.validate.errors, compiled.bundle)) {
        const source = v.source ?? c.fallback;
        if (!source) continue;
        const key: FindingKey = { ruleId: docRuleId(v.kind), at: `${source.page}:${source.line}`, field: fieldOf(v.schemaPointer, v.sourcePointer, v.keyword, v.params) };
        const occurrence = { spec: compiled.spec.id, example: c.pointer, instancePath: v.instancePath, message: v.message };
        const existing = byKey.get(keyString(key));
        if (existing) {
          existing.occurrences.push(occurrence);
          continue;
        }
        byKey.set(keyString(key), {
          ...key,
          kind: v.kind,
          severity: v.severity,
          source,
          message: v.message,
          occurrences: [occurrence],
          patch: { spec: compiled.spec.id, operations: patchForViolation(compiled.spec.document, v) },
        });
      }
    }
  }
  const findings = [...byKey.values()].sort(compareFindings);
  for (const f of findings) f.occurrences.sort((a, b) => cmp(a.spec, b.spec) || cmp(a.example, b.example) || cmp(a.instancePath, b.instancePath));
  return { findings, checked, uncompiled };
}

export function findingDiagnostic(f: Finding, allowlisted?: string): Diagnostic {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: `${f.message} (${f.field}; ${f.occurrences.length} example${f.occurrences.length === 1 ? "" : "s"})`,
    at: f.source,
    data: { kind: f.kind, field: f.field, occurrences: f.occurrences, patch: f.patch, ...(allowlisted ? { allowlisted } : {}) },
  };
}

function compareFindings(a: Finding, b: Finding): number {
  return cmp(a.source.page, b.source.page) || a.source.line - b.source.line || cmp(a.field, b.field) || cmp(a.ruleId, b.ruleId);
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
