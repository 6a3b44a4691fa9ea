/** operation-description-changed: An operation's description changed. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const operationDescriptionChanged: Rule = {
  id: "operation-description-changed",
  level: "info",
  description: "An operation's description changed.",
  modes: BOTH,
  mirror: "operation-description-changed",
  impact: "docs-only",
  check: (ctx) => ctx.diff.operations.changed.flatMap((op) => (op.description ? [changeHit(op, "revision", `${op.revision.pointer}/description`, {})] : [])),
};
