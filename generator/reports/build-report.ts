/**
 * Builds a report: diff each pair of documents, judge each diff, count, and add the deprecation
 * calendar. Pure: specs in, report out (reading files and writing reports sit in the command).
 */
import type { Pair } from "../diff/comparisons.js";
import { groupByService, snapshotPairs, versionPairs } from "../diff/comparisons.js";
import { diffDocuments } from "../diff/document-diff.js";
import type { DocMeta, SpecDoc } from "../diff/types.js";
import type { DiffConfig } from "../rules/config.js";
import { checkConfigRules } from "../rules/config.js";
import { judge } from "../rules/judge.js";
import { loadRegistry } from "../rules/registry.js";
import type { Level, Mode, Rule } from "../rules/types.js";
import { serviceCalendar } from "./calendar.js";
import type { Comparison, DiffReport, DocRef, ServiceCalendar } from "./model.js";
import { LEVELS } from "./model.js";

export interface ReportOptions {
  asOf: string;
  config: DiffConfig;
  /** What was compared, for people. */
  baseLabel: string;
  revisionLabel: string;
  rules?: readonly Rule[];
}

/** Every version of every service against the next, plus the calendar. */
export function buildVersionReport(specs: readonly SpecDoc[], options: ReportOptions): DiffReport {
  const services = groupByService(specs);
  const report = build("versions", versionPairs(services), options);
  report.calendar = services.map((s) => serviceCalendar(s, options.asOf));
  return report;
}

/** The same paths in two trees (or two files); the calendar is the revision tree's, for the services that need it. */
export function buildSnapshotReport(base: readonly SpecDoc[], revision: readonly SpecDoc[], options: ReportOptions): DiffReport {
  const report = build("snapshot", snapshotPairs(base, revision), options);
  report.calendar = relevantCalendars(
    groupByService(revision).map((s) => serviceCalendar(s, options.asOf)),
    report.comparisons,
  );
  return report;
}

/** Two single files: paired whatever their names. */
export function buildFileReport(base: SpecDoc, revision: SpecDoc, options: ReportOptions): DiffReport {
  const report = build("snapshot", [{ base, revision }], options);
  report.calendar = relevantCalendars(
    groupByService([revision]).map((s) => serviceCalendar(s, options.asOf)),
    report.comparisons,
  );
  return report;
}

/** Rules whose findings change what the deprecation calendar shows. */
const CALENDAR_RULES = /^(api-version-|operation-deprecat|operation-not-before-|operation-removed-before-not-before$|deprecated-operation-removed$)/;

/** How close a Not Before date must be for the calendar of an unchanged service to be shown. */
export const CALENDAR_HORIZON_DAYS = 90;

/**
 * The calendars a snapshot report shows: of compared services only, and only where a finding changed
 * the calendar or a Not Before date (of a version or a retiring operation) is within 90 days.
 */
export function relevantCalendars(calendars: readonly ServiceCalendar[], comparisons: readonly Comparison[]): ServiceCalendar[] {
  const near = (d: number | undefined) => d !== undefined && d >= 0 && d <= CALENDAR_HORIZON_DAYS;
  return calendars.filter((cal) => {
    const mine = comparisons.filter((c) => c.service === cal.service);
    if (mine.length === 0) return false;
    if (mine.some((c) => c.findings.some((f) => CALENDAR_RULES.test(f.ruleId)))) return true;
    return cal.versions.some((v) => near(v.daysRemaining)) || cal.withoutSuccessor.some((o) => near(o.daysRemaining));
  });
}

function build(mode: Mode, pairs: readonly Pair[], options: ReportOptions): DiffReport {
  const rules = loadRegistry(options.rules);
  checkConfigRules(options.config, new Set(rules.keys()));
  const comparisons: Comparison[] = [];
  for (const pair of pairs) {
    const diff = diffDocuments(pair.base, pair.revision);
    const { findings, suppressed } = judge(diff, { mode: pairMode(mode, diff), asOf: options.asOf, config: options.config, rules });
    const meta = (diff.revision ?? diff.base)!;
    comparisons.push({
      service: `${meta.vendor}/${meta.service}`,
      kind: diff.kind,
      ...(diff.base ? { base: docRef(diff.base) } : {}),
      ...(diff.revision ? { revision: docRef(diff.revision) } : {}),
      counts: count(findings.map((f) => f.data.level)),
      suppressed,
      findings,
    });
  }
  const total = count(comparisons.flatMap((c) => c.findings.map((f) => f.data.level)));
  return {
    schemaVersion: 1,
    tool: "cloudspec diff",
    mode,
    asOf: options.asOf,
    base: options.baseLabel,
    revision: options.revisionLabel,
    summary: { ...total, comparisons: comparisons.length, suppressed: comparisons.reduce((n, c) => n + c.suppressed, 0) },
    comparisons,
    calendar: [],
  };
}

/**
 * Two different versions of one service (`diff 1.1.yaml 1.2.yaml`) are judged as versions even in a
 * snapshot comparison: 1.2 being CURRENT where 1.1 was DEPRECATED is not a deprecation reverted.
 */
export function pairMode(mode: Mode, diff: { base?: DocMeta; revision?: DocMeta }): Mode {
  const { base, revision } = diff;
  if (mode !== "snapshot" || !base || !revision) return mode;
  return base.vendor === revision.vendor && base.service === revision.service && base.version !== revision.version ? "versions" : mode;
}

function docRef(m: DocMeta): DocRef {
  const pages = Object.keys(m.pages).length > 0 ? { pages: m.pages } : {};
  return { path: m.path, label: m.label, version: m.version, ...(m.status ? { status: m.status } : {}), ...(m.notBefore ? { notBefore: m.notBefore } : {}), ...pages };
}

function count(levels: readonly Level[]): Record<Level, number> {
  const out = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  for (const l of levels) out[l]++;
  return out;
}

/** Exit status for `--fail-on`: whether any finding is at or above the level. */
export function failsOn(report: DiffReport, failOn: Level | "none"): boolean {
  if (failOn === "none") return false;
  const at = LEVELS.indexOf(failOn);
  return LEVELS.slice(0, at + 1).some((l) => report.summary[l] > 0);
}
