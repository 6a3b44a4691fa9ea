/** response-limit-relaxed: A response limit (length, range, item count) was relaxed: clients may get values they did not expect. */
import { nodesIn, schemaHit, show } from "../hits.js";
import { isTightened } from "../limits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseLimitRelaxed: Rule = {
  id: "response-limit-relaxed",
  level: "warning",
  description: "A response limit (length, range, item count) was relaxed: clients may get values they did not expect.",
  modes: BOTH,
  mirror: "response-limit-tightened",
  impact: "runtime-only",
  check: (ctx) =>
    nodesIn(ctx, "response").flatMap((s) =>
      s.node.limits.filter((c) => !isTightened(c)).map((c) => schemaHit(s, "revision", { keyword: c.keyword, baseLimit: show(c.base), revisionLimit: show(c.revision) })),
    ),
};
