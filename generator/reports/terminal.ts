/**
 * The terminal format, as oasdiff's coloured text output: totals, then breaking changes, warnings and
 * info (each by comparison), one line per finding with its documentation line and client impact. ANSI
 * colours only when asked (`color`: the command decides from the TTY and NO_COLOR); doc-derived text has
 * its control characters replaced, so a page cannot move the cursor or recolour the terminal.
 */
import type { Level } from "../rules/types.js";
import { sectionsByLevel } from "./by-level.js";
import { clientText, comparisonTitle, reportTitle, sourceText } from "./labels.js";
import type { DiffReport } from "./model.js";

const COLOUR: Readonly<Record<Level, string>> = { breaking: "\u001b[31;1m", warning: "\u001b[33m", info: "\u001b[36m" };
const BOLD = "\u001b[1m";
const RESET = "\u001b[0m";

export interface TerminalOptions {
  color?: boolean;
}

/** Replaces C0/C1 control characters (ESC, CR, BEL …) with `?`, keeping tabs out as well. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}

export function renderTerminal(report: DiffReport, options: TerminalOptions = {}): string {
  const paint = (code: string, text: string) => (options.color ? `${code}${text}${RESET}` : text);
  const s = report.summary;
  const out = [
    paint(BOLD, printable(reportTitle(report))),
    `as of ${report.asOf}: ${paint(COLOUR.breaking, `${s.breaking} breaking`)}, ${paint(COLOUR.warning, `${s.warning} warning`)}, ${paint(COLOUR.info, `${s.info} info`)} in ${s.comparisons} comparisons`,
  ];
  for (const section of sectionsByLevel(report)) {
    out.push("", paint(COLOUR[section.level], section.heading));
    for (const g of section.groups) {
      out.push(`  ${paint(BOLD, printable(comparisonTitle(g.comparison)))}`);
      for (const f of g.findings) {
        const client = clientText(f);
        out.push(`    ${paint(COLOUR[f.data.level], f.ruleId)} ${printable(f.message)}`);
        out.push(`      at ${printable(sourceText(f))}${f.data.clientImpact && client ? `; client ${printable(client)}: ${printable(f.data.clientImpact.detail)}` : ""}`);
      }
    }
  }
  return `${out.join("\n")}\n`;
}
