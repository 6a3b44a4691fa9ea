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

/** Cases `npm run fuzz` found (docs/fuzz.md), replayed at a size where the old code took a minute or more. */
describe("fuzz: cases the 10,000-case run found", () => {
  const seed = (name: string): FuzzSeed => fuzzSeeds().find((s) => `${s.vendor}/${s.format}` === name)!;

  it("SCP text: a run of spaces inside a request-header line (a cubic header pattern: 70 s at 5,000 spaces)", () => {
    for (const unit of [" ", "\t"]) {
      const outcome = expectClean(seed("scp/text"), [
        { kind: "flip", at: 633024251, bit: 4 },
        { kind: "drop-line", at: 378987510 },
        { kind: "drop-line", at: 1253423086 },
        { kind: "run", at: 419905614, unit, length: 20_000, inLine: true },
      ]);
      expect(outcome.specs).toBeGreaterThan(0);
    }
  });

  it("SCP HTML: a version row repeated 2,000 times is one spec and a warning per repeat, not 2,000 files at one path", () => {
    const s = seed("scp/html");
    const mutations: Mutation[] = [{ kind: "repeat-line", at: s.content.split("\n").findIndex((l) => /<tr><td>\d+(\.\d+)+<\/td>/.test(l)), times: 2_000 }];
    const outcome = expectClean(s, mutations);
    const clean = runFuzzCase({ page: s.page, vendor: s.vendor, format: s.format, content: s.content });
    expect(outcome.specs).toBe(clean.specs);
  });

  it("NHN text: a 10,000-row whitespace table under a response (a quadratic parent search: 24 s at 8,000 rows)", () => {
    expect(expectClean(seed("nhn/text"), [{ kind: "big-table", at: 802515957, shape: "spaces", rows: 10_000 }]).specs).toBeGreaterThan(0);
  });

  it("NHN HTML: a field name of 100,000 dotted parts (path strings rebuilt per part: 35 s; then a stack overflow in the tree walks)", () => {
    const outcome = expectClean(seed("nhn/html"), [
      { kind: "duplicate-line", at: 1103851225 },
      { kind: "run", at: 505749114, unit: "1.", length: 100_000, inLine: true },
    ]);
    expect(outcome.limitErrors).toContain("schema-too-deep");
  });

  it("NHN text: a tab run of 100,000 in a field description (the enum joiner and a trim pattern rescanned it: 30 s)", () => {
    expectClean(seed("nhn/text"), [{ kind: "cr-only" }, { kind: "flip", at: 431529977, bit: 2 }, { kind: "run", at: 10405799, unit: "\t", length: 100_000, inLine: true }]);
  });

  it("NHN text: a line stating a constraint repeated 50,000 times (each repeat copied the list of the ones before: 17 s)", () => {
    expectClean(seed("nhn/text"), [
      { kind: "deep", at: 335829656, shape: "quote", levels: 1_000, oneLine: true },
      { kind: "repeat-line", at: 239618339, times: 50_000 },
    ]);
  });

  it("Huawei text: an object row repeated 5,000 times (nested by table order: a stack overflow; 50,000 ran out of memory)", () => {
    const outcome = expectClean(seed("huawei/text"), [{ kind: "repeat-line", at: 261811026, times: 5_000 }]);
    expect(outcome.limitErrors).toContain("schema-too-deep");
    expect(outcome.specs).toBe(1);
  });

  it("NHN markdown: a CR-only page with a line repeated 50,000 times (the mutation itself once built a string over V8's limit)", () => {
    expectClean(seed("nhn/markdown"), [{ kind: "cr-only" }, { kind: "repeat-line", at: 1992636654, times: 50_000 }]);
  });
});
