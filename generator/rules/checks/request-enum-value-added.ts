/** request-enum-value-added: A request enum accepts a new value. (one finding per value; an enum that appears or disappears as a whole is not judged here). */
import { nodesIn, schemaHit, show } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestEnumValueAdded: Rule = {
  id: "request-enum-value-added",
  level: "info",
  description: "A request enum accepts a new value.",
  modes: BOTH,
  mirror: "request-enum-value-removed",
  impact: "option-widened",
  check: (ctx) => nodesIn(ctx, "request").flatMap((s) => (s.node.enum?.added ?? []).map((v) => schemaHit(s, "revision", { value: show(v) }))),
};
