/** request-parameter-added-required: A required parameter was added: existing calls lack it. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestParameterAddedRequired: Rule = {
  id: "request-parameter-added-required",
  level: "breaking",
  description: "A required parameter was added: existing calls lack it.",
  modes: BOTH,
  mirror: "request-parameter-removed",
  impact: "option-required",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) => op.parameters.added.filter((p) => p.required).map((p) => changeHit(op, "revision", p.pointer, { in: p.in, name: p.name }, `${p.in}.${p.name}`))),
};
