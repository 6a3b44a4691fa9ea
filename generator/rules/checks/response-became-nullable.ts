/** response-became-nullable: A response schema may now be null: clients must handle it. */
import { nodesIn, schemaHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseBecameNullable: Rule = {
  id: "response-became-nullable",
  level: "breaking",
  description: "A response schema may now be null: clients must handle it.",
  modes: BOTH,
  mirror: "response-became-non-nullable",
  impact: "result-widened",
  check: (ctx) =>
    nodesIn(ctx, "response")
      .filter((s) => s.node.nullable?.revision === true)
      .map((s) => schemaHit(s, "revision")),
};
