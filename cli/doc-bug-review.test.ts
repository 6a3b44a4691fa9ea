/**
 * The scrape's example review compiles every spec of a run on one ajv instance, without ajv's optimising pass, and
 * clears it between specs: on every committed spec it must find exactly what a fresh, optimised instance per spec
 * finds (no schema, format or keyword of one spec changing the verdicts on the next).
 */
import { describe, expect, it } from "vitest";
import { checkExamples } from "../contract-tests/doc-consistency/check-examples.js";
import { listSpecIds, loadSpec } from "../contract-tests/spec/load.js";
import { createAjv } from "../contract-tests/validate/ajv.js";
import { compileSpec } from "../contract-tests/validate/compile.js";

describe("one validator instance for a run's example review", () => {
  it("finds on each committed spec what a fresh instance finds", () => {
    const specs = listSpecIds("spec").map((id) => loadSpec("spec", id));
    const shared = createAjv({ quickCompile: true });
    let findings = 0;
    for (const spec of specs) {
      const fresh = checkExamples([compileSpec(spec)]);
      const reused = checkExamples([compileSpec(spec, { ajv: shared })]);
      shared.removeSchema();
      expect(reused, spec.id).toEqual(fresh);
      findings += fresh.findings.length;
    }
    expect(specs.length).toBeGreaterThan(10);
    // The committed specs keep their pages' known documentation bugs under x-doc-example: there is something to find.
    expect(findings).toBeGreaterThan(0);
  });
});
