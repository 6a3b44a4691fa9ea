/** response-enum-value-removed: A response enum no longer has a value. (one finding per value; an enum that appears or disappears as a whole is not judged here). */
import { nodesIn, schemaHit, show } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseEnumValueRemoved: Rule = {
  id: "response-enum-value-removed",
  level: "info",
  description: "A response enum no longer has a value.",
  modes: BOTH,
  mirror: "response-enum-value-added",
  impact: "result-narrowed",
  check: (ctx) => nodesIn(ctx, "response").flatMap((s) => (s.node.enum?.removed ?? []).map((v) => schemaHit(s, "revision", { value: show(v) }))),
};
