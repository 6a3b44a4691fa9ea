/**
 * The formatters on a report whose doc-derived strings carry markup: markdown renders it as text
 * (checked by rendering with markdown-it, HTML allowed as on GitHub), JUnit escapes it, JSON keeps it
 * as data; the calendar counts days and lists operations without a successor.
 */
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { failsOn } from "./build-report.js";
import { escapeMarkdown, escapeXml } from "./escape.js";
import { renderJunit } from "./junit.js";
import { COMMENT_LIMIT, renderMarkdown } from "./markdown.js";
import { hostileReport } from "./test-support.js";

describe("report formats", () => {
  const report = hostileReport();

  it("judges the hostile fixture as expected", () => {
    const ids = report.comparisons.flatMap((c) => c.findings.map((f) => f.ruleId)).sort();
    expect(ids).toEqual(["operation-removed-before-not-before", "response-enum-value-added", "response-property-added"]);
    expect(failsOn(report, "breaking")).toBe(true);
    expect(failsOn(report, "none")).toBe(false);
  });

  it("markdown shows planted markup as text (rendered like a GitHub comment)", () => {
    const text = renderMarkdown(report);
    const html = new MarkdownIt({ html: true, linkify: true }).render(text);
    expect(html).not.toMatch(/<script|<img|<b |<i>|<a /i);
    expect(html).toContain("&lt;script&gt;document.title='pwned'&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;document.title='pwned'&quot;&gt;");
    expect(html).toContain("[link](javascript:alert(1))");
    expect(text).toContain("| test/hostile 1.0 → 2.0 | 1 | 1 | 1 |");
  });

  it("escapes every markdown special character and keeps values on one line", () => {
    expect(escapeMarkdown("a|b\n# c <d> *e* `f` [g](h) &amp; ~i~ $j$")).toBe("a\\|b # c \\<d\\> \\*e\\* \\`f\\` \\[g\\](h) \\&amp; \\~i\\~ \\$j\\$");
  });

  it("the calendar counts days to Not Before and lists operations missing from the current version", () => {
    const [cal] = report.calendar;
    expect(cal).toMatchObject({
      service: "test/hostile",
      currentVersion: "2.0",
      versions: [
        { version: "1.0", status: "DEPRECATED", notBefore: "2099-12-31", daysRemaining: 364, past: false, current: false, hasSpec: true, client: "HostileV1_0Client" },
        { version: "2.0", status: "CURRENT", past: false, current: true, hasSpec: true, client: "HostileV2_0Client" },
      ],
    });
    expect(cal!.withoutSuccessor).toMatchObject([
      { version: "1.0", notBefore: "2099-12-31", daysRemaining: 364, operation: expect.stringContaining("DELETE /items/{id}/<img"), method: "HostileV1_0Client.deleteItem" },
    ]);
    const later = hostileReport("2100-01-02").calendar[0]!;
    expect(later.versions[0]).toMatchObject({ daysRemaining: -2, past: true });
    expect(renderMarkdown(hostileReport("2100-01-02"), { sections: ["calendar"] })).toContain("**past (2 days ago)**");
    const changesOnly = renderMarkdown(report, { sections: ["changes"] });
    expect(changesOnly).toContain("### Operations missing from the current version");
    expect(changesOnly).toContain("- 1.0 (DEPRECATED, Not Before 2099-12-31, 364 days): DELETE /items/{id}/\\<img");
    expect(renderMarkdown(report).match(/DELETE \/items/g)?.length).toBe(2); // the finding and the calendar, not a third time
  });

  it("JUnit escapes markup and marks findings at or above --fail-on as failures", () => {
    const xml = renderJunit(report, "breaking");
    expect(xml).not.toMatch(/<script|<img|<b /);
    expect(xml).toMatch(/<testsuites [^>]*tests="3" failures="1"/);
    expect(renderJunit(report, "info")).toMatch(/<testsuites [^>]*failures="3"/);
    expect(renderJunit(report, "none")).toMatch(/<testsuites [^>]*failures="0"/);
    expect(escapeXml("a\u0001b<\"&'>")).toBe("ab&lt;&quot;&amp;&#39;&gt;");
  });

  it("a comment too long for GitHub drops info findings first", () => {
    const big = hostileReport();
    const f = big.comparisons[0]!.findings.find((x) => x.data.level === "info")!;
    big.comparisons[0]!.findings.push(...Array.from({ length: 400 }, () => f));
    const text = renderMarkdown(big);
    expect(text.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(text).toMatch(/### Info\n\n\d+ info findings left out to fit a comment/);
    expect(text.indexOf("### Breaking changes")).toBeLessThan(text.indexOf("### Info"));
  });
});
