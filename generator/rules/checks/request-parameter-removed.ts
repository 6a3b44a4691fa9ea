/** request-parameter-removed: A parameter was removed: the server may reject or ignore it. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestParameterRemoved: Rule = {
  id: "request-parameter-removed",
  level: "warning",
  description: "A parameter was removed: the server may reject or ignore it.",
  modes: BOTH,
  mirror: "request-parameter-added",
  impact: "option-removed",
  check: (ctx) => ctx.diff.operations.changed.flatMap((op) => op.parameters.removed.map((p) => changeHit(op, "base", p.pointer, { in: p.in, name: p.name }, `${p.in}.${p.name}`))),
};
