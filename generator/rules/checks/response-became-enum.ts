/** response-became-enum: A response value is now documented as one of a list of values. */
import { becameEnumHits } from "../enum-variant-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseBecameEnum: Rule = {
  id: "response-became-enum",
  level: "info",
  description: "A response value is now documented as one of a list of values.",
  modes: BOTH,
  mirror: "response-became-not-enum",
  impact: "result-narrowed",
  check: (ctx) => becameEnumHits(ctx, "response", "enum"),
};
