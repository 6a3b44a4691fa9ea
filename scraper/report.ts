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
  specs: Array<{ path: string; operations: number; schemas: number }>;
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
export function formatReportSummary(report: ScrapeReport, diagnostics: readonly Diagnostic[], outDir: string): string {
  const lines: string[] = [];
  for (const p of report.pages) {
    lines.push(`${p.page} (${p.vendor}): ${p.consumedBlocks}/${p.blocks} blocks read, ${p.unconsumed.length} not consumed`);
    for (const s of p.services) {
      lines.push(`  ${s.id}: ${s.apis} APIs, ${s.operations} operations over versions ${s.versions.join(", ")}, ${s.models} models${s.inferredModels ? ` (+${s.inferredModels} inferred from examples)` : ""}`);
    }
  }
  lines.push(`${report.specs.length} spec files${outDir ? ` in ${outDir}` : ""}`);
  const shown = diagnostics.filter((d) => d.severity !== "info");
  for (const d of shown.slice(0, 50)) lines.push(formatDiagnostic(d));
  if (shown.length > 50) lines.push(`… ${shown.length - 50} more in the report`);
  const { errors, warnings, infos } = report.summary;
  lines.push(`${errors} errors, ${warnings} warnings, ${infos} notes`);
  return lines.join("\n");
}
