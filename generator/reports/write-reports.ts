/**
 * The report files of `diff --versions` (committed under `generated/reports/`) and the single-format
 * rendering of other diffs. Rendering is pure; `writeReportFiles` is the file-system edge.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../../core/write-atomic.js";
import type { Level } from "../rules/types.js";
import { renderHtml } from "./html.js";
import { renderJunit } from "./junit.js";
import { renderMarkdown } from "./markdown.js";
import type { DiffReport } from "./model.js";

export type ReportFormat = "md" | "html" | "json" | "junit";
export const REPORT_FORMATS: readonly ReportFormat[] = ["md", "html", "json", "junit"];

export function renderJson(report: DiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function renderReport(report: DiffReport, format: ReportFormat, failOn: Level | "none" = "breaking"): string {
  switch (format) {
    case "md":
      return renderMarkdown(report);
    case "html":
      return renderHtml(report);
    case "json":
      return renderJson(report);
    case "junit":
      return renderJunit(report, failOn);
  }
}

export interface ReportFile {
  /** Name inside the reports folder. */
  name: string;
  content: string;
}

/** The files of the version report: diffs and calendar as markdown, and everything as HTML, JSON, JUnit. */
export function versionReportFiles(report: DiffReport): ReportFile[] {
  return [
    { name: "version-diff.md", content: renderMarkdown(report, { sections: ["changes"] }) },
    { name: "deprecation-calendar.md", content: renderMarkdown(report, { sections: ["calendar"] }) },
    { name: "version-diff.html", content: renderHtml(report) },
    { name: "version-diff.json", content: renderJson(report) },
    { name: "version-diff.junit.xml", content: renderJunit(report, "breaking") },
  ];
}

/** Writes the files that changed (atomically); returns the names written. */
export function writeReportFiles(dir: string, files: readonly ReportFile[]): string[] {
  const written: string[] = [];
  for (const f of files) {
    const path = join(dir, f.name);
    let existing: string | undefined;
    try {
      existing = readFileSync(path, "utf8");
    } catch {
      existing = undefined;
    }
    if (existing === f.content) continue;
    writeFileAtomic(path, f.content);
    written.push(f.name);
  }
  return written;
}
