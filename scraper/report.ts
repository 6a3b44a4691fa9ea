/** The scrape report (`spec/scrape-report.json`): per page and service what was read, and what was not. */
import type { Diagnostic } from "../core/diagnostics.js";
import { formatDiagnostic } from "../core/diagnostics.js";

export interface UnconsumedBlock {
  kind: string;
  line: number;
  text: string;
}

export interface PageReport {
  page: string;
  vendor: string;
  url?: string;
  blocks: number;
  consumedBlocks: number;
  services: Array<{ id: string; title: string; apis: number; operations: number; versions: string[]; models: number; inferredModels: number }>;
  unconsumed: UnconsumedBlock[];
  diagnostics: Diagnostic[];
}

export interface ScrapeReport {
  pages: PageReport[];
  /** `unread`: the `x-unread` entries of the spec (on its operations and document), when there are any. */
  specs: Array<{ path: string; operations: number; schemas: number; unread?: number }>;
  /** Diagnostics that belong to no single page (merging services, writing specs). */
  diagnostics: Diagnostic[];
  summary: { errors: number; warnings: number; infos: number };
}

export function summarise(diagnostics: readonly Diagnostic[]): ScrapeReport["summary"] {
  return {
    errors: diagnostics.filter((d) => d.severity === "error").length,
    warnings: diagnostics.filter((d) => d.severity === "warning").length,
    infos: diagnostics.filter((d) => d.severity === "info").length,
  };
}

/** The short console summary: one line per page and service, then every error and warning. */
export interface SummaryOptions {
  /** Only the errors and the counts (every error is always printed). */
  quiet?: boolean;
  /** Where the full report went, or undefined when the run wrote none (the cap message then says so). */
  reportPath?: string;
  /** Warnings printed before the rest are left to the report. */
  maxWarnings?: number;
}

/**
 * The console summary of a scrape: every error first (never capped, never hidden by --quiet), then one
 * line per page and service, the warnings (capped, the rest in the report), and the counts.
 */
export function formatReportSummary(report: ScrapeReport, diagnostics: readonly Diagnostic[], outDir: string, options: SummaryOptions = {}): string {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  const lines: string[] = errors.map(formatDiagnostic);
  if (!options.quiet) {
    for (const p of report.pages) {
      lines.push(`${p.page} (${p.vendor}): ${p.consumedBlocks}/${p.blocks} blocks read, ${p.unconsumed.length} not consumed`);
      for (const s of p.services) {
        lines.push(
          `  ${s.id}: ${s.apis} APIs, ${s.operations} operations over versions ${s.versions.join(", ")}, ${s.models} models${s.inferredModels ? ` (+${s.inferredModels} inferred from examples)` : ""}`,
        );
      }
    }
    lines.push(`${report.specs.length} spec files${outDir ? ` in ${outDir}` : ""}`);
    const max = options.maxWarnings ?? 50;
    for (const d of warnings.slice(0, max)) lines.push(formatDiagnostic(d));
    if (warnings.length > max)
      lines.push(`… ${warnings.length - max} more warnings ${options.reportPath ? `in ${options.reportPath}` : "(no report was written; rerun with fewer pages to see them)"}`);
  }
  const { errors: e, warnings: w, infos } = report.summary;
  lines.push(`${e} errors, ${w} warnings, ${infos} notes`);
  return lines.join("\n");
}
