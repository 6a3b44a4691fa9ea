/** operation-not-before-moved-later: an operation's Not Before date moved later, or was dropped. */
import { isEarlier } from "../dates.js";
import { operationHit, show } from "../hits.js";
import type { Rule } from "../types.js";
import { SNAPSHOT_ONLY } from "../types.js";

export const operationNotBeforeMovedLater: Rule = {
  id: "operation-not-before-moved-later",
  level: "info",
  description: "An operation's Not Before date moved later (more time to migrate).",
  modes: SNAPSHOT_ONLY,
  mirror: "operation-not-before-moved-earlier",
  impact: "method-not-before-changed",
  check: (ctx) =>
    ctx.diff.operations.changed
      .filter((op) => op.notBefore && isEarlier(op.notBefore.base, op.notBefore.revision))
      .filter((op) => !(ctx.diff.notBefore && ctx.diff.notBefore.revision === op.notBefore!.revision))
      .map((op) => operationHit(op.revision, "revision", { baseNotBefore: show(op.notBefore!.base), revisionNotBefore: show(op.notBefore!.revision) }, op.base)),
};
