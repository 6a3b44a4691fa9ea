/** request-became-nullable: A request schema now accepts null. */
import { nodesIn, schemaHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestBecameNullable: Rule = {
  id: "request-became-nullable",
  level: "info",
  description: "A request schema now accepts null.",
  modes: BOTH,
  mirror: "request-became-non-nullable",
  impact: "option-widened",
  check: (ctx) =>
    nodesIn(ctx, "request")
      .filter((s) => s.node.nullable?.revision === true)
      .map((s) => schemaHit(s, "revision")),
};
