/**
 * JUnit XML for CI dashboards: one test suite per comparison, one test case per finding; findings at or
 * above the fail-on level are failures, the others pass with their message as output. A comparison
 * without findings is one passing case.
 */
import type { Finding } from "../rules/judge.js";
import type { Level } from "../rules/types.js";
import { escapeXml as x } from "./escape.js";
import { clientText, comparisonTitle, sourceText } from "./labels.js";
import type { DiffReport } from "./model.js";
import { LEVELS } from "./model.js";

export function renderJunit(report: DiffReport, failOn: Level | "none" = "breaking"): string {
  const failing = (f: Finding): boolean => failOn !== "none" && LEVELS.indexOf(f.data.level) <= LEVELS.indexOf(failOn);
  const all = report.comparisons.flatMap((c) => c.findings);
  const suites = report.comparisons.map((c) => {
    const name = comparisonTitle(c);
    const cases = c.findings.map((f) => testCase(name, f, failing(f)));
    if (cases.length === 0) cases.push(`    <testcase classname="${x(name)}" name="no changes"/>`);
    const failures = c.findings.filter(failing).length;
    return `  <testsuite name="${x(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join("\n")}\n  </testsuite>`;
  });
  const tests = report.comparisons.reduce((n, c) => n + Math.max(1, c.findings.length), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="${x(`cloudspec diff: ${report.base}${report.mode === "snapshot" ? ` → ${report.revision}` : ""}`)}" tests="${tests}" failures="${all.filter(failing).length}" errors="0">
${suites.join("\n")}
</testsuites>
`;
}

function testCase(suite: string, f: Finding, failure: boolean): string {
  const name = `${f.ruleId} ${f.data.operation ?? f.data.pointer}`;
  const body = [f.message, `documentation: ${sourceText(f)}`, ...(f.data.clientImpact ? [`client: ${clientText(f)}: ${f.data.clientImpact.detail}`] : []), `pointer: ${f.data.pointer}`].join("\n");
  const open = `    <testcase classname="${x(suite)}" name="${x(name)}">`;
  if (failure) return `${open}\n      <failure type="${x(f.data.level)}" message="${x(f.message)}">${x(body)}</failure>\n    </testcase>`;
  return `${open}\n      <system-out>${x(`${f.data.level}: ${body}`)}</system-out>\n    </testcase>`;
}
