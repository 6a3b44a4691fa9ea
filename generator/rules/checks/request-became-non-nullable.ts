/** request-became-non-nullable: A request schema no longer accepts null. */
import { nodesIn, schemaHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestBecameNonNullable: Rule = {
  id: "request-became-non-nullable",
  level: "breaking",
  description: "A request schema no longer accepts null.",
  modes: BOTH,
  mirror: "request-became-nullable",
  impact: "option-narrowed",
  check: (ctx) =>
    nodesIn(ctx, "request")
      .filter((s) => s.node.nullable?.revision === false)
      .map((s) => schemaHit(s, "revision")),
};
