/**
 * operation-not-before-moved-earlier: an operation's Not Before date moved earlier, or it got one (no date
 * counts as "later than any"). Not reported when the version's own date moved the same way.
 */
import { isEarlier } from "../dates.js";
import { operationHit, show } from "../hits.js";
import type { Rule } from "../types.js";
import { SNAPSHOT_ONLY } from "../types.js";

export const operationNotBeforeMovedEarlier: Rule = {
  id: "operation-not-before-moved-earlier",
  level: "warning",
  description: "An operation's Not Before date moved earlier (less time to migrate).",
  modes: SNAPSHOT_ONLY,
  mirror: "operation-not-before-moved-later",
  impact: "method-not-before-changed",
  check: (ctx) =>
    ctx.diff.operations.changed
      .filter((op) => op.notBefore && isEarlier(op.notBefore.revision, op.notBefore.base))
      .filter((op) => !(ctx.diff.notBefore && ctx.diff.notBefore.revision === op.notBefore!.revision))
      .map((op) => operationHit(op.revision, "revision", { baseNotBefore: show(op.notBefore!.base), revisionNotBefore: show(op.notBefore!.revision) }, op.base)),
};
