/** The oasdiff mapping: real rule ids, one verdict per check, documented level differences, ≥ 90 % coverage. */
import { describe, expect, it } from "vitest";
import { OASDIFF_CHECKS } from "./oasdiff-checks.js";
import { oasdiffCoverage, sameLevel } from "./oasdiff-coverage.js";
import { loadRegistry } from "./registry.js";

const rules = loadRegistry();

describe("oasdiff checks mapped to our rules", () => {
  it("names only rules of the registry, each check once", () => {
    expect(OASDIFF_CHECKS.flatMap((c) => c.ours).filter((id) => !rules.has(id))).toEqual([]);
    const ids = OASDIFF_CHECKS.map((c) => c.check);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("gives every check exactly one verdict: our rules, not applicable, or not covered with a reason", () => {
    const verdicts = OASDIFF_CHECKS.filter((c) => [c.ours.length > 0, c.notApplicable !== undefined, c.missing !== undefined].filter(Boolean).length !== 1);
    expect(verdicts.map((c) => c.check)).toEqual([]);
  });

  it("says why wherever none of our rules has oasdiff's level", () => {
    const undocumented = OASDIFF_CHECKS.filter((c) => c.ours.length > 0 && !sameLevel(c, rules) && !c.note);
    expect(undocumented.map((c) => c.check)).toEqual([]);
  });

  it("covers at least 90 % of the checks that can apply to scraped specs", () => {
    const c = oasdiffCoverage();
    expect(c.covered / c.applicable).toBeGreaterThanOrEqual(0.9);
  });
});
