/**
 * Splits contract diagnostics into known documentation bugs (their doc-consistency key is allowlisted: the
 * mock serves the page's example, which breaks the page's schema) and everything else.
 */
import type { Diagnostic } from "../../core/diagnostics.js";
import type { Allowlist } from "../doc-consistency/allowlist.js";
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
