/** request-pattern-removed: A request schema no longer has to match a pattern. */
import { nodesIn, schemaHit, show } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestPatternRemoved: Rule = {
  id: "request-pattern-removed",
  level: "info",
  description: "A request schema no longer has to match a pattern.",
  modes: BOTH,
  mirror: "request-pattern-added",
  impact: "runtime-only",
  check: (ctx) =>
    nodesIn(ctx, "request")
      .filter((s) => s.node.pattern && s.node.pattern.revision === undefined)
      .map((s) => schemaHit(s, "revision", { basePattern: show(s.node.pattern!.base), revisionPattern: show(s.node.pattern!.revision) })),
};
