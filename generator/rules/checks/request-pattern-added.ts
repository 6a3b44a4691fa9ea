/** request-pattern-added: A request schema must now match a pattern. */
import { nodesIn, schemaHit, show } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestPatternAdded: Rule = {
  id: "request-pattern-added",
  level: "warning",
  description: "A request schema must now match a pattern.",
  modes: BOTH,
  mirror: "request-pattern-removed",
  impact: "runtime-only",
  check: (ctx) =>
    nodesIn(ctx, "request")
      .filter((s) => s.node.pattern && s.node.pattern.base === undefined)
      .map((s) => schemaHit(s, "revision", { basePattern: show(s.node.pattern!.base), revisionPattern: show(s.node.pattern!.revision) })),
};
