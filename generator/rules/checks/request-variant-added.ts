/** request-variant-added: A request schema (anyOf/oneOf) accepts one more alternative. */
import { variantHits } from "../enum-variant-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestVariantAdded: Rule = {
  id: "request-variant-added",
  level: "info",
  description: "A request schema (anyOf/oneOf) accepts one more alternative.",
  modes: BOTH,
  mirror: "request-variant-removed",
  impact: "option-widened",
  check: (ctx) => variantHits(ctx, "request", "added"),
};
