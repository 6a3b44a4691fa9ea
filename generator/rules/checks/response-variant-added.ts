/** response-variant-added: A response schema (anyOf/oneOf) has one more alternative the client must handle. */
import { variantHits } from "../enum-variant-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseVariantAdded: Rule = {
  id: "response-variant-added",
  level: "breaking",
  description: "A response schema (anyOf/oneOf) has one more alternative the client must handle.",
  modes: BOTH,
  mirror: "response-variant-removed",
  impact: "result-widened",
  check: (ctx) => variantHits(ctx, "response", "added"),
};
