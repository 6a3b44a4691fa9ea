/**
 * One self-contained HTML file — summary, breaking changes, warnings, info, then the deprecation calendar: inline CSS, inline SVG timelines, no script and no external asset, and a
 * Content-Security-Policy that would refuse both anyway. Every doc-derived string goes through `escapeHtml`.
 */
import type { Finding } from "../rules/judge.js";
import type { LevelSection } from "./by-level.js";
import { sectionsByLevel } from "./by-level.js";
import { escapeHtml as h } from "./escape.js";
import { clientText, comparisonTitle, daysText, reportTitle, sourceText, sourceUrl } from "./labels.js";
import type { Comparison, DiffReport, ServiceCalendar } from "./model.js";
import type { TimeRange } from "./timeline.js";
import { renderTimeline, timeRange } from "./timeline.js";

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd}h3{margin:1.6rem 0 .4rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f5f5f7}td.n{text-align:right}code{font-size:.92em}
.breaking{color:#b00020;font-weight:600}.warning{color:#a15c00}.info{color:#455a64}.past{color:#b00020;font-weight:600}
.timeline{max-width:100%;height:auto;font-size:12px}details{margin:.4rem 0}summary{cursor:pointer;font-weight:600}
.muted{color:#666}`;

export function renderHtml(report: DiffReport): string {
  const title = reportTitle(report);
  const s = report.summary;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${h(title)}</h1>
<p id="summary">As of ${h(report.asOf)}: <span class="breaking">${s.breaking} breaking</span>, <span class="warning">${s.warning} warning</span>, <span class="info">${s.info} info</span> in ${s.comparisons} comparisons${s.suppressed ? ` (${s.suppressed} suppressed by configuration)` : ""}.</p>
<h2 id="changes">Changes</h2>
${report.comparisons.length === 0 ? "<p>Nothing to compare.</p>" : overview(report.comparisons)}
${sectionsByLevel(report).map(levelSection).join("\n")}
${calendar(report)}
</body>
</html>
`;
}

function overview(cs: readonly Comparison[]): string {
  const rows = cs.map((c) => `<tr><td>${h(comparisonTitle(c))}</td><td class="n">${c.counts.breaking}</td><td class="n">${c.counts.warning}</td><td class="n">${c.counts.info}</td></tr>`);
  return `<table><thead><tr><th>comparison</th><th>breaking</th><th>warning</th><th>info</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function levelSection(section: LevelSection): string {
  const groups = section.groups.map(({ comparison: c, findings }) => {
    const rows = findings.map((f) => findingRow(f, sourceUrl(f, c))).join("\n");
    return `<details open><summary>${h(comparisonTitle(c))} — ${findings.length} ${h(section.level)}</summary>
<table><thead><tr><th>level</th><th>rule</th><th>change</th><th>client</th><th>documentation</th></tr></thead><tbody>
${rows}
</tbody></table></details>`;
  });
  return `<h2 id="${section.level}">${h(section.heading)}</h2>\n${groups.join("\n")}`;
}

function findingRow(f: Finding, url: string | undefined): string {
  const client = f.data.clientImpact ? `<code>${h(clientText(f) ?? "")}</code><br>${h(f.data.clientImpact.detail)}` : "";
  return `<tr><td class="${h(f.data.level)}">${h(f.data.level)}</td><td><code>${h(f.ruleId)}</code></td><td>${h(f.message)}</td><td>${client}</td><td>${url ? `<a href="${h(url)}">${h(sourceText(f))}</a>` : h(sourceText(f))}</td></tr>`;
}

function calendar(report: DiffReport): string {
  if (report.calendar.length === 0) return "";
  const range = timeRange(report.calendar, report.asOf);
  return `<h2 id="calendar">Deprecation calendar</h2>\n${report.calendar.map((s) => service(s, report.asOf, range)).join("\n")}`;
}

function service(s: ServiceCalendar, asOf: string, range: TimeRange): string {
  const rows = s.versions.map(
    (v) =>
      `<tr><td>${h(v.version)}${v.current ? ' <span class="muted">(current)</span>' : ""}</td><td>${h(v.status ?? "—")}</td><td>${h(v.notBefore ?? "—")}</td><td${v.past ? ' class="past"' : ""}>${h(daysText(v))}</td><td>${v.client ? `<code>${h(v.client)}</code>` : '<span class="muted">no spec</span>'}</td></tr>`,
  );
  const orphans = s.withoutSuccessor.map(
    (o) =>
      `<li>${h(o.version)} (${h(o.status ?? "no status")}${o.notBefore ? `, Not Before ${h(o.notBefore)}, <span${o.past ? ' class="past"' : ""}>${h(daysText(o))}</span>` : ""}): <code>${h(o.operation)}</code>${o.method ? ` — <code>${h(o.method)}()</code>` : ""}${o.summary ? ` “${h(o.summary)}”` : ""}</li>`,
  );
  return `<section class="service"><h3>${h(s.service)}</h3>
${renderTimeline(s, asOf, range)}
<table><thead><tr><th>version</th><th>status</th><th>Not Before</th><th>remaining</th><th>client</th></tr></thead><tbody>${rows.join("")}</tbody></table>
${orphans.length > 0 ? `<p>Operations of older versions that ${h(s.currentVersion ?? "the current version")} does not have:</p><ul>${orphans.join("")}</ul>` : ""}
</section>`;
}
