/** request-parameter-became-optional: A required parameter became optional. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestParameterBecameOptional: Rule = {
  id: "request-parameter-became-optional",
  level: "info",
  description: "A required parameter became optional.",
  modes: BOTH,
  mirror: "request-parameter-became-required",
  impact: "option-optional",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) =>
      op.parameters.changed
        .filter((p) => p.required?.revision === false)
        .map((p) => changeHit(op, "revision", p.revision.pointer, { in: p.revision.in, name: p.revision.name }, `${p.revision.in}.${p.revision.name}`)),
    ),
};
