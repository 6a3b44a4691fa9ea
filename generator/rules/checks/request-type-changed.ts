/** request-type-changed: the type of a request schema (parameter, body, property, item) changed. */
import { nodesIn, schemaHit, showTypes } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestTypeChanged: Rule = {
  id: "request-type-changed",
  level: "breaking",
  description: "The type of a request schema changed.",
  modes: BOTH,
  mirror: "request-type-changed",
  impact: "option-type-changed",
  check: (ctx) =>
    nodesIn(ctx, "request")
      .filter((s) => s.node.type)
      .map((s) => schemaHit(s, "revision", { baseType: showTypes(s.node.type!.base), revisionType: showTypes(s.node.type!.revision) })),
};
