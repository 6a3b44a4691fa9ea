/** request-property-default-added: A request property gained a documented default. */
import { defaultHits } from "../defaults.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestPropertyDefaultAdded: Rule = {
  id: "request-property-default-added",
  level: "info",
  description: "A request property gained a documented default.",
  modes: BOTH,
  mirror: "request-property-default-removed",
  impact: "option-default-changed",
  check: (ctx) => defaultHits(ctx, "request", "property", "added"),
};
