/**
 * operation-removed: an operation of the base is gone from the revision, and the base never deprecated
 * it nor gave it a Not Before date. (With a date, `operation-removed-before-not-before` or
 * `deprecated-operation-removed` judge it instead.)
 */
import { operationHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const operationRemoved: Rule = {
  id: "operation-removed",
  level: "breaking",
  description: "An operation was removed without having been deprecated.",
  modes: BOTH,
  mirror: "operation-added",
  impact: "method-removed",
  check: (ctx) => ctx.diff.operations.removed.filter((op) => !op.deprecated && op.notBefore === undefined).map((op) => operationHit(op, "base")),
};
