/** request-limit-tightened: A request limit (length, range, item count) was tightened: values valid before may be refused. */
import { nodesIn, schemaHit, show } from "../hits.js";
import { isTightened } from "../limits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestLimitTightened: Rule = {
  id: "request-limit-tightened",
  level: "breaking",
  description: "A request limit (length, range, item count) was tightened: values valid before may be refused.",
  modes: BOTH,
  mirror: "request-limit-relaxed",
  impact: "runtime-only",
  check: (ctx) =>
    nodesIn(ctx, "request").flatMap((s) =>
      s.node.limits.filter((c) => isTightened(c)).map((c) => schemaHit(s, "revision", { keyword: c.keyword, baseLimit: show(c.base), revisionLimit: show(c.revision) })),
    ),
};
