/** response-pattern-changed: The pattern of a response schema changed, appeared or disappeared. */
import { nodesIn, schemaHit, show } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responsePatternChanged: Rule = {
  id: "response-pattern-changed",
  level: "info",
  description: "The pattern of a response schema changed, appeared or disappeared.",
  modes: BOTH,
  mirror: "response-pattern-changed",
  impact: "runtime-only",
  check: (ctx) =>
    nodesIn(ctx, "response")
      .filter((s) => s.node.pattern)
      .map((s) => schemaHit(s, "revision", { basePattern: show(s.node.pattern!.base), revisionPattern: show(s.node.pattern!.revision) })),
};
