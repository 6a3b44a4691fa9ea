/**
 * deprecated-operation-removed: a deprecated operation (or one with a Not Before date) is gone and its
 * date has passed (or it never had one): the expected end of a deprecation.
 */
import { isAhead } from "../dates.js";
import { operationHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const deprecatedOperationRemoved: Rule = {
  id: "deprecated-operation-removed",
  level: "info",
  description: "A deprecated operation was removed after its Not Before date.",
  modes: BOTH,
  mirror: "operation-added",
  impact: "method-removed",
  check: (ctx) =>
    ctx.diff.operations.removed
      .filter((op) => (op.deprecated || op.notBefore !== undefined) && !isAhead(op.notBefore, ctx.asOf))
      .map((op) => operationHit(op, "base", { baseVersion: ctx.diff.base?.version ?? "?", notBefore: op.notBefore ?? "none" })),
};
