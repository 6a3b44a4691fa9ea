/** request-pattern-changed: The pattern of a request schema changed. */
import { nodesIn, schemaHit, show } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestPatternChanged: Rule = {
  id: "request-pattern-changed",
  level: "warning",
  description: "The pattern of a request schema changed.",
  modes: BOTH,
  mirror: "request-pattern-changed",
  impact: "runtime-only",
  check: (ctx) =>
    nodesIn(ctx, "request")
      .filter((s) => s.node.pattern && s.node.pattern.base !== undefined && s.node.pattern.revision !== undefined)
      .map((s) => schemaHit(s, "revision", { basePattern: show(s.node.pattern!.base), revisionPattern: show(s.node.pattern!.revision) })),
};
