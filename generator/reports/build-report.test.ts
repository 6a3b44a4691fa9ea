/** Building reports: two version files compared directly are judged as versions, as `diff --versions` judges them. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSpec } from "../diff/load.js";
import type { SpecDoc } from "../diff/types.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import { buildFileReport, buildSnapshotReport, buildVersionReport } from "./build-report.js";

const options = { asOf: "2026-01-01", config: { severity: {}, suppress: [] }, baseLabel: "a", revisionLabel: "b" };

function spec(path: string): SpecDoc {
  return { path, label: path, document: parseSpec(readFileSync(path, "utf8"), path) };
}

describe("buildFileReport", () => {
  it("judges two versions of one service as versions: no “1.2 is CURRENT again”", () => {
    const [v11, v12] = [spec("spec/scp/backup/1.1.yaml"), spec("spec/scp/backup/1.2.yaml")];
    const direct = buildFileReport(v11, v12, options).comparisons[0]!.findings;
    expect(direct.filter((f) => f.ruleId.startsWith("api-version-"))).toEqual([]);
    const versions = buildVersionReport([v11, v12], options).comparisons[0]!.findings;
    expect(direct.map((f) => [f.ruleId, f.message])).toEqual(versions.map((f) => [f.ruleId, f.message]));
  });

  it("judges the same version at two points in time as a snapshot", () => {
    const b = spec("spec/scp/backup/1.1.yaml");
    const a: SpecDoc = { ...b, document: { ...b.document, info: { ...(b.document.info as object), "x-api-status": "CURRENT" } } };
    expect(buildFileReport(a, b, options).comparisons[0]!.findings.map((f) => f.ruleId)).toContain("api-version-deprecated");
  });
});

describe("the calendar of a snapshot report", () => {
  const v12 = spec("spec/scp/backup/1.2.yaml");
  const archive = spec("spec/scp/archivestorage/1.1.yaml");

  it("is left out for a service with no calendar change and no Not Before within 90 days", () => {
    expect(buildSnapshotReport([v12, archive], [v12, archive], { ...options, asOf: "2025-06-01" }).calendar).toEqual([]);
  });

  it("shows only the compared service whose calendar changed", () => {
    const deprecated: SpecDoc = { ...v12, document: { ...v12.document, info: { ...(v12.document.info as object), "x-api-status": "DEPRECATED" } } };
    const report = buildSnapshotReport([v12, archive], [deprecated, archive], { ...options, asOf: "2025-06-01" });
    expect(report.calendar.map((c) => c.service)).toEqual(["scp/backup"]);
  });

  it("shows a service whose Not Before date is within 90 days", () => {
    const notBefore = (v12.document.info as { "x-api-versions": { version: string; notBefore?: string }[] })["x-api-versions"]
      .map((v) => v.notBefore)
      .filter((d): d is string => d !== undefined)
      .sort()[0]!;
    const near = new Date(Date.parse(notBefore) - 30 * 86_400_000).toISOString().slice(0, 10);
    expect(buildSnapshotReport([v12], [v12], { ...options, asOf: near }).calendar.map((c) => c.service)).toEqual(["scp/backup"]);
  });
});

describe("links to the published documentation", () => {
  const [v11, v12] = [spec("spec/scp/backup/1.1.yaml"), spec("spec/scp/backup/1.2.yaml")];
  const url = "https://docs.e.samsungsdscloud.com/en/apireference/storage/_print/";

  it("each finding links to the page its line is on, in markdown and HTML", () => {
    const report = buildFileReport(v11, v12, options);
    expect(report.comparisons[0]!.revision!.pages).toEqual({ "scraper/pages/scp-storage-print.txt": url });
    expect(renderMarkdown(report)).toMatch(new RegExp(`\\]\\(<${url.replace(/[.]/g, "\\.")}>\\)`));
    expect(renderHtml(report)).toContain(`<a href="${url}">scraper/pages/scp-storage-print.txt:`);
  });

  it("a page URL that is not http(s) gives no link", () => {
    const hostile = (s: SpecDoc): SpecDoc => ({
      ...s,
      document: { ...s.document, info: { ...(s.document.info as object), "x-pages": [{ page: "scraper/pages/scp-storage-print.txt", url: "javascript:alert(1)" }] } },
    });
    const report = buildFileReport(hostile(v11), hostile(v12), options);
    expect(report.comparisons[0]!.revision!.pages).toBeUndefined();
    expect(renderHtml(report)).not.toContain("javascript:");
  });
});
