/**
 * Markdown for a pull-request comment: totals, one table row per comparison, the breaking changes, then
 * warnings, then info (each by comparison, with client impact and documentation line), then the
 * deprecation calendar.
 * Every doc-derived string goes through `escapeMarkdown`.
 */
import type { Finding } from "../rules/judge.js";
import { sectionsByLevel } from "./by-level.js";
import { clientText, comparisonTitle, daysText, reportTitle, sourceText, sourceUrl } from "./labels.js";
import type { DiffReport, ServiceCalendar } from "./model.js";

import { escapeMarkdown as md } from "./escape.js";

/** GitHub refuses comments over 65,536 characters; info findings are dropped first to stay under. */
export const COMMENT_LIMIT = 60_000;

export interface MarkdownOptions {
  sections?: readonly ("changes" | "calendar")[];
}

export function renderMarkdown(report: DiffReport, options: MarkdownOptions = {}): string {
  const sections = options.sections ?? ["changes", "calendar"];
  const full = render(report, sections, true);
  return full.length <= COMMENT_LIMIT ? full : render(report, sections, false);
}

function render(report: DiffReport, sections: readonly string[], withInfo: boolean): string {
  const out: string[] = [];
  if (sections.includes("changes")) out.push(...changes(report, withInfo));
  // Operations without a successor belong to the calendar; a changes-only report lists them itself.
  if (sections.includes("changes") && !sections.includes("calendar")) out.push(...retiring(report));
  if (sections.includes("calendar")) out.push(...calendar(report));
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

function changes(report: DiffReport, withInfo: boolean): string[] {
  const s = report.summary;
  const out = [`## ${md(reportTitle(report))}`, ""];
  out.push(
    `As of ${md(report.asOf)}: **${s.breaking} breaking**, ${s.warning} warning, ${s.info} info in ${s.comparisons} comparisons${s.suppressed ? ` (${s.suppressed} suppressed by configuration)` : ""}.`,
    "",
  );
  if (report.comparisons.length === 0) return [...out, "Nothing to compare.", ""];
  // Across versions every pair is worth a row ("no change" is news); between snapshots only changed specs are.
  const rows = report.mode === "versions" ? report.comparisons : report.comparisons.filter((c) => c.findings.length > 0);
  if (rows.length > 0) out.push("| comparison | breaking | warning | info |", "|---|---:|---:|---:|");
  for (const c of rows) out.push(`| ${md(comparisonTitle(c))} | ${c.counts.breaking} | ${c.counts.warning} | ${c.counts.info} |`);
  if (rows.length < report.comparisons.length) out.push("", `${report.comparisons.length - rows.length} of ${report.comparisons.length} specs have no findings.`);
  out.push("");
  for (const section of sectionsByLevel(report)) {
    if (section.level === "info" && !withInfo) {
      const n = section.groups.reduce((k, g) => k + g.findings.length, 0);
      out.push(`### ${section.heading}`, "", `${n} info findings left out to fit a comment; see the JSON or HTML report.`, "");
      continue;
    }
    out.push(`### ${section.heading}`, "");
    for (const g of section.groups) {
      out.push(`#### ${md(comparisonTitle(g.comparison))}`, "");
      for (const f of g.findings) out.push(findingLine(f, sourceUrl(f, g.comparison)));
      out.push("");
    }
  }
  return out;
}

function findingLine(f: Finding, url: string | undefined): string {
  const client = clientText(f);
  const impact = f.data.clientImpact ? ` — client: \`${client}\`: ${md(f.data.clientImpact.detail)}` : "";
  const level = f.data.level === "breaking" ? "**breaking**" : f.data.level;
  const where = url ? `[${md(sourceText(f))}](<${url}>)` : md(sourceText(f));
  return `- ${level} \`${f.ruleId}\`: ${md(f.message)}${impact} — ${where}`;
}

function calendar(report: DiffReport): string[] {
  if (report.calendar.length === 0) return [];
  const out = [`## Deprecation calendar (as of ${md(report.asOf)})`, ""];
  for (const s of report.calendar) out.push(...serviceCalendar(s));
  return out;
}

function retiring(report: DiffReport): string[] {
  const services = report.calendar.filter((s) => s.withoutSuccessor.length > 0);
  if (services.length === 0) return [];
  const out = ["### Operations missing from the current version", ""];
  for (const s of services) out.push(`${md(s.service)}, current version ${md(s.currentVersion ?? "unknown")}:`, "", ...retiringLines(s), "");
  return out;
}

function retiringLines(s: ServiceCalendar): string[] {
  return s.withoutSuccessor.map((o) => {
    const when = o.notBefore ? `Not Before ${md(o.notBefore)}, ${daysText(o)}` : "no Not Before date";
    return `- ${md(o.version)} (${md(o.status ?? "no status")}, ${when}): ${md(o.operation)}${o.method ? ` — \`${o.method}()\`` : ""}${o.summary ? ` “${md(o.summary)}”` : ""}`;
  });
}

function serviceCalendar(s: ServiceCalendar): string[] {
  const out = [`### ${md(s.service)}`, "", "| version | status | Not Before | remaining | client |", "|---|---|---|---|---|"];
  for (const v of s.versions) {
    const version = v.current ? `**${md(v.version)}** (current)` : md(v.version);
    const remaining = v.past ? `**${daysText(v)}**` : daysText(v);
    out.push(`| ${version} | ${md(v.status ?? "—")} | ${md(v.notBefore ?? "—")} | ${remaining} | ${v.client ? `\`${v.client}\`` : "no spec"} |`);
  }
  out.push("");
  if (s.withoutSuccessor.length > 0) {
    out.push(`Operations of older versions that ${md(s.currentVersion ?? "the current version")} does not have:`, "", ...retiringLines(s), "");
  }
  return out;
}
