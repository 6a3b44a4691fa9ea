/** request-property-became-optional: A required request property became optional. */
import { nodesIn, schemaHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestPropertyBecameOptional: Rule = {
  id: "request-property-became-optional",
  level: "info",
  description: "A required request property became optional.",
  modes: BOTH,
  mirror: "request-property-became-required",
  impact: "option-optional",
  check: (ctx) =>
    nodesIn(ctx, "request")
      .filter((s) => s.node.required?.revision === false)
      .map((s) => schemaHit(s, "revision")),
};
