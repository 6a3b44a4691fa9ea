/** request-limit-relaxed: A request limit (length, range, item count) was relaxed. */
import { nodesIn, schemaHit, show } from "../hits.js";
import { isTightened } from "../limits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestLimitRelaxed: Rule = {
  id: "request-limit-relaxed",
  level: "info",
  description: "A request limit (length, range, item count) was relaxed.",
  modes: BOTH,
  mirror: "request-limit-tightened",
  impact: "runtime-only",
  check: (ctx) =>
    nodesIn(ctx, "request").flatMap((s) =>
      s.node.limits.filter((c) => !isTightened(c)).map((c) => schemaHit(s, "revision", { keyword: c.keyword, baseLimit: show(c.base), revisionLimit: show(c.revision) })),
    ),
};
