/** request-became-enum: A request value is now restricted to a list of values: other values sent before are refused. */
import { becameEnumHits } from "../enum-variant-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestBecameEnum: Rule = {
  id: "request-became-enum",
  level: "breaking",
  description: "A request value is now restricted to a list of values: other values sent before are refused.",
  modes: BOTH,
  mirror: "request-became-not-enum",
  impact: "option-narrowed",
  check: (ctx) => becameEnumHits(ctx, "request", "enum"),
};
