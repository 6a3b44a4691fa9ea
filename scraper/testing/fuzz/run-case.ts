/**
 * One fuzz case: scrape one page and judge the run. A run passes when nothing was thrown (and no
 * `internal-error`, the scraper's last-resort catch of a dialect's exception, was reported), and every
 * diagnostic is located: on this page at a line that exists, or at a JSON Pointer into a spec; a run that
 * writes no spec must say why with an error.
 */
import type { Diagnostic } from "../../../core/diagnostics.js";
import { formatDiagnostic, isSourceLocation } from "../../../core/diagnostics.js";
import type { Limits } from "../../../core/limits.js";
import type { PageInput } from "../../run.js";
import { scrapePages } from "../../run.js";

export interface FuzzOutcome {
  /** The thrown error or the internal-error diagnostic, when there was one. */
  exception?: string;
  /** Diagnostics that are not located (formatted). */
  unlocated: string[];
  /** True when no spec was written and no error says why. */
  silent: boolean;
  ms: number;
  specs: number;
  errors: number;
  /** Rule ids of the limit errors of the run (`example-too-deep` …). */
  limitErrors: string[];
}

export function runFuzzCase(input: PageInput, limits?: Partial<Limits>): FuzzOutcome {
  const started = performance.now();
  let diagnostics: Diagnostic[] = [];
  let specs = 0;
  let exception: string | undefined;
  try {
    const result = scrapePages([input], limits ? { limits } : {});
    diagnostics = result.diagnostics;
    specs = result.files.length;
  } catch (e) {
    exception = e instanceof Error ? `${e.name}: ${e.message} ${e.stack?.split("\n")[1]?.trim() ?? ""}` : String(e);
  }
  const ms = performance.now() - started;
  const internal = diagnostics.find((d) => d.ruleId === "internal-error");
  if (internal && !exception) exception = formatDiagnostic(internal);
  const lines = lineCount(input.content);
  const errors = diagnostics.filter((d) => d.severity === "error");
  return {
    ...(exception ? { exception } : {}),
    unlocated: diagnostics.filter((d) => !located(d, input.page, lines)).map(formatDiagnostic),
    silent: !exception && specs === 0 && errors.length === 0,
    ms,
    specs,
    errors: errors.length,
    limitErrors: [...new Set(errors.filter((d) => typeof d.data?.limit === "string").map((d) => d.ruleId))],
  };
}

function located(d: Diagnostic, page: string, lines: number): boolean {
  if (d.message.trim() === "") return false;
  if (isSourceLocation(d.at)) return d.at.page === page && Number.isInteger(d.at.line) && d.at.line >= 1 && d.at.line <= lines;
  return d.at.pointer.startsWith("#");
}

/** Lines as the front ends count them (`\r\n`, `\n` and a lone `\r` each end one). */
function lineCount(text: string): number {
  let n = 1;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) n++;
  }
  return n;
}
