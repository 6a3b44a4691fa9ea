/**
 * Page text is untrusted (refresh reads it from the web), so no pattern that runs on it may backtrack
 * super-linearly. Every regular-expression literal in the scraper and the core is checked with recheck (a
 * ReDoS analyser): none may be exponential or polynomial of degree 3 or more, and none in the front ends
 * (scraper/document, which run on every line of every page) may be polynomial at all. Patterns of degree 2 in
 * the dialects run on one cell or line at a time; `npm run fuzz` puts 100,000-character runs into them.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Patterns recheck flags that are fine as used, each with the reason (file:pattern prefix). */
const ACCEPTED: ReadonlyArray<{ file: string; starts: string; reason: string }> = [
  {
    file: "scraper/document/html-depth.ts",
    starts: "/<!--",
    reason: "under matchAll an unclosed comment or raw-text element matches to the end of the page at once (linear, measured on 400,000 characters)",
  },
  { file: "scraper/dialects/nhn/fidelity.ts", starts: "/^", reason: "the development script that measures docs/fidelity-nhn.md, not run by the command line" },
];

interface Literal {
  file: string;
  line: number;
  text: string;
}

function literals(): Literal[] {
  const files = execFileSync("git", ["ls-files", "scraper/**/*.ts", "core/**/*.ts"], { encoding: "utf8" })
    .split("\n")
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.includes("/testing/"));
  const out: Literal[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) out.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText() });
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

function verdict(text: string): string | undefined {
  const cut = text.lastIndexOf("/");
  const result = checkSync(text.slice(1, cut), text.slice(cut + 1).replace(/[gy]/g, ""), { timeout: 5_000 });
  if (result.status === "safe") return undefined;
  if (result.status !== "vulnerable") return result.status;
  return result.complexity.type === "exponential" ? "exponential" : `polynomial of degree ${result.complexity.degree}`;
}

describe("regular expressions that read page text", () => {
  const all = literals();

  it("finds the patterns to check", () => {
    expect(all.length).toBeGreaterThan(200);
  });

  it("has none that backtracks exponentially or cubically, and none super-linear in the front ends", () => {
    const bad: string[] = [];
    for (const l of all) {
      const v = verdict(l.text);
      if (v === undefined || ACCEPTED.some((a) => a.file === l.file && l.text.startsWith(a.starts))) continue;
      if (v === "polynomial of degree 2" && !l.file.startsWith("scraper/document/")) continue;
      bad.push(`${l.file}:${l.line} ${l.text.slice(0, 100)}: ${v}`);
    }
    expect(bad).toEqual([]);
  });

  it("would catch a bad pattern (the check is not vacuous)", () => {
    expect(verdict(String.raw`/^(a|a)*$/`)).toBe("exponential");
    expect(verdict(String.raw`/^\s*(.*?)\s*"?\s*,?$/`)).toMatch(/^polynomial/);
  });
});
