import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, limitHint, nestingDepth, parseLimitAssignment, resolveLimits } from "./limits.js";

describe("nestingDepth", () => {
  it.each([
    ["a scalar", 5, 0, "#"],
    ["an empty array", [], 1, "#"],
    ["an object in an array", [1, { a: 1 }], 2, "#/1"],
    ["the deepest of two branches", { a: [1], b: { c: { "d/e": [] } } }, 4, "#/b/c/d~1e"],
  ])("%s", (_name, value, depth, pointer) => {
    expect(nestingDepth(value, 100)).toEqual({ depth, pointer });
  });

  it("measures a million levels without recursion and stops just past the limit", () => {
    const deep = JSON.parse("[".repeat(1_000_000) + "]".repeat(1_000_000)) as unknown;
    const found = nestingDepth(deep, 32);
    expect(found.depth).toBe(33);
    expect(found.pointer).toBe(`#${"/0".repeat(32)}`);
  });

  it("ends on a cyclic value", () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(nestingDepth(a, 50).depth).toBe(51);
  });
});

describe("limit settings", () => {
  it("parses name=N as the command line gives it, and refuses the rest with the known names", () => {
    expect(parseLimitAssignment("example-depth=64")).toEqual({ key: "exampleDepth", value: 64 });
    expect(parseLimitAssignment("table-rows=0")).toMatch(/positive integer/);
    expect(parseLimitAssignment("depth=3")).toMatch(/unknown limit "depth" \(known: page-bytes, example-depth/);
    expect(parseLimitAssignment("example-depth")).toMatch(/expected name=N/);
  });

  it("overrides only what is given and says how to raise a limit", () => {
    expect(resolveLimits({ tableRows: 5 })).toEqual({ ...DEFAULT_LIMITS, tableRows: 5 });
    expect(limitHint("tableRows", resolveLimits({ tableRows: 5 }))).toBe("limit table-rows is 5 (raise it with --limit table-rows=N, or limits.tableRows)");
  });
});
