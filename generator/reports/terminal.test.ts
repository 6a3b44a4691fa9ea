/** The terminal format: levels in order, colours only when asked, no control character from a page. */
import { describe, expect, it } from "vitest";
import { renderTerminal } from "./terminal.js";
import { hostileReport } from "./test-support.js";

describe("renderTerminal", () => {
  it("lists breaking changes, then warnings, then info, without colour by default", () => {
    const text = renderTerminal(hostileReport());
    expect(text).not.toContain("\u001b");
    const at = (s: string) => text.indexOf(s);
    expect(at("Breaking changes")).toBeGreaterThan(0);
    expect(at("Breaking changes")).toBeLessThan(at("Warnings"));
    expect(at("Warnings")).toBeLessThan(at("Info"));
  });

  it("colours levels when asked, and a page's escape sequences never reach the terminal", () => {
    const report = hostileReport();
    report.comparisons[0]!.findings[0]!.message = "evil \u001b[2J\u001b]0;title\u0007 text";
    const text = renderTerminal(report, { color: true });
    expect(text).toContain("\u001b[31;1m");
    expect(text).toContain("evil ?[2J?]0;title? text");
    expect(text).not.toContain("\u001b[2J");
  });
});
