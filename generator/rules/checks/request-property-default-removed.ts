/** request-property-default-removed: A request property no longer documents a default. */
import { defaultHits } from "../defaults.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestPropertyDefaultRemoved: Rule = {
  id: "request-property-default-removed",
  level: "info",
  description: "A request property no longer documents a default.",
  modes: BOTH,
  mirror: "request-property-default-added",
  impact: "option-default-changed",
  check: (ctx) => defaultHits(ctx, "request", "property", "removed"),
};
