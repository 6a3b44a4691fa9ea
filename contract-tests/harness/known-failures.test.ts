/**
 * Live and recorded runs apply the doc-consistency allowlist as the mock run does: an API answer that
 * breaks the spec exactly where the page's own example does is a known documentation bug, named with the
 * allowlist entry it matched; anything else stays a failure.
 */
import { describe, expect, it } from "vitest";
import { tokensOf, valueAt } from "../../core/json-pointer.js";
import { applyAllowlist, readAllowlist } from "../doc-consistency/allowlist.js";
import { checkExamples } from "../doc-consistency/check-examples.js";
import { ALLOWLIST_PATH } from "./paths.js";
import { runRecorded } from "../recorded/run-recorded.js";
import { compileBundled, jsonExchange } from "../test-support.js";
import { coveredEntries, splitKnown } from "./known-failures.js";

describe("known documentation bugs in recorded and live runs", () => {
  const compiled = compileBundled("scp/backup/1.0");
  const allowlist = readAllowlist(ALLOWLIST_PATH);
  const findings = checkExamples([compiled]).findings.filter((f) => applyAllowlist([f], allowlist).reasons.size > 0);
  const occurrence = findings.flatMap((f) => f.occurrences).find((o) => /\/responses\/2\d\d\/content\/application~1json\/(x-doc-)?example$/.test(o.example))!;

  it("an answer equal to the page's broken example is known, with the entry it matched", () => {
    const [, path, method, , status] = tokensOf(occurrence.example);
    const server = (compiled.spec.document.servers as Array<{ url: string }>)[0]!.url.replace(/\{[^}]+\}/g, "x");
    const url = `${server.replace(/\/$/, "")}${path!.replace(/\{[^}]+\}/g, "id1")}`;
    const run = runRecorded(compiled, [jsonExchange(method!.toUpperCase(), url, Number(status), valueAt(compiled.spec.document, occurrence.example))]);
    const diagnostics = run.checked.flatMap((c) => c.result.diagnostics);
    const { known, unknown } = splitKnown(diagnostics, allowlist);
    expect(known.length).toBeGreaterThan(0);
    expect(unknown.filter((d) => d.severity === "error")).toEqual([]);
    const covered = coveredEntries(known, allowlist);
    expect(covered.length).toBeGreaterThan(0);
    expect(covered.every(({ entry }) => findings.some((f) => f.at === entry.at && f.field === entry.field))).toBe(true);
  });

  it("without the allowlist the same answer fails", () => {
    const { known } = splitKnown([{ ruleId: "x", severity: "error", message: "m", at: { page: "p", line: 1 } }], allowlist);
    expect(known).toEqual([]);
  });
});
