/** response-property-became-required: A response property is now always present. */
import { nodesIn, schemaHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responsePropertyBecameRequired: Rule = {
  id: "response-property-became-required",
  level: "info",
  description: "A response property is now always present.",
  modes: BOTH,
  mirror: "response-property-became-optional",
  impact: "result-field-required",
  check: (ctx) =>
    nodesIn(ctx, "response")
      .filter((s) => s.node.required?.revision === true)
      .map((s) => schemaHit(s, "revision")),
};
