/** response-property-removed: A property was removed from a response schema: clients reading it break. */
import { nodesIn, propertyHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responsePropertyRemoved: Rule = {
  id: "response-property-removed",
  level: "breaking",
  description: "A property was removed from a response schema: clients reading it break.",
  modes: BOTH,
  mirror: "response-property-added",
  impact: "result-field-removed",
  check: (ctx) => nodesIn(ctx, "response").flatMap((s) => s.node.properties.removed.map((p) => propertyHit(s, p, "base"))),
};
