/** response-variant-removed: A response schema (anyOf/oneOf) has one alternative fewer. */
import { variantHits } from "../enum-variant-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseVariantRemoved: Rule = {
  id: "response-variant-removed",
  level: "info",
  description: "A response schema (anyOf/oneOf) has one alternative fewer.",
  modes: BOTH,
  mirror: "response-variant-added",
  impact: "result-narrowed",
  check: (ctx) => variantHits(ctx, "response", "removed"),
};
