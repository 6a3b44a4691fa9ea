/**
 * Property-based robustness: mutated pages (lines dropped, duplicated, truncated, cells removed, junk and
 * huge lines inserted, HTML tags left unclosed) never make the scraper throw or hang, and every problem
 * comes back as a located diagnostic. `internal-error` is the scraper's last-resort catch: it must never
 * fire.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSourceLocation } from "../core/diagnostics.js";
import type { PageInput } from "./run.js";
import { scrapePages } from "./run.js";
import { JUNK_LINES } from "./testing/fuzz/mutations.js";

const revert = readFileSync("scraper/pages/scp-virtualserver-volume-revert.txt", "utf8");
const storage = readFileSync("scraper/pages/scp-storage-print.txt", "utf8");
/** A whole small service (Parallel File Storage) with overview, APIs and models. */
const service = ["Storage", storage.slice(storage.indexOf("5 - Parallel File Storage"))].join("\n");
const html = readFileSync("scraper/document/fixtures/scp-parallel-filestorage-print.html", "utf8");

type Mutation = (lines: string[]) => string[];

const junk = fc.oneof(
  fc.string({ maxLength: 80 }),
  // The fuzz suite's structure-like lines, plus a few the dialects' row readers are sensitive to.
  fc.constantFrom(...JUNK_LINES, "| body | body required |", "any of [", "<div>"),
  fc.array(fc.constantFrom("|", " ", "a", "{", "[", "(", "enum", "any of", ",", "]", "}", ")", '"', "\\"), { maxLength: 60 }).map((a) => a.join("")),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((i) => (l: string[]) => l.filter((_, k) => k !== i % Math.max(1, l.length))),
  fc.nat().map((i) => (l: string[]) => l.flatMap((x, k) => (k === i % Math.max(1, l.length) ? [x, x] : [x]))),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, cut]) =>
      (l: string[]) =>
        l.map((x, k) => (k === i % Math.max(1, l.length) ? x.slice(0, cut % (x.length + 1)) : x)),
  ),
  fc.nat().map((i) => (l: string[]) => {
    const rows = l.map((x, k) => [x, k] as const).filter(([x]) => x.startsWith("| "));
    if (rows.length === 0) return l;
    const [, k] = rows[i % rows.length]!;
    return l.map((x, j) => (j === k ? x.replace(/\| [^|]*(?=\|)/, "") : x));
  }),
  fc.tuple(fc.nat(), junk).map(([i, j]) => (l: string[]) => [...l.slice(0, i % (l.length + 1)), j, ...l.slice(i % (l.length + 1))]),
  fc.tuple(fc.nat(), fc.constantFrom("x", "|", "{", "a | ")).map(([i, ch]) => (l: string[]) => [...l.slice(0, i % (l.length + 1)), ch.repeat(200_000), ...l.slice(i % (l.length + 1))]),
);

function checkRun(page: PageInput): void {
  const started = Date.now();
  const result = scrapePages([page]);
  const elapsed = Date.now() - started;
  expect(elapsed, "bounded time per page").toBeLessThan(15_000);
  expect(result.diagnostics.filter((d) => d.ruleId === "internal-error")).toEqual([]);
  for (const d of result.diagnostics) {
    expect(d.message.length).toBeGreaterThan(0);
    if (isSourceLocation(d.at)) {
      expect(d.at.page).toBe(page.page);
      expect(Number.isInteger(d.at.line) && d.at.line >= 1).toBe(true);
    } else {
      expect(d.at.pointer.startsWith("#")).toBe(true);
    }
  }
  // A page that yields no spec must say why.
  if (result.files.length === 0) expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
}

describe("mutated pages never crash or hang the scraper", () => {
  it("text: a single-API page", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (muts) => {
        const lines = muts.reduce((l, m) => m(l), revert.split("\n"));
        checkRun({ page: "revert.txt", vendor: "scp", format: "text", content: lines.join("\n") });
      }),
      { numRuns: 150 },
    );
  });

  it("text: a whole service with models", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (muts) => {
        const lines = muts.reduce((l, m) => m(l), service.split("\n"));
        checkRun({ page: "service.txt", vendor: "scp", format: "text", content: lines.join("\n") });
      }),
      { numRuns: 40 },
    );
  });

  it("HTML: tags left unclosed, lines dropped and junk inserted", () => {
    const unclose: fc.Arbitrary<Mutation> = fc.nat().map((i) => (l: string[]) => {
      const closers = l.map((x, k) => [x, k] as const).filter(([x]) => /<\/(td|tr|table|div|p|pre|code|h1|h2|ul|li)>/.test(x));
      if (closers.length === 0) return l;
      const [, k] = closers[i % closers.length]!;
      return l.map((x, j) => (j === k ? x.replace(/<\/(td|tr|table|div|p|pre|code|h1|h2|ul|li)>/, "") : x));
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(unclose, mutation), { minLength: 1, maxLength: 10 }), (muts) => {
        const lines = muts.reduce((l, m) => m(l), html.split("\n"));
        checkRun({ page: "page.html", vendor: "scp", format: "html", content: lines.join("\n") });
      }),
      { numRuns: 25 },
    );
  });

  it("arbitrary text and markdown", () => {
    fc.assert(
      fc.property(fc.array(junk, { maxLength: 60 }), fc.constantFrom("text", "markdown", "html") as fc.Arbitrary<PageInput["format"]>, (lines, format) => {
        checkRun({ page: "junk", vendor: "scp", format, content: lines.join("\n") });
      }),
      { numRuns: 150 },
    );
  });
});
