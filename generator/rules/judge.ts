/**
 * Judging a document diff: runs every rule of the comparison's mode, turns hits into `Diagnostic`s
 * (message from the catalogue, level after configuration, both sides' `x-source`, client impact) and
 * drops suppressed ones. breaking → error, warning → warning, info → info; the level stays in `data`.
 */
import type { Diagnostic, Severity } from "../../core/diagnostics.js";
import { operationKey } from "../diff/operation-key.js";
import type { DocumentDiff, Source } from "../diff/types.js";
import type { ClientImpact } from "./client-impact.js";
import { clientImpact } from "./client-impact.js";
import type { DiffConfig, Suppression } from "./config.js";
import { operationLabel } from "./hits.js";
import { formatMessage } from "./messages.js";
import type { Hit, Level, Mode, Rule } from "./types.js";
import { schemaNodes } from "./walk.js";

export interface FindingData extends Record<string, unknown> {
  level: Level;
  /** The rule's own level when the configuration overrode it. */
  defaultLevel?: Level;
  /** Spec paths of the two sides (relative to their tree). */
  base?: string;
  revision?: string;
  operation?: string;
  operationId?: string;
  /** JSON Pointer of the element, into the `pointerIn` document. */
  pointer: string;
  pointerIn: "base" | "revision";
  baseSource?: Source;
  revisionSource?: Source;
  field?: string;
  clientImpact?: ClientImpact;
}

export interface Finding extends Diagnostic {
  data: FindingData;
}

export interface JudgeOptions {
  mode: Mode;
  asOf: string;
  config: DiffConfig;
  rules: ReadonlyMap<string, Rule>;
}

export interface Judgement {
  findings: Finding[];
  suppressed: number;
}

export const SEVERITY_OF: Readonly<Record<Level, Severity>> = { breaking: "error", warning: "warning", info: "info" };
export const LEVEL_RANK: Readonly<Record<Level, number>> = { breaking: 0, warning: 1, info: 2 };

export function judge(diff: DocumentDiff, options: JudgeOptions): Judgement {
  const ctx = { diff, mode: options.mode, asOf: options.asOf, schemaNodes: schemaNodes(diff) };
  const findings: Finding[] = [];
  let suppressed = 0;
  for (const rule of options.rules.values()) {
    if (!rule.modes.includes(options.mode)) continue;
    const override = options.config.severity[rule.id];
    if (override === "off") continue;
    const level = override ?? rule.level;
    for (const hit of rule.check(ctx)) {
      const f = toFinding(rule, level, hit, diff);
      if (options.config.suppress.some((s) => matches(s, f, hit))) suppressed++;
      else findings.push(f);
    }
  }
  findings.sort(compareFindings);
  return { findings, suppressed };
}

function toFinding(rule: Rule, level: Level, hit: Hit, diff: DocumentDiff): Finding {
  const source = hit.side === "base" ? hit.baseSource : hit.revisionSource;
  const document = (hit.side === "base" ? diff.base : diff.revision)?.path;
  const impact = clientImpact(rule.impact, hit, diff);
  const data: FindingData = {
    level,
    ...(level !== rule.level ? { defaultLevel: rule.level } : {}),
    ...(diff.base ? { base: diff.base.path } : {}),
    ...(diff.revision ? { revision: diff.revision.path } : {}),
    ...(hit.operation ? { operation: operationLabel(hit.operation) } : {}),
    ...(hit.operation?.operationId ? { operationId: hit.operation.operationId } : {}),
    pointer: hit.pointer,
    pointerIn: hit.side,
    ...(hit.baseSource ? { baseSource: hit.baseSource } : {}),
    ...(hit.revisionSource ? { revisionSource: hit.revisionSource } : {}),
    ...(hit.field ? { field: hit.field } : {}),
    ...(impact ? { clientImpact: impact } : {}),
  };
  return {
    ruleId: rule.id,
    severity: SEVERITY_OF[level],
    message: formatMessage(rule.id, hit.vars),
    at: source ?? { pointer: hit.pointer, ...(document ? { document } : {}) },
    data,
  };
}

function matches(s: Suppression, f: Finding, hit: Hit): boolean {
  if (s.rule !== f.ruleId) return false;
  if (s.document !== undefined && s.document !== f.data.base && s.document !== f.data.revision) return false;
  if (s.pointer !== undefined && f.data.pointer !== s.pointer && !f.data.pointer.startsWith(`${s.pointer}/`)) return false;
  if (s.operation !== undefined) {
    const op = hit.operation;
    if (!op) return false;
    const m = /^([A-Za-z]+)\s+(\S+)$/.exec(s.operation.trim());
    const byKey = m ? operationKey(m[1]!, m[2]!) === op.key : false;
    if (!byKey && s.operation !== op.operationId) return false;
  }
  return true;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    LEVEL_RANK[a.data.level] - LEVEL_RANK[b.data.level] ||
    cmp(a.data.operation ?? "", b.data.operation ?? "") ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.data.pointer, b.data.pointer) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
