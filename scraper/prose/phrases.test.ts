/**
 * The shape `constraints.ts` relies on to skip phrases: a pattern with `{N}` (or `{I}`) can only match where a
 * number is, because `{N}` is never optional in it (not in an optional group, not one side of an
 * alternation).
 */
import { describe, expect, it } from "vitest";
import { PHRASES } from "./phrases.js";

/** True when `{N}` is required: reduces groups innermost first, dropping optional ones. */
function numberRequired(pattern: string): boolean {
  let p = pattern.replace(/\\./g, "_").replaceAll("{I}", "{N}");
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

/**
 * True when the pattern cannot match without one of `cues`: optional groups are dropped innermost first, an
 * alternation counts only when every branch has a cue, and what is left must contain one.
 */
function cueRequired(pattern: string, cues: readonly string[]): boolean {
  const has = (text: string) => text.includes("\u0001") || cues.some((c) => text.includes(c));
  let p = pattern.replace(/\\./g, "_");
  for (;;) {
    const m = /\((?:\?(?:[:=!]|<[=!]))?([^()]*)\)([?*]|\{0,?\d*\})?/.exec(p);
    if (!m) break;
    const [whole, body, optional] = m;
    const lookaround = /^\(\?(?:[=!]|<[=!])/.test(whole!);
    let keep: string;
    if (optional || lookaround) keep = "_";
    else if (body!.includes("|")) keep = body!.split("|").every(has) ? "\u0001" : "_";
    else keep = body!;
    p = p.replace(whole!, keep);
  }
  return !p.includes("|") && has(p);
}

describe("prose phrases", () => {
  it("name cues each pattern cannot match without", () => {
    for (const p of PHRASES) {
      expect(p.cues.length, p.pattern).toBeGreaterThan(0);
      expect(cueRequired(p.pattern, p.cues), `${p.pattern} without ${p.cues.join(" / ")}`).toBe(true);
    }
  });

  it("the cue check itself sees an optional cue and a branch without one", () => {
    expect(cueRequired(String.raw`(?:the )?max\s*{N}`, ["the"])).toBe(false);
    expect(cueRequired(String.raw`(?:at most|up to)\s+{N}`, ["at most"])).toBe(false);
    expect(cueRequired(String.raw`(?:at most|up to)\s+{N}`, ["at most", "up to"])).toBe(true);
    expect(cueRequired(String.raw`{N}(?=\s*chars)`, ["chars"])).toBe(false);
  });

  it("never make a number optional in a pattern that has one", () => {
    const withNumber = PHRASES.filter((p) => p.pattern.includes("{N}") || p.pattern.includes("{I}"));
    expect(withNumber.length).toBeGreaterThan(10);
    for (const p of withNumber) expect(numberRequired(p.pattern), p.pattern).toBe(true);
  });

  it("the check itself sees an optional number", () => {
    expect(numberRequired(String.raw`max\s*(?:{N})?`)).toBe(false);
    expect(numberRequired(String.raw`(?:max|{N})`)).toBe(false);
    expect(numberRequired(String.raw`max\s*(?:is\s*)?{N}`)).toBe(true);
  });
});
