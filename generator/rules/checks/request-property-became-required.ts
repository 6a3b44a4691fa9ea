/** request-property-became-required: An optional request property became required. */
import { nodesIn, schemaHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestPropertyBecameRequired: Rule = {
  id: "request-property-became-required",
  level: "breaking",
  description: "An optional request property became required.",
  modes: BOTH,
  mirror: "request-property-became-optional",
  impact: "option-required",
  check: (ctx) =>
    nodesIn(ctx, "request")
      .filter((s) => s.node.required?.revision === true)
      .map((s) => schemaHit(s, "revision")),
};
