/** operation-tag-added: An operation gained a tag (the page section it is listed under). */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const operationTagAdded: Rule = {
  id: "operation-tag-added",
  level: "info",
  description: "An operation gained a tag (the page section it is listed under).",
  modes: BOTH,
  mirror: "operation-tag-removed",
  impact: "docs-only",
  check: (ctx) => ctx.diff.operations.changed.flatMap((op) => (op.tags?.added ?? []).map((tag) => changeHit(op, "revision", `${op.revision.pointer}/tags`, { tag }))),
};
