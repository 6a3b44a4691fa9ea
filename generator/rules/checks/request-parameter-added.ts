/** request-parameter-added: An optional parameter was added. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestParameterAdded: Rule = {
  id: "request-parameter-added",
  level: "info",
  description: "An optional parameter was added.",
  modes: BOTH,
  mirror: "request-parameter-removed",
  impact: "option-added",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) => op.parameters.added.filter((p) => !p.required).map((p) => changeHit(op, "revision", p.pointer, { in: p.in, name: p.name }, `${p.in}.${p.name}`))),
};
