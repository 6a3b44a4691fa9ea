/** response-format-changed: the `format` of a response schema changed, appeared or disappeared (no type change in the client). */
import { nodesIn, schemaHit, show } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseFormatChanged: Rule = {
  id: "response-format-changed",
  level: "warning",
  description: "The format of a response schema changed.",
  modes: BOTH,
  mirror: "response-format-changed",
  impact: "runtime-only",
  check: (ctx) =>
    nodesIn(ctx, "response")
      .filter((s) => s.node.format)
      .map((s) => schemaHit(s, "revision", { baseFormat: show(s.node.format!.base), revisionFormat: show(s.node.format!.revision) })),
};
