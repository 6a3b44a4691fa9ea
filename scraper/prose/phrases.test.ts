/**
 * The shape `constraints.ts` relies on to skip phrases: a pattern with `{N}` can only match where a
 * number is, because `{N}` is never optional in it (not in an optional group, not one side of an
 * alternation).
 */
import { describe, expect, it } from "vitest";
import { PHRASES } from "./phrases.js";

/** True when `{N}` is required: reduces groups innermost first, dropping optional ones. */
function numberRequired(pattern: string): boolean {
  let p = pattern.replace(/\\./g, "_");
  for (;;) {
    const m = /\((?:\?(?:[:=!]|<[=!]))?([^()]*)\)([?*]|\{0,?\d*\})?/.exec(p);
    if (!m) break;
    const [whole, body, optional] = m;
    const keep = body!.includes("{N}") && !optional && !body!.includes("|");
    if (body!.includes("{N}") && !keep) return false;
    p = p.replace(whole!, keep ? body! : "_");
  }
  return p.includes("{N}") && !p.includes("|");
}

describe("prose phrases", () => {
  it("never make a number optional in a pattern that has one", () => {
    const withNumber = PHRASES.filter((p) => p.pattern.includes("{N}"));
    expect(withNumber.length).toBeGreaterThan(10);
    for (const p of withNumber) expect(numberRequired(p.pattern), p.pattern).toBe(true);
  });

  it("the check itself sees an optional number", () => {
    expect(numberRequired(String.raw`max\s*(?:{N})?`)).toBe(false);
    expect(numberRequired(String.raw`(?:max|{N})`)).toBe(false);
    expect(numberRequired(String.raw`max\s*(?:is\s*)?{N}`)).toBe(true);
  });
});
