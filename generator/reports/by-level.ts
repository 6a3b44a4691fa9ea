/**
 * Findings grouped for reading: breaking changes first, then warnings, then info; within a level, by
 * comparison in report order. Every formatter that lists findings uses it, so reports open with what
 * breaks.
 */
import type { Finding } from "../rules/judge.js";
import type { Level } from "../rules/types.js";
import type { Comparison, DiffReport } from "./model.js";
import { LEVELS } from "./model.js";

export interface LevelSection {
  level: Level;
  heading: string;
  groups: Array<{ comparison: Comparison; findings: Finding[] }>;
}

export const LEVEL_HEADINGS: Readonly<Record<Level, string>> = { breaking: "Breaking changes", warning: "Warnings", info: "Info" };

export function sectionsByLevel(report: DiffReport): LevelSection[] {
  return LEVELS.map((level) => ({
    level,
    heading: LEVEL_HEADINGS[level],
    groups: report.comparisons.map((comparison) => ({ comparison, findings: comparison.findings.filter((f) => f.data.level === level) })).filter((g) => g.findings.length > 0),
  })).filter((s) => s.groups.length > 0);
}
