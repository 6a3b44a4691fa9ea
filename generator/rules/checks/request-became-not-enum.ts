/** request-became-not-enum: A request value is no longer restricted to a list of values. */
import { becameEnumHits } from "../enum-variant-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestBecameNotEnum: Rule = {
  id: "request-became-not-enum",
  level: "info",
  description: "A request value is no longer restricted to a list of values.",
  modes: BOTH,
  mirror: "request-became-enum",
  impact: "option-widened",
  check: (ctx) => becameEnumHits(ctx, "request", "not-enum"),
};
