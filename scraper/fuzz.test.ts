/**
 * The fuzz suite: every dialect through every front end (text, HTML, markdown), on its seed page mutated
 * (truncation, byte flips, invalid UTF-8, BOM, CR-only lines, deep nesting, big tables, long runs of
 * spaces, pipes and digits). No run may throw or report `internal-error`, every diagnostic must be located
 * on the page, a run without a spec must say why, and no run may take longer than a generous hang bound.
 * Bounded here (a few hundred cases); `npm run fuzz` runs 10,000 (docs/fuzz.md).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Mutation } from "./testing/fuzz/mutations.js";
import { applyMutations, casesArbitrary, describeMutations } from "./testing/fuzz/mutations.js";
import type { FuzzOutcome } from "./testing/fuzz/run-case.js";
import { runFuzzCase } from "./testing/fuzz/run-case.js";
import type { FuzzSeed } from "./testing/fuzz/seeds.js";
import { fuzzSeeds } from "./testing/fuzz/seeds.js";

/** Not a timing assertion: a bound only a hang (or a quadratic walk) crosses on any machine. */
const HANG_MS = 20_000;

function expectClean(seed: FuzzSeed, mutations: readonly Mutation[]): FuzzOutcome {
  const outcome = runFuzzCase({ page: seed.page, vendor: seed.vendor, format: seed.format, content: applyMutations(seed.content, mutations) });
  const label = `${seed.vendor}/${seed.format}: ${describeMutations(mutations)}`;
  expect(outcome.exception, label).toBeUndefined();
  expect(outcome.unlocated, label).toEqual([]);
  expect(outcome.silent, `${label}: no spec and no error`).toBe(false);
  expect(outcome.ms, label).toBeLessThan(HANG_MS);
  return outcome;
}

describe.each(fuzzSeeds().map((s) => [`${s.vendor} ${s.format}`, s] as const))("fuzz: %s", (_name, seed) => {
  it("reads the seed page cleanly", () => {
    expect(expectClean(seed, []).specs).toBeGreaterThan(0);
  });

  it("survives 20 random mutation sequences", () => {
    fc.assert(
      fc.property(casesArbitrary({ maxRows: 5_000, maxLevels: 5_000 }), (mutations) => {
        expectClean(seed, mutations);
      }),
      { numRuns: 20, seed: 13 },
    );
  });

  it("reports a JSON example nested 5,000 levels, on one line and on many, as a located limit error", () => {
    for (const oneLine of [true, false]) {
      const outcome = expectClean(seed, [{ kind: "deep-example", at: 0, shape: oneLine ? "array" : "object", levels: 5_000, oneLine }]);
      expect(outcome.limitErrors).toContain("example-too-deep");
    }
  });

  // 50,000 rows through the text front end; through parse5 (HTML, markdown) just over the limit, to stay fast.
  it("reports a table over the row limit as a located limit error", () => {
    const shape = seed.format === "html" ? "html" : "pipe";
    const outcome = expectClean(seed, [{ kind: "big-table", at: 0, shape, rows: seed.format === "text" ? 50_000 : 20_001 }]);
    expect(outcome.limitErrors).toContain("table-too-many-rows");
  });
});
