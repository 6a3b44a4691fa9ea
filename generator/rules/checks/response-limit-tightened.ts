/** response-limit-tightened: A response limit (length, range, item count) was tightened. */
import { nodesIn, schemaHit, show } from "../hits.js";
import { isTightened } from "../limits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseLimitTightened: Rule = {
  id: "response-limit-tightened",
  level: "info",
  description: "A response limit (length, range, item count) was tightened.",
  modes: BOTH,
  mirror: "response-limit-relaxed",
  impact: "runtime-only",
  check: (ctx) =>
    nodesIn(ctx, "response").flatMap((s) =>
      s.node.limits.filter((c) => isTightened(c)).map((c) => schemaHit(s, "revision", { keyword: c.keyword, baseLimit: show(c.base), revisionLimit: show(c.revision) })),
    ),
};
