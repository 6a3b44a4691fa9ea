/** response-became-non-nullable: A response schema is no longer null. */
import { nodesIn, schemaHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseBecameNonNullable: Rule = {
  id: "response-became-non-nullable",
  level: "info",
  description: "A response schema is no longer null.",
  modes: BOTH,
  mirror: "response-became-nullable",
  impact: "result-narrowed",
  check: (ctx) =>
    nodesIn(ctx, "response")
      .filter((s) => s.node.nullable?.revision === false)
      .map((s) => schemaHit(s, "revision")),
};
