/**
 * Known documentation bugs made visible to every tool that reads a spec: each example that breaks its own
 * schema (an allowlisted doc-consistency finding) is moved out of `example` into `x-doc-example`, beside
 * `x-doc-bug: [{ rule, field, at, reason }]`. Linters, Prism and doc renderers then see no example that
 * contradicts its schema, and nothing is lost: the page's value is kept verbatim, never "corrected" (which
 * side is wrong, table or example, is the vendor's to say). Examples in `examples` maps and arrays are
 * annotated in place (moving one would renumber the others).
 */
import { tokensOf } from "../../core/json-pointer.js";
import type { Finding } from "./check-examples.js";
import { keyString } from "./finding-key.js";

export interface DocBugMark {
  rule: string;
  field: string;
  /** `page:line` of the schema the example breaks. */
  at: string;
  reason: string;
  /** False for a finding no allowlist names yet (a new bug, or the page's own: `reason` is then the validator's message). */
  reviewed?: false;
}

export interface MarkOptions {
  /** Also mark findings that `reasons` does not name (`reviewed: false`); by default they are left for the gate to fail on. */
  unreviewed?: boolean;
}

/**
 * A copy of `document` (the spec `specId`) with the examples of the listed findings marked; `reasons` by
 * finding key (`applyAllowlist(...).reasons`). Findings not in `reasons` (new, unreviewed bugs) are left
 * for the gate to fail on, unless `options.unreviewed`.
 */
export function markDocBugs(specId: string, document: Record<string, unknown>, findings: readonly Finding[], reasons: ReadonlyMap<string, string>, options: MarkOptions = {}): Record<string, unknown> {
  const copy = structuredClone(document);
  const marks = new Map<string, DocBugMark[]>();
  for (const f of findings) {
    const reason = reasons.get(keyString(f));
    if (reason === undefined && !options.unreviewed) continue;
    const mark: DocBugMark = { rule: f.ruleId, field: f.field, at: f.at, reason: reason ?? f.message, ...(reason === undefined ? { reviewed: false as const } : {}) };
    for (const o of f.occurrences) {
      if (o.spec !== specId) continue;
      const list = marks.get(o.example) ?? [];
      if (!list.some((m) => m.rule === f.ruleId && m.field === f.field && m.at === f.at)) list.push(mark);
      marks.set(o.example, list);
    }
  }
  for (const [pointer, list] of [...marks.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const tokens = tokensOf(pointer);
    const last = tokens.pop();
    const holder = resolve(copy, tokens);
    if (!holder || last === undefined || !(last in holder)) continue;
    list.sort((a, b) => (a.at + a.field + a.rule < b.at + b.field + b.rule ? -1 : 1));
    if (last === "example") {
      holder["x-doc-example"] = holder.example;
      delete holder.example;
    }
    holder["x-doc-bug"] = [...((holder["x-doc-bug"] as DocBugMark[] | undefined) ?? []), ...list];
  }
  return copy;
}

function resolve(node: unknown, tokens: readonly string[]): Record<string, unknown> | undefined {
  let n = node;
  for (const t of tokens) {
    if (n === null || typeof n !== "object") return undefined;
    n = (n as Record<string, unknown>)[t];
  }
  return n !== null && typeof n === "object" && !Array.isArray(n) ? (n as Record<string, unknown>) : undefined;
}
