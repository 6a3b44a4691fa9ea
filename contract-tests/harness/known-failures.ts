/**
 * Splits contract diagnostics into known documentation bugs (their doc-consistency key is allowlisted: the
 * mock serves the page's example, which breaks the page's schema) and everything else.
 */
import type { Diagnostic } from "../../core/diagnostics.js";
import type { Allowlist, AllowlistEntry } from "../doc-consistency/allowlist.js";
import { docKeyOfContractDiagnostic, keyString } from "../doc-consistency/finding-key.js";

export function splitKnown(diagnostics: readonly Diagnostic[], allowlist: Allowlist): { known: Diagnostic[]; unknown: Diagnostic[] } {
  const keys = new Set(allowlist.entries.map(keyString));
  const known: Diagnostic[] = [];
  const unknown: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = docKeyOfContractDiagnostic(d);
    (key && keys.has(keyString(key)) ? known : unknown).push(d);
  }
  return { known, unknown };
}

/** The allowlist entries that known diagnostics matched, each with how many it covered (in allowlist order). */
export function coveredEntries(known: readonly Diagnostic[], allowlist: Allowlist): Array<{ entry: AllowlistEntry; count: number }> {
  const counts = new Map<string, number>();
  for (const d of known) {
    const key = docKeyOfContractDiagnostic(d);
    if (key) counts.set(keyString(key), (counts.get(keyString(key)) ?? 0) + 1);
  }
  return allowlist.entries.flatMap((entry) => (counts.has(keyString(entry)) ? [{ entry, count: counts.get(keyString(entry))! }] : []));
}
