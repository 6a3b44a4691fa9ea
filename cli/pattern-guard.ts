/**
 * Regular expressions a page gives as a schema's `pattern` are page text too (refresh reads pages from the
 * web), and every validator that reads the spec runs them: the scrape's own example check, the mock, the
 * contract tests, and the user's Prism or ajv. A pattern that can backtrack super-linearly (`^(a+)+$`) lets
 * one long value hang each of them. Each distinct pattern is checked once per run with recheck (a ReDoS
 * analyser); one that is vulnerable, or that it cannot show safe in time, is moved from `pattern` to
 * `x-unsafe-pattern` (kept, not enforced) and reported once as a warning at the nearest page line.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { createSyncFn } from "synckit";
import type { Diagnostic, SourceLocation } from "../core/diagnostics.js";
import { pointerOf } from "../core/json-pointer.js";
import type { SpecReview } from "./doc-bug-review.js";

/** Keys whose values are data, not schemas: a `pattern` key inside them is an example's field. */
const DATA_KEYS = new Set(["example", "examples", "x-doc-example", "default", "enum", "const", "x-unread", "x-doc-bug"]);

export interface Recheck {
  checkSync(source: string, flags: string, params?: { timeout?: number }): RecheckResult;
}
type RecheckResult = { status: "safe" } | { status: "vulnerable"; complexity: { type: string; degree?: number } } | { status: "unknown"; error?: { kind?: string } };

/** Why a pattern is unsafe to run on untrusted input, or undefined when recheck shows it safe. */
export type PatternVerdict = (pattern: string) => string | undefined;

/**
 * recheck on a thread started now (recheck-worker.ts), for a run that will check patterns: it loads and starts its
 * checker (about 0.4 s) while the caller goes on. Undefined where the thread cannot be started from a built file
 * (running from the TypeScript sources): `recheckVerdict` then loads recheck when the first pattern is checked.
 */
export function startRecheck(): Recheck | undefined {
  const worker = new URL("./recheck-worker.js", import.meta.url);
  if (!import.meta.url.endsWith(".js") || !existsSync(worker)) return undefined;
  const checkSync = createSyncFn(fileURLToPath(worker)) as Recheck["checkSync"];
  return { checkSync };
}

/** recheck (`started`, else loaded when the first pattern is checked: about 0.4 s), each distinct pattern checked once. */
export function recheckVerdict(timeoutMs = 2_000, started?: Recheck): PatternVerdict {
  let recheck = started;
  const seen = new Map<string, string | undefined>();
  return (pattern) => {
    if (seen.has(pattern)) return seen.get(pattern);
    recheck ??= createRequire(import.meta.url)("recheck") as Recheck;
    const result = recheck.checkSync(pattern, "u", { timeout: timeoutMs });
    let verdict: string | undefined;
    if (result.status === "vulnerable") {
      const c = result.complexity;
      verdict = c.type === "exponential" ? "it can backtrack exponentially" : `it can backtrack polynomially${c.degree ? ` (degree ${c.degree})` : ""}`;
    } else if (result.status === "unknown") {
      verdict = `recheck could not show it safe within ${timeoutMs} ms`;
    }
    seen.set(pattern, verdict);
    return verdict;
  };
}

/** The review that moves unsafe patterns out of the way (see the module comment). */
export function patternGuard(verdict: PatternVerdict = recheckVerdict()): SpecReview {
  // Each pattern at each place is reported once a run, though every API version of a page carries it.
  const reported = new Set<string>();
  return (path, document) => {
    const found: Array<{ keys: string[]; pattern: string; reason: string; pointer: string; source?: SourceLocation }> = [];
    const stack: Array<{ node: unknown; keys: string[]; source?: SourceLocation }> = [{ node: document, keys: [] }];
    while (stack.length > 0) {
      const { node, keys, source: inherited } = stack.pop()!;
      if (node === null || typeof node !== "object") continue;
      const record = node as Record<string, unknown>;
      const source = isSource(record["x-source"]) ? record["x-source"] : inherited;
      if (!Array.isArray(node) && typeof record.pattern === "string") {
        const reason = verdict(record.pattern);
        if (reason !== undefined) found.push({ keys, pattern: record.pattern, reason, pointer: pointerOf(keys), ...(source ? { source } : {}) });
      }
      const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(record);
      for (const [key, value] of entries) {
        if (DATA_KEYS.has(key) || value === null || typeof value !== "object") continue;
        stack.push({ node: value, keys: [...keys, key], ...(source ? { source } : {}) });
      }
    }
    if (found.length === 0) return { document, diagnostics: [] };
    // The document is the scrape's own: a copy keeps the reviews independent of each other.
    const copy = structuredClone(document);
    const diagnostics: Diagnostic[] = [];
    for (const f of found.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0))) {
      const schema = f.keys.reduce<Record<string, unknown>>((n, k) => n[k] as Record<string, unknown>, copy);
      schema["x-unsafe-pattern"] = f.pattern;
      delete schema.pattern;
      const key = JSON.stringify([f.pattern, f.pointer, f.source ?? path]);
      if (reported.has(key)) continue;
      reported.add(key);
      diagnostics.push({
        ruleId: "unsafe-pattern",
        severity: "warning",
        message: `pattern ${JSON.stringify(f.pattern)} at ${f.pointer} in ${path}: ${f.reason}, so a long value would hang the validators that run it; written as x-unsafe-pattern, not enforced`,
        at: f.source ?? { pointer: f.pointer, document: path },
        data: { pattern: f.pattern, spec: path },
      });
    }
    return { document: copy, diagnostics };
  };
}

/** Runs reviews in order, each on the document the one before returned. */
export function composeReviews(reviews: readonly SpecReview[]): SpecReview {
  return (path, document) => {
    const diagnostics: Diagnostic[] = [];
    let current = document;
    for (const review of reviews) {
      const r = review(path, current);
      current = r.document;
      diagnostics.push(...r.diagnostics);
    }
    return { document: current, diagnostics };
  };
}

function isSource(value: unknown): value is SourceLocation {
  return value !== null && typeof value === "object" && typeof (value as SourceLocation).page === "string" && typeof (value as SourceLocation).line === "number";
}
