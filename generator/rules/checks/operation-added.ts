/** operation-added: the revision has an operation (method + path) the base does not. */
import { operationHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const operationAdded: Rule = {
  id: "operation-added",
  level: "info",
  description: "An operation exists in the revision and not in the base.",
  modes: BOTH,
  mirror: "operation-removed",
  impact: "method-added",
  check: (ctx) => ctx.diff.operations.added.map((op) => operationHit(op, "revision")),
};
