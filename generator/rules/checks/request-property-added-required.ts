/** request-property-added-required: A required property was added to a request schema: existing calls lack it. */
import { nodesIn, propertyHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestPropertyAddedRequired: Rule = {
  id: "request-property-added-required",
  level: "breaking",
  description: "A required property was added to a request schema: existing calls lack it.",
  modes: BOTH,
  mirror: "request-property-removed",
  impact: "option-required",
  check: (ctx) => nodesIn(ctx, "request").flatMap((s) => s.node.properties.added.filter((p) => p.required).map((p) => propertyHit(s, p, "revision"))),
};
