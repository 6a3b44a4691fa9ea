/**
 * The oasdiff comparison: coverage of the applicable checks and the markdown section of
 * `docs/diff-rules.md` (check, oasdiff's level, our rules and their levels, and the reason or note).
 */
import type { OasdiffCheck } from "./oasdiff-checks.js";
import { OASDIFF_CHECKS } from "./oasdiff-checks.js";
import type { Level, Rule } from "./types.js";

export const LEVEL_OF_OASDIFF: Readonly<Record<OasdiffCheck["level"], Level>> = { ERR: "breaking", WARN: "warning", INFO: "info" };

export interface Coverage {
  checks: number;
  applicable: number;
  covered: number;
}

export function oasdiffCoverage(checks: readonly OasdiffCheck[] = OASDIFF_CHECKS): Coverage {
  const applicable = checks.filter((c) => c.notApplicable === undefined);
  return { checks: checks.length, applicable: applicable.length, covered: applicable.filter((c) => c.ours.length > 0).length };
}

/** Whether one of our rules for the check has oasdiff's level. */
export function sameLevel(check: OasdiffCheck, rules: ReadonlyMap<string, Rule>): boolean {
  return check.ours.some((id) => rules.get(id)?.level === LEVEL_OF_OASDIFF[check.level]);
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function renderOasdiffSection(rules: ReadonlyMap<string, Rule>, checks: readonly OasdiffCheck[] = OASDIFF_CHECKS): string[] {
  const c = oasdiffCoverage(checks);
  const pct = ((100 * c.covered) / c.applicable).toFixed(1);
  const lines = [
    "## oasdiff checks",
    "",
    "Every check id of oasdiff's message catalogue (`checker/localizations_src/en/messages.yaml` at 7edeb45; levels from",
    "`checker/rules.go`), from `generator/rules/oasdiff-checks.ts`. Our rules are given with their levels; where no rule",
    "has oasdiff's level, the last column says why ours differs. Fixture pairs porting the semantics of the covered cases",
    "are `generator/rules/fixtures/<our rule>_{base,revision}.yaml`.",
    "",
    `${c.checks} checks: ${c.checks - c.applicable} cannot apply to scraped specs, ${c.covered} of the other ${c.applicable} are covered (${pct} %).`,
    "",
    "| oasdiff check | oasdiff level | our rules | reason or note |",
    "|---|---|---|---|",
  ];
  for (const check of checks) {
    const ours = check.ours.map((id) => `\`${id}\` (${rules.get(id)?.level ?? "?"})`).join(", ");
    const why = check.notApplicable !== undefined ? `not applicable: ${check.notApplicable}` : check.missing !== undefined ? `not covered: ${check.missing}` : (check.note ?? "");
    lines.push(`| \`${check.check}\` | ${LEVEL_OF_OASDIFF[check.level]} | ${ours || "—"} | ${cell(why)} |`);
  }
  return lines;
}
