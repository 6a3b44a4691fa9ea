/** request-enum-value-removed: A request enum no longer accepts a value: calls sending it break. (one finding per value; an enum that appears or disappears as a whole is not judged here). */
import { nodesIn, schemaHit, show } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestEnumValueRemoved: Rule = {
  id: "request-enum-value-removed",
  level: "breaking",
  description: "A request enum no longer accepts a value: calls sending it break.",
  modes: BOTH,
  mirror: "request-enum-value-added",
  impact: "option-narrowed",
  check: (ctx) => nodesIn(ctx, "request").flatMap((s) => (s.node.enum?.removed ?? []).map((v) => schemaHit(s, "revision", { value: show(v) }))),
};
