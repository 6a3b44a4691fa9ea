/** request-format-changed: the `format` of a request schema changed, appeared or disappeared (no type change in the client). */
import { nodesIn, schemaHit, show } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestFormatChanged: Rule = {
  id: "request-format-changed",
  level: "warning",
  description: "The format of a request schema changed.",
  modes: BOTH,
  mirror: "request-format-changed",
  impact: "runtime-only",
  check: (ctx) =>
    nodesIn(ctx, "request")
      .filter((s) => s.node.format)
      .map((s) => schemaHit(s, "revision", { baseFormat: show(s.node.format!.base), revisionFormat: show(s.node.format!.revision) })),
};
