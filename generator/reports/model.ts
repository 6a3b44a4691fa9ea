/**
 * The report a diff run produces, rendered by every formatter (markdown, HTML, JSON, JUnit). JSON
 * output is this object as is; `docs/diff-report.schema.json` is its published schema.
 */
import type { Finding } from "../rules/judge.js";
import type { Level, Mode } from "../rules/types.js";

export interface DocRef {
  path: string;
  label: string;
  version: string;
  status?: string;
  notBefore?: string;
  /** Published URLs of the spec's documentation pages, by page id (only pages that have one). */
  pages?: Record<string, string>;
}

export interface Comparison {
  /** `vendor/service`. */
  service: string;
  kind: "added" | "removed" | "changed";
  base?: DocRef;
  revision?: DocRef;
  counts: Record<Level, number>;
  suppressed: number;
  findings: Finding[];
}

export interface CalendarVersion {
  version: string;
  status?: string;
  notBefore?: string;
  /** Days from the as-of date to the Not Before date (negative: past). */
  daysRemaining?: number;
  past: boolean;
  current: boolean;
  /** Whether a spec (and a generated client) exists for the version. */
  hasSpec: boolean;
  client?: string;
}

/** An operation of an older version with no operation of the same method + path in the current version. */
export interface RetiringOperation {
  version: string;
  status?: string;
  notBefore?: string;
  daysRemaining?: number;
  past: boolean;
  operation: string;
  operationId?: string;
  summary?: string;
  /** `BackupV1_0Client.listBackups`. */
  method?: string;
}

export interface ServiceCalendar {
  service: string;
  currentVersion?: string;
  versions: CalendarVersion[];
  withoutSuccessor: RetiringOperation[];
}

export interface DiffReport {
  schemaVersion: 1;
  tool: "cloudspec diff";
  mode: Mode;
  asOf: string;
  /** What was compared, for people: `spec/ (every version against the next)`, `HEAD~1:spec`, a file. */
  base: string;
  revision: string;
  summary: Record<Level, number> & { comparisons: number; suppressed: number };
  comparisons: Comparison[];
  calendar: ServiceCalendar[];
}

export const LEVELS: readonly Level[] = ["breaking", "warning", "info"];
