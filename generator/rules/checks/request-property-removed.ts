/** request-property-removed: A property was removed from a request schema: the server may reject or ignore it. */
import { nodesIn, propertyHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestPropertyRemoved: Rule = {
  id: "request-property-removed",
  level: "warning",
  description: "A property was removed from a request schema: the server may reject or ignore it.",
  modes: BOTH,
  mirror: "request-property-added",
  impact: "option-removed",
  check: (ctx) => nodesIn(ctx, "request").flatMap((s) => s.node.properties.removed.map((p) => propertyHit(s, p, "base"))),
};
