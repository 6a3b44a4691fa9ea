/** operation-summary-changed: An operation's summary (its title on the page) changed. */
import { changeHit, show } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const operationSummaryChanged: Rule = {
  id: "operation-summary-changed",
  level: "info",
  description: "An operation's summary (its title on the page) changed.",
  modes: BOTH,
  mirror: "operation-summary-changed",
  impact: "docs-only",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) =>
      op.summary ? [changeHit(op, "revision", op.revision.pointer, { baseSummary: show(op.summary.base), revisionSummary: show(op.summary.revision) })] : [],
    ),
};
