/** response-property-default-added: A response property gained a documented default. */
import { defaultHits } from "../defaults.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responsePropertyDefaultAdded: Rule = {
  id: "response-property-default-added",
  level: "info",
  description: "A response property gained a documented default.",
  modes: BOTH,
  mirror: "response-property-default-removed",
  impact: "result-default-changed",
  check: (ctx) => defaultHits(ctx, "response", "property", "added"),
};
