/**
 * operation-removed-before-not-before: an operation is gone although the base version still promises it:
 * its Not Before date (the operation's `x-not-before`, else its version's) is after the as-of date.
 * Across versions, this is an operation a client of the older version must move off before that date.
 */
import { daysBetween, isAhead } from "../dates.js";
import { operationHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const operationRemovedBeforeNotBefore: Rule = {
  id: "operation-removed-before-not-before",
  level: "breaking",
  description: "An operation was removed while its Not Before date is still ahead.",
  modes: BOTH,
  mirror: "operation-added",
  impact: "method-removed",
  check: (ctx) =>
    ctx.diff.operations.removed.flatMap((op) =>
      isAhead(op.notBefore, ctx.asOf)
        ? [operationHit(op, "base", { baseVersion: ctx.diff.base?.version ?? "?", notBefore: op.notBefore, days: String(daysBetween(ctx.asOf, op.notBefore)), asOf: ctx.asOf })]
        : [],
    ),
};
