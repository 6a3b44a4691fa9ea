/** request-variant-removed: A request schema (anyOf/oneOf) lost an alternative: calls sending it are refused. */
import { variantHits } from "../enum-variant-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestVariantRemoved: Rule = {
  id: "request-variant-removed",
  level: "breaking",
  description: "A request schema (anyOf/oneOf) lost an alternative: calls sending it are refused.",
  modes: BOTH,
  mirror: "request-variant-added",
  impact: "option-narrowed",
  check: (ctx) => variantHits(ctx, "request", "removed"),
};
