import { describe, expect, it } from "vitest";
import { fewerVisibleThan, isWhitespace } from "./text-utils.js";

describe("isWhitespace", () => {
  it("agrees with \\s on every UTF-16 code unit", () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (/\s/.test(String.fromCharCode(c)) !== isWhitespace(c)) disagree.push(c);
    expect(disagree).toEqual([]);
  });
});

describe("fewerVisibleThan", () => {
  it("counts characters other than whitespace, however the whitespace is spread", () => {
    expect(fewerVisibleThan("Type Name\u00a0Description", 20)).toBe(true); // 19 visible
    expect(fewerVisibleThan("Type Name\u00a0Description", 19)).toBe(false);
    expect(fewerVisibleThan(`a${" \t\u3000".repeat(1000)}b`, 3)).toBe(true);
    expect(fewerVisibleThan("x".repeat(10_000), 50)).toBe(false);
    expect(fewerVisibleThan("", 1)).toBe(true);
  });

  it("is what squashing out \\s and measuring would say", () => {
    const samples = ["HTTP Code Description Schema", " a b ", "\u2028\u2029x", "가나 다", "x".repeat(40)];
    for (const text of samples) for (const limit of [1, 5, 10, 30, 41]) expect(fewerVisibleThan(text, limit), `${JSON.stringify(text)} ${limit}`).toBe(text.replace(/\s+/g, "").length < limit);
  });
});
