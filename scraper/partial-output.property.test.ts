/**
 * Property: deleting or garbling one random table row of a bundled page still yields every operation
 * except, at most, the one whose section holds the row; and every error the run reports is in some
 * spec's `x-unread` (on an operation or on the document).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSourceLocation } from "../core/diagnostics.js";
import type { PageInput, ScrapeResult } from "./run.js";
import { scrapePages } from "./run.js";

const storage = readFileSync("scraper/pages/scp-storage-print.txt", "utf8");
const PAGES: Array<{ vendor: string; file: string; text: string; isRow: (lines: string[], k: number) => boolean }> = [
  { vendor: "scp", file: "scp-virtualserver-volume-revert.txt", text: readFileSync("scraper/pages/scp-virtualserver-volume-revert.txt", "utf8"), isRow: pipeRow },
  { vendor: "scp", file: "scp-virtualserver-snapshot-create.txt", text: readFileSync("scraper/pages/scp-virtualserver-snapshot-create.txt", "utf8"), isRow: pipeRow },
  { vendor: "scp", file: "scp-parallel-filestorage.txt", text: ["Storage", storage.slice(storage.indexOf("5 - Parallel File Storage"))].join("\n"), isRow: pipeRow },
  { vendor: "nhn", file: "nhn-block-storage-api-v2.txt", text: readFileSync("scraper/pages/nhn-block-storage-api-v2.txt", "utf8"), isRow: whitespaceRow },
];

/** A data row of a `| a | b |` table (not its header or separator). */
function pipeRow(lines: string[], k: number): boolean {
  return lines[k]!.startsWith("| ") && !/^\|[-| ]+\|?$/.test(lines[k]!) && !/^\|[-| ]+\|?$/.test(lines[k + 1] ?? "");
}

/** A line of an NHN whitespace table: after a `Name Type …` header, before the next blank line. */
function whitespaceRow(lines: string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && lines[j]!.trim() !== ""; j--) if (/^Name\s+Type\s/.test(lines[j]!)) return true;
  return false;
}

const garble = fc.oneof(
  fc.constant((_: string) => undefined as string | undefined),
  fc.constant((row: string) => row.replace(/[^|\s]+/g, "").trim() || "|  |  |  |"),
  fc.constant((row: string) => row.replace(/^\|?[^|]*\|/, "|")),
  fc.constant((row: string) => row.split(/\s+/).reverse().join(" ")),
  fc.string({ minLength: 1, maxLength: 40 }).map((junk) => (_: string) => junk),
);

type Operation = { key: string; line: number };

function operationsOf(result: ScrapeResult): Operation[] {
  return result.files.flatMap((f) =>
    Object.entries((f.document as { paths: Record<string, Record<string, { "x-source": { line: number } }>> }).paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ key: `${f.path} ${method} ${path}`, line: op["x-source"].line })),
    ),
  );
}

function unreadOf(result: ScrapeResult): string[] {
  const keys: string[] = [];
  const collect = (list: unknown) => {
    for (const p of (list as Array<{ line: number; ruleId: string }> | undefined) ?? []) keys.push(`${p.line} ${p.ruleId}`);
  };
  for (const f of result.files) {
    const doc = f.document as { "x-unread"?: unknown; paths: Record<string, Record<string, { "x-unread"?: unknown }>> };
    collect(doc["x-unread"]);
    for (const item of Object.values(doc.paths)) for (const op of Object.values(item)) collect(op["x-unread"]);
  }
  return keys;
}

describe("one deleted or garbled row", () => {
  for (const p of PAGES) {
    const input = (content: string): PageInput => ({ page: p.file, vendor: p.vendor, format: "text", content });
    const lines = p.text.split("\n");
    const rows = lines.flatMap((_, k) => (p.isRow(lines, k) ? [k] : []));
    const before = operationsOf(scrapePages([input(p.text)]));
    const sectionStarts = [...new Set(before.map((o) => o.line))].sort((a, b) => a - b);

    it(`${p.file}: every other operation is still there, every error is in x-unread`, () => {
      expect(rows.length).toBeGreaterThan(3);
      fc.assert(
        fc.property(fc.nat(), garble, (pick, change) => {
          const k = rows[pick % rows.length]!;
          const replaced = change(lines[k]!);
          const mutated = replaced === undefined ? lines.filter((_, j) => j !== k) : lines.map((x, j) => (j === k ? replaced : x));
          const result = scrapePages([input(mutated.join("\n"))]);
          // The section holding the row: the last operation starting at or before it.
          const owner = [...sectionStarts].reverse().find((start) => start <= k + 1);
          const after = new Set(operationsOf(result).map((o) => o.key));
          for (const o of before) if (o.line !== owner) expect(after, `${o.key} lost after changing line ${k + 1}`).toContain(o.key);
          const unread = new Set(unreadOf(result));
          for (const d of result.diagnostics) {
            if (d.severity !== "error" || !isSourceLocation(d.at)) continue;
            expect(unread, `${d.ruleId} at line ${d.at.line} is in no x-unread`).toContain(`${d.at.line} ${d.ruleId}`);
          }
        }),
        { numRuns: p.text.length > 20_000 ? 15 : 40, seed: 20261206 },
      );
    });
  }
});
