/**
 * The scrape's last look at each spec: every example that breaks the schema the same pages give is a
 * documentation bug, and is marked where every tool sees it (contract-tests/doc-consistency/mark-doc-bugs.ts:
 * moved to `x-doc-example` beside `x-doc-bug`), so Redocly, Spectral, Prism and doc renderers read no example
 * that contradicts its schema. A bug the allowlist names carries its reason; one it does not name is marked
 * `reviewed: false` and reported once as a warning at its page:line, for a reviewer to add to the allowlist
 * or to take to the vendor.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../core/diagnostics.js";
import type { Allowlist } from "../contract-tests/doc-consistency/allowlist.js";
import { applyAllowlist, DEFAULT_ALLOWLIST, parseAllowlist, readAllowlist } from "../contract-tests/doc-consistency/allowlist.js";
import { packageRoot } from "./package-info.js";
import { checkExamples } from "../contract-tests/doc-consistency/check-examples.js";
import { keyString } from "../contract-tests/doc-consistency/finding-key.js";
import { markDocBugs } from "../contract-tests/doc-consistency/mark-doc-bugs.js";
import { createAjv } from "../contract-tests/validate/ajv.js";
import { compileSpec } from "../contract-tests/validate/compile.js";
import { ValidatorCache } from "../contract-tests/validate/validator-cache.js";

export type SpecReview = (path: string, document: Record<string, unknown>) => { document: Record<string, unknown>; diagnostics: readonly Diagnostic[] };

/** A review for one scrape run (it remembers which unlisted bugs it has reported, so each is reported once). */
export function docBugReview(allowlist: Allowlist): SpecReview {
  const reported = new Set<string>();
  // One validator instance for the run, its schemas cleared after each spec (compile warnings are not reported here).
  const ajv = createAjv({ quickCompile: true });
  // The versions of a service share most models: their validators are compiled once for the service (validator-cache.ts).
  let validators = { service: "", cache: new ValidatorCache() };
  return (path, document) => {
    const id = path.replace(/\.ya?ml$/, "");
    const [vendor = "", service = "", version = ""] = id.split("/");
    if (validators.service !== `${vendor}/${service}`) validators = { service: `${vendor}/${service}`, cache: new ValidatorCache() };
    let findings;
    try {
      findings = checkExamples([compileSpec({ id, vendor, service, version, path, sha256: "", document }, { ajv, validators: validators.cache })]).findings;
    } catch (e) {
      const message = `the examples of ${path} could not be checked against their schemas (${e instanceof Error ? e.message : String(e)}); none is marked`;
      return { document, diagnostics: [{ ruleId: "doc-examples-unchecked", severity: "warning", message, at: { pointer: "#", document: path } }] };
    } finally {
      ajv.removeSchema();
    }
    if (findings.length === 0) return { document, diagnostics: [] };
    const gate = applyAllowlist(findings, allowlist);
    const diagnostics: Diagnostic[] = [];
    for (const f of gate.unlisted) {
      if (reported.has(keyString(f))) continue;
      reported.add(keyString(f));
      diagnostics.push({
        ruleId: f.ruleId,
        severity: "warning",
        message: `${f.message} (${f.field}): the page's example breaks its own schema; marked x-doc-bug (reviewed: false) in ${path}`,
        at: f.source,
        data: { field: f.field, spec: path },
      });
    }
    return { document: markDocBugs(id, document, findings, gate.reasons, { unreviewed: true }), diagnostics };
  };
}

/** The allowlist to mark with: the one named, else the working directory's (this repository), else the installed one, else none. */
export function loadDocBugAllowlist(named?: string): Allowlist {
  const path = named ?? [DEFAULT_ALLOWLIST, join(packageRoot(), DEFAULT_ALLOWLIST)].find((p) => existsSync(p));
  if (path === undefined) return parseAllowlist({ entries: [] });
  let allowlist: Allowlist;
  try {
    allowlist = readAllowlist(path);
  } catch (e) {
    throw new AllowlistError(`cannot read allowlist ${path}: ${(e as Error).message}`);
  }
  if (allowlist.problems.length > 0) throw new AllowlistError(`allowlist ${path}: ${allowlist.problems.join("; ")}`);
  return allowlist;
}

export class AllowlistError extends Error {}
