/** response-property-became-optional: A response property that was always present may now be missing. */
import { nodesIn, schemaHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responsePropertyBecameOptional: Rule = {
  id: "response-property-became-optional",
  level: "breaking",
  description: "A response property that was always present may now be missing.",
  modes: BOTH,
  mirror: "response-property-became-required",
  impact: "result-field-optional",
  check: (ctx) =>
    nodesIn(ctx, "response")
      .filter((s) => s.node.required?.revision === false)
      .map((s) => schemaHit(s, "revision")),
};
