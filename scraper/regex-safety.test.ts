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

function verdict(text: string, timeout = 5_000): string | undefined {
  const cut = text.lastIndexOf("/");
  const check = (params: Record<string, unknown>): string | undefined => {
    const result = checkSync(text.slice(1, cut), text.slice(cut + 1).replace(/[gy]/g, ""), { timeout, ...params });
    if (result.status === "safe") return undefined;
    if (result.status !== "vulnerable") return result.status;
    return result.complexity.type === "exponential" ? "exponential" : `polynomial of degree ${result.complexity.degree}`;
  };
  const first = check({});
  if (first === undefined || first === "polynomial of degree 2") return first;
  // recheck's fuzzer bounds its phases in milliseconds as well as in steps, so on a loaded machine a phase cut short
  // can report a higher degree than the pattern has (seen once in CI-like load: degree 3 for a degree-2 phrase).
  // A finding worse than degree 2 is checked again bounded in steps alone (the same seed): that verdict is the one.
  return check({ attackTimeout: null, incubationTimeout: null, seedingTimeout: null });
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

interface Built {
  source: string;
  flags: string;
  /** The scraper or core file that called `new RegExp`. */
  at: string;
}

/**
 * Patterns built at run time (`new RegExp` from the label tables): every one the scraper builds while it reads
 * the bundled pages and the fuzz seeds, recorded by wrapping the global constructor around a fresh import.
 */
async function builtPatterns(): Promise<Built[]> {
  const seen = new Map<string, Built>();
  const original = globalThis.RegExp;
  const record = (args: unknown[]): void => {
    const [pattern, flags] = args;
    const source = pattern instanceof original ? pattern.source : String(pattern);
    const flagText = typeof flags === "string" ? flags : pattern instanceof original ? pattern.flags : "";
    // The frame that called the constructor: a pattern a dependency builds (markdown-it's own) is not ours to judge.
    const caller =
      (new Error().stack ?? "")
        .split("\n")
        .slice(1)
        .find((l) => !l.includes("regex-safety.test.ts")) ?? "";
    const at = caller.includes("node_modules") || caller.includes("/testing/") ? undefined : /\/((?:scraper|core)\/[^:]+\.ts)/.exec(caller)?.[1];
    if (at && !seen.has(`${flagText}/${source}`)) seen.set(`${flagText}/${source}`, { source, flags: flagText, at });
  };
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget) as object;
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  try {
    const { scrapePages } = await import("./run.js");
    const { DEFAULT_MANIFEST, loadManifest } = await import("./sources.js");
    const { fuzzSeeds } = await import("./testing/fuzz/seeds.js");
    scrapePages(loadManifest(DEFAULT_MANIFEST));
    for (const s of fuzzSeeds()) scrapePages([{ page: s.page, vendor: s.vendor, format: s.format, content: s.content }]);
  } finally {
    globalThis.RegExp = original;
  }
  return [...seen.values()];
}

/** Patterns a page itself gives (a schema's `pattern`), compiled only to see that they are valid: cli/pattern-guard.ts judges those. */
const PAGE_PATTERNS = ["scraper/dialects/scp/property-schema.ts"];

describe("regular expressions built at run time", () => {
  it("has none that backtracks exponentially or cubically, among all the scraper builds on the bundled pages and fuzz seeds", async () => {
    const built = await builtPatterns();
    // Not vacuous: the label-built patterns of all three dialects and the prose phrases are among them.
    for (const file of ["scraper/dialects/nhn/inline-enums.ts", "scraper/dialects/scp/context.ts", "scraper/dialects/huawei/labels.ts"]) {
      expect(
        built.some((b) => b.at === file),
        file,
      ).toBe(true);
    }
    const bad: string[] = [];
    for (const b of built) {
      if (PAGE_PATTERNS.includes(b.at)) continue;
      // A generous budget: the longest prose phrases take recheck a few seconds, more on a busy machine, and
      // "unknown" (out of time) must not depend on the machine's load.
      const v = verdict(`/${b.source}/${b.flags}`, 60_000);
      if (v === undefined || v === "polynomial of degree 2") continue;
      bad.push(`${b.at}: /${b.source.slice(0, 100)}/${b.flags}: ${v}`);
    }
    expect(bad).toEqual([]);
  }, 300_000);
});
