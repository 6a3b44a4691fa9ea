/** operation-deprecation-reverted: a deprecated operation is no longer deprecated (snapshots of one version). */
import { operationHit } from "../hits.js";
import type { Rule } from "../types.js";
import { SNAPSHOT_ONLY } from "../types.js";

export const operationDeprecationReverted: Rule = {
  id: "operation-deprecation-reverted",
  level: "info",
  description: "A deprecated operation is no longer deprecated.",
  modes: SNAPSHOT_ONLY,
  mirror: "operation-deprecated",
  impact: "method-undeprecated",
  check: (ctx) => (ctx.diff.status ? [] : ctx.diff.operations.changed.filter((op) => op.deprecated?.base === true).map((op) => operationHit(op.revision, "revision", {}, op.base))),
};
