/** response-property-default-changed: The default of a response property changed (an annotation of what the server sends). */
import { defaultHits } from "../defaults.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responsePropertyDefaultChanged: Rule = {
  id: "response-property-default-changed",
  level: "info",
  description: "The default of a response property changed (an annotation of what the server sends).",
  modes: BOTH,
  mirror: "response-property-default-changed",
  impact: "result-default-changed",
  check: (ctx) => defaultHits(ctx, "response", "property", "changed"),
};
