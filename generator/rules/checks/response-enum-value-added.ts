/** response-enum-value-added: A response enum has a new value: clients may not handle it. (one finding per value; an enum that appears or disappears as a whole is not judged here). */
import { nodesIn, schemaHit, show } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseEnumValueAdded: Rule = {
  id: "response-enum-value-added",
  level: "warning",
  description: "A response enum has a new value: clients may not handle it.",
  modes: BOTH,
  mirror: "response-enum-value-removed",
  impact: "result-widened",
  check: (ctx) => nodesIn(ctx, "response").flatMap((s) => (s.node.enum?.added ?? []).map((v) => schemaHit(s, "revision", { value: show(v) }))),
};
