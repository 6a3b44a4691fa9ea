/**
 * What a rule is: a stable kebab-case id, a default level, the comparisons it applies to, its mirror
 * (the rule the swapped fixture pair triggers, or a reason there is none), the kind of change it means
 * for a generated client, and a check reading one document diff. Messages live in `messages.ts`.
 */
import type { DocumentDiff, OperationDiff, OperationInfo, SchemaDiff, Source } from "../diff/types.js";

export type Level = "breaking" | "warning" | "info";

/** `versions`: one API version against the next; `snapshot`: the same spec at two points in time. */
export type Mode = "versions" | "snapshot";

/** What a finding means for callers of the generated client (`generated/<vendor>/<service>/<version>/client.ts`). */
export type ImpactKind =
  | "method-added"
  | "method-removed"
  | "method-renamed"
  | "method-deprecated"
  | "method-undeprecated"
  | "method-not-before-changed"
  | "client-added"
  | "client-removed"
  | "client-deprecated"
  | "client-undeprecated"
  | "client-not-before-changed"
  | "option-added"
  | "option-required"
  | "option-optional"
  | "option-removed"
  | "option-renamed"
  | "option-narrowed"
  | "option-widened"
  | "option-type-changed"
  | "result-field-added"
  | "result-field-removed"
  | "result-field-optional"
  | "result-field-required"
  | "result-widened"
  | "result-narrowed"
  | "result-type-changed"
  | "option-default-changed"
  | "result-default-changed"
  | "option-serialization-changed"
  | "result-headers-changed"
  | "client-servers-changed"
  | "client-auth-changed"
  | "client-version-header-changed"
  | "docs-only"
  | "runtime-only"
  | "not-compared";

export interface Hit {
  /** The operation concerned (the base side's for something removed). */
  operation?: OperationInfo;
  /** Which document `pointer` points into. */
  side: "base" | "revision";
  pointer: string;
  baseSource?: Source;
  revisionSource?: Source;
  /** The call option or result field concerned, as a client sees it: `query.size`, `body.volume.size`, `result.volumes[].name`. */
  field?: string;
  /** Values for the rule's message template (all strings; doc-derived, so formatters escape them). */
  vars: Record<string, string>;
}

export interface SchemaNode {
  op: OperationDiff;
  node: SchemaDiff;
}

export interface RuleContext {
  diff: DocumentDiff;
  mode: Mode;
  /** ISO date the Not Before dates are compared with. */
  asOf: string;
  /** Every changed schema node of every changed operation, computed once per document diff. */
  schemaNodes: readonly SchemaNode[];
}

export interface Rule {
  id: string;
  level: Level;
  /** One line for the rule list. */
  description: string;
  modes: readonly Mode[];
  /** The rule the swapped fixture pair triggers (itself for symmetric rules), or why there is none. */
  mirror: string | { waived: string };
  impact: ImpactKind;
  check(ctx: RuleContext): Hit[];
}

export const BOTH: readonly Mode[] = ["versions", "snapshot"];
export const SNAPSHOT_ONLY: readonly Mode[] = ["snapshot"];
