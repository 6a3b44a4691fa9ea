/**
 * What a scrape run does at the edge, decided from its result: write or not, the exit code, and the
 * closing line. Partial output is written (exit 1, every unread piece in the specs' `x-unread`); a
 * `strict` run with an error, or a run that read nothing, writes nothing and leaves the folder as it was.
 */
import { hasErrors } from "../core/diagnostics.js";
import type { ScrapeResult } from "./run.js";

export interface ScrapeOutcome {
  /** Write `result.files` over `result.vendors`. */
  write: boolean;
  /** 0: complete; 1: any page had an error (written partially, or not at all). */
  exitCode: 0 | 1;
  /** Unread pieces carried by the written specs (`x-unread`, on operations and documents). */
  unread: number;
  /** The closing line for the console. */
  message: string;
}

export function scrapeOutcome(result: ScrapeResult, outDir: string): ScrapeOutcome {
  const failed = hasErrors(result.diagnostics);
  const unread = result.report.specs.reduce((n, s) => n + (s.unread ?? 0), 0);
  if (result.files.length === 0) {
    return { write: false, exitCode: failed ? 1 : 0, unread: 0, message: `scrape failed: nothing written, ${outDir} left as it was` };
  }
  const wrote = `wrote ${result.files.length} specs (${result.vendors.join(", ")}) and ${outDir}/scrape-report.json`;
  if (!failed) return { write: true, exitCode: 0, unread, message: wrote };
  const kept = [...new Set(result.report.pages.map((p) => p.vendor))].filter((v) => !result.vendors.includes(v));
  return {
    write: true,
    exitCode: 1,
    unread,
    message: `scrape incomplete: ${wrote}; ${unread} unread pieces are marked x-unread in them${kept.length > 0 ? `; ${kept.join(", ")} left as it was (no spec read)` : ""}`,
  };
}
