/** Every spec has its contract suite file and every suite file has a spec (regenerate with write-suites.ts). */
import { describe, expect, it } from "vitest";
import { existingSuites, expectedSuites } from "./write-suites.js";

describe("per-spec contract suites", () => {
  it("match the specs (npx tsx contract-tests/suites/write-suites.ts)", () => {
    expect(Object.fromEntries(existingSuites())).toEqual(Object.fromEntries(expectedSuites()));
  });
});
