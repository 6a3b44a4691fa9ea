/** request-property-added: An optional property was added to a request schema. */
import { nodesIn, propertyHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestPropertyAdded: Rule = {
  id: "request-property-added",
  level: "info",
  description: "An optional property was added to a request schema.",
  modes: BOTH,
  mirror: "request-property-removed",
  impact: "option-added",
  check: (ctx) => nodesIn(ctx, "request").flatMap((s) => s.node.properties.added.filter((p) => !p.required).map((p) => propertyHit(s, p, "revision"))),
};
