/**
 * The second half of `refresh`: scrape the revision snapshot into the spec tree, regenerate the
 * clients, rewrite the version reports, and write the snapshot report (the base snapshot's specs
 * against the revision's). Each step is the library function its own command uses.
 */
import { join } from "node:path";
import { generatorFingerprint } from "../../generator/fingerprint.js";
import { generateClients } from "../../generator/generate.js";
import { parseSpec } from "../../generator/diff/load.js";
import type { SpecDoc } from "../../generator/diff/types.js";
import { buildSnapshotReport, buildVersionReport } from "../../generator/reports/build-report.js";
import type { DiffReport } from "../../generator/reports/model.js";
import type { ReportFile } from "../../generator/reports/write-reports.js";
import { renderReport, versionReportFiles, writeReportFiles } from "../../generator/reports/write-reports.js";
import { renderMarkdown } from "../../generator/reports/markdown.js";
import { loadConfig } from "../../generator/rules/config.js";
import { todayIso } from "../../generator/rules/dates.js";
import type { WriteSummary } from "../../generator/write-generated.js";
import { readExisting, writeGenerated } from "../../generator/write-generated.js";
import type { Diagnostic } from "../../core/diagnostics.js";
import { hasErrors } from "../../core/diagnostics.js";
import type { ScrapeResult, SpecFile } from "../../scraper/run.js";
import { scrapePages } from "../../scraper/run.js";
import { docBugReview, loadDocBugAllowlist } from "../doc-bug-review.js";
import { composeReviews, patternGuard } from "../pattern-guard.js";
import type { LocatedEntry } from "../../scraper/sources.js";
import { writeSpecTree } from "../../scraper/write-output.js";
import type { RefreshEvent, RefreshOptions } from "./refresh.js";
import { RefreshError } from "./errors.js";
import type { Snapshot } from "./snapshot-store.js";
import { pagesMarkdown } from "./pages-markdown.js";
import MarkdownIt from "markdown-it";
import { changedSources, pageInputs } from "./snapshot-pages.js";

export interface PublishResult {
  specs: number;
  generated: WriteSummary;
  /** Report files written (names inside the reports folder). */
  reports: string[];
  /** Manifest entries whose page text differs between base and revision. */
  changed: string[];
  /** The snapshot report: the base's specs against the revision's. */
  report: DiffReport;
  /** The revision's scrape warnings and errors, and the base's errors (as warnings). */
  diagnostics: Diagnostic[];
  /** Revision warnings the base did not have (same rule and message), e.g. a doc inconsistency just introduced. */
  newWarnings: Diagnostic[];
}

/** Name stem of the snapshot report files in the reports folder. */
export const SNAPSHOT_REPORT = "docs-changed";

type PublishOptions = Pick<RefreshOptions, "spec" | "generated" | "reports" | "asOf" | "config" | "snapshots"> & { onEvent?: (e: RefreshEvent) => void };

export async function publish(entries: readonly LocatedEntry[], base: Snapshot | undefined, revision: Snapshot, options: PublishOptions, diagnostics: readonly Diagnostic[]): Promise<PublishResult> {
  const stage = (message: string) => options.onEvent?.({ type: "stage", message });
  const config = loadConfig(options.config);

  stage(`scraping ${entries.length} pages of snapshot ${revision.id}`);
  // The same last look as `cloudspec scrape` (so both write the same specs of the same pages): patterns that could
  // hang a validator are not written as patterns (pages come from the web), examples that break their schema are marked.
  const allowlist = loadDocBugAllowlist();
  const review = () => composeReviews([patternGuard(), docBugReview(allowlist)]);
  const scraped = scrapePages(pageInputs(entries, revision), { review: review() });
  if (hasErrors(scraped.diagnostics)) {
    throw new RefreshError(
      `the pages of snapshot ${revision.id} do not scrape cleanly; the snapshot is kept (${revision.dir}), ${options.spec} and ${options.generated} are left as they were; fix and rerun with --offline`,
      [...diagnostics, ...scraped.diagnostics],
    );
  }
  const baseName = base ? `snapshot ${base.id}` : "the bundled pages";
  stage(`scraping ${baseName} for the comparison`);
  const before = scrapePages(pageInputs(entries, base), { review: review() });

  writeSpecTree(options.spec, scraped.files, [...new Set(entries.map((e) => e.vendor))].sort(), { name: "scrape-report.json", content: `${JSON.stringify(scraped.report, null, 2)}\n` });

  stage(`generating clients for ${scraped.files.length} specs`);
  const generatedFiles = await generateClients(
    scraped.files.map((f) => ({ path: join(options.spec, f.path).split("\\").join("/"), content: f.content })),
    { outDir: options.generated, specRoot: options.spec, fingerprint: generatorFingerprint(), readExisting },
  );
  const generated = writeGenerated(generatedFiles, options.generated);

  stage(`writing reports to ${options.reports}`);
  const revisionDocs = specDocs(scraped, options.spec);
  const versionReport = buildVersionReport(revisionDocs, { asOf: config.asOf ?? todayIso(), config, baseLabel: `${options.spec}/ (each version against the next)`, revisionLabel: options.spec });
  const report = buildSnapshotReport(specDocs(before, base ? `${base.dir} (specs)` : "bundled pages (specs)"), revisionDocs, {
    asOf: options.asOf ?? todayIso(),
    config,
    baseLabel: base ? `snapshot ${base.id} (${base.dir})` : "the bundled pages (scraper/pages)",
    revisionLabel: `snapshot ${revision.id} (${revision.dir})`,
  });
  const changed = changedSources(entries, base, revision);
  const pages = pagesMarkdown(entries, base, revision, changed);
  const reports = writeReportFiles(options.reports, [...versionReportFiles(versionReport), ...snapshotReportFiles(report, pages)]);
  const baseProblems = before.diagnostics.filter((d) => d.severity === "error").map((d): Diagnostic => ({ ...d, severity: "warning", message: `(${baseName}, compared against) ${d.message}` }));
  const known = new Set(before.diagnostics.map((d) => `${d.ruleId}\0${d.message}`));
  const warnings = scraped.diagnostics.filter((d) => d.severity === "warning");
  const newWarnings = warnings.filter((d) => !known.has(`${d.ruleId}\0${d.message}`));
  return { specs: scraped.files.length, changed, generated, reports, report, diagnostics: [...warnings, ...baseProblems], newWarnings };
}

function specDocs(result: ScrapeResult, root: string): SpecDoc[] {
  return result.files.map((f: SpecFile) => {
    const label = `${root}/${f.path}`;
    return { path: f.path, label, document: parseSpec(f.content, label) };
  });
}

/** The docs-changed report in every format; the markdown and the HTML end with the page list. */
export function snapshotReportFiles(report: DiffReport, pagesMarkdown: string): ReportFile[] {
  // Page text reaches the table only through markdown-it with raw HTML off: it is escaped, never markup.
  const pagesHtml = new MarkdownIt({ html: false, linkify: false }).render(pagesMarkdown);
  const html = renderReport(report, "html").replace(/<\/body>/, `<section id="pages">\n${pagesHtml}</section>\n</body>`);
  return [
    { name: `${SNAPSHOT_REPORT}.md`, content: `${renderMarkdown(report)}\n${pagesMarkdown}` },
    { name: `${SNAPSHOT_REPORT}.html`, content: html },
    { name: `${SNAPSHOT_REPORT}.json`, content: renderReport(report, "json") },
    { name: `${SNAPSHOT_REPORT}.junit.xml`, content: renderReport(report, "junit") },
  ];
}
