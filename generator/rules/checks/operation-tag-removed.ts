/** operation-tag-removed: An operation lost a tag. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const operationTagRemoved: Rule = {
  id: "operation-tag-removed",
  level: "info",
  description: "An operation lost a tag.",
  modes: BOTH,
  mirror: "operation-tag-added",
  impact: "docs-only",
  check: (ctx) => ctx.diff.operations.changed.flatMap((op) => (op.tags?.removed ?? []).map((tag) => changeHit(op, "base", `${op.base.pointer}/tags`, { tag }))),
};
