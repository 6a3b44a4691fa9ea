/** response-property-read-only-changed: A response property's readOnly flag changed: it is only ever returned (or may now be sent). */
import { flagHits } from "../flag-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responsePropertyReadOnlyChanged: Rule = {
  id: "response-property-read-only-changed",
  level: "info",
  description: "A response property's readOnly flag changed: it is only ever returned (or may now be sent).",
  modes: BOTH,
  mirror: "response-property-read-only-changed",
  impact: "docs-only",
  check: (ctx) => flagHits(ctx, "response", "readOnly"),
};
