/** request-property-default-changed: The default of a request property changed: callers that omit it get another value. */
import { defaultHits } from "../defaults.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestPropertyDefaultChanged: Rule = {
  id: "request-property-default-changed",
  level: "warning",
  description: "The default of a request property changed: callers that omit it get another value.",
  modes: BOTH,
  mirror: "request-property-default-changed",
  impact: "option-default-changed",
  check: (ctx) => defaultHits(ctx, "request", "property", "changed"),
};
