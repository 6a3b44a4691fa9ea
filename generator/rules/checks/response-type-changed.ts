/** response-type-changed: the type of a response schema (parameter, body, property, item) changed. */
import { nodesIn, schemaHit, showTypes } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseTypeChanged: Rule = {
  id: "response-type-changed",
  level: "breaking",
  description: "The type of a response schema changed.",
  modes: BOTH,
  mirror: "response-type-changed",
  impact: "result-type-changed",
  check: (ctx) =>
    nodesIn(ctx, "response")
      .filter((s) => s.node.type)
      .map((s) => schemaHit(s, "revision", { baseType: showTypes(s.node.type!.base), revisionType: showTypes(s.node.type!.revision) })),
};
