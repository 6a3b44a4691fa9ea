/** response-property-default-removed: A response property no longer documents a default. */
import { defaultHits } from "../defaults.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responsePropertyDefaultRemoved: Rule = {
  id: "response-property-default-removed",
  level: "info",
  description: "A response property no longer documents a default.",
  modes: BOTH,
  mirror: "response-property-default-added",
  impact: "result-default-changed",
  check: (ctx) => defaultHits(ctx, "response", "property", "removed"),
};
