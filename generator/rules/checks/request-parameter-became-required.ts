/** request-parameter-became-required: An optional parameter became required. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestParameterBecameRequired: Rule = {
  id: "request-parameter-became-required",
  level: "breaking",
  description: "An optional parameter became required.",
  modes: BOTH,
  mirror: "request-parameter-became-optional",
  impact: "option-required",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) =>
      op.parameters.changed
        .filter((p) => p.required?.revision === true)
        .map((p) => changeHit(op, "revision", p.revision.pointer, { in: p.revision.in, name: p.revision.name }, `${p.revision.in}.${p.revision.name}`)),
    ),
};
