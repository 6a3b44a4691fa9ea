/**
 * A real documentation edit, end to end: NHN Cloud's Block Storage guide changed the `limit` rows of its
 * two volume lists from "Default is 1000" to "Default is 100, up to max 1000", and gave its two snapshot
 * lists a `limit` parameter. The edit is applied to the bundled text capture (each replacement counted,
 * so the fixture cannot silently stop matching), both pages are scraped and the specs diffed as
 * snapshots: the changed default and the new maximum on both volume lists, the new parameter on both
 * snapshot lists, and nothing else.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scrapePages } from "../scraper/run.js";
import { buildFileReport } from "../generator/reports/build-report.js";
import type { SpecDoc } from "../generator/diff/types.js";

const PAGE = "scraper/pages/nhn-block-storage-api-v2.txt";
const original = readFileSync(join(import.meta.dirname, "..", PAGE), "utf8");

/** Replaces every `from` with `to`, insisting on exactly `count` occurrences. */
function edit(text: string, from: string, to: string, count: number): string {
  const parts = text.split(from);
  expect(parts.length - 1, `occurrences of ${JSON.stringify(from)}`).toBe(count);
  return parts.join(to);
}

function snapshotListsWithLimit(text: string): string {
  const rows = "tokenId Header String O Token ID\nlimit Query Integer - Snapshot count to return\nDefault is 100, up to max 1000";
  let out = text;
  for (const heading of ["\nList Snapshots\n", "\nList Snapshots with Details\n"]) {
    const at = out.indexOf(heading);
    expect(at, heading).toBeGreaterThan(0);
    const row = out.indexOf("tokenId Header String O Token ID", at);
    out = `${out.slice(0, row)}${rows}${out.slice(row + "tokenId Header String O Token ID".length)}`;
  }
  return out;
}

const revised = snapshotListsWithLimit(edit(original, "Default is 1000\n", "Default is 100, up to max 1000\n", 2));

function scraped(content: string): SpecDoc {
  const result = scrapePages([{ page: PAGE, vendor: "nhn", format: "text", content }]);
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const file = result.files[0]!;
  return { path: file.path, label: PAGE, document: file.document };
}

describe("the NHN limit edit (Default is 1000 → Default is 100, up to max 1000; limit on the snapshot lists)", () => {
  const report = buildFileReport(scraped(original), scraped(revised), { asOf: "2026-01-01", config: { severity: {}, suppress: [] }, baseLabel: "before", revisionLabel: "after" });
  const findings = report.comparisons.flatMap((c) => c.findings);

  it("reports the default change and the new maximum on both volume lists and the new limit on both snapshot lists, nothing else", () => {
    expect(findings.map((f) => [f.ruleId, f.data.operation, f.data.field]).sort()).toEqual(
      [
        ["request-limit-tightened", "GET /v2/{tenantId}/volumes", "query.limit"],
        ["request-limit-tightened", "GET /v2/{tenantId}/volumes/detail", "query.limit"],
        ["request-parameter-added", "GET /v2/{tenantId}/snapshots", "query.limit"],
        ["request-parameter-added", "GET /v2/{tenantId}/snapshots/detail", "query.limit"],
        ["request-parameter-default-changed", "GET /v2/{tenantId}/volumes", "query.limit"],
        ["request-parameter-default-changed", "GET /v2/{tenantId}/volumes/detail", "query.limit"],
      ].sort(),
    );
  });

  it("shows both values, the client impact and the changed row", () => {
    const dflt = findings.find((f) => f.ruleId === "request-parameter-default-changed" && f.data.operation === "GET /v2/{tenantId}/volumes")!;
    expect(dflt.message).toBe("GET /v2/{tenantId}/volumes: the default of query parameter limit changed from 1000 to 100");
    expect(dflt.severity).toBe("warning");
    expect(dflt.data.clientImpact).toMatchObject({ method: "listBlockStorage", detail: "calls that omit query.limit now get 100 instead of 1000 (a tenth of the old default)" });
    expect(dflt.at).toEqual({ page: PAGE, line: original.split("\n").indexOf("limit Query Integer - Block storage count to return") + 1 });
    const max = findings.find((f) => f.ruleId === "request-limit-tightened" && f.data.operation === "GET /v2/{tenantId}/volumes")!;
    expect(max.message).toBe("GET /v2/{tenantId}/volumes: maximum of query parameter limit tightened from none to 1000");
  });
});
