/** response-property-added: A property was added to a response schema. */
import { nodesIn, propertyHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responsePropertyAdded: Rule = {
  id: "response-property-added",
  level: "info",
  description: "A property was added to a response schema.",
  modes: BOTH,
  mirror: "response-property-removed",
  impact: "result-field-added",
  check: (ctx) => nodesIn(ctx, "response").flatMap((s) => s.node.properties.added.map((p) => propertyHit(s, p, "revision"))),
};
