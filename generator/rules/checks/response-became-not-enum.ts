/** response-became-not-enum: A response value is no longer restricted to a list: clients switching over the values may meet others. */
import { becameEnumHits } from "../enum-variant-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseBecameNotEnum: Rule = {
  id: "response-became-not-enum",
  level: "warning",
  description: "A response value is no longer restricted to a list: clients switching over the values may meet others.",
  modes: BOTH,
  mirror: "response-became-enum",
  impact: "result-widened",
  check: (ctx) => becameEnumHits(ctx, "response", "not-enum"),
};
