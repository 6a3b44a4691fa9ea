/** request-property-read-only-changed: A request property's readOnly flag changed: the server now ignores it (or no longer does). */
import { flagHits } from "../flag-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestPropertyReadOnlyChanged: Rule = {
  id: "request-property-read-only-changed",
  level: "info",
  description: "A request property's readOnly flag changed: the server now ignores it (or no longer does).",
  modes: BOTH,
  mirror: "request-property-read-only-changed",
  impact: "docs-only",
  check: (ctx) => flagHits(ctx, "request", "readOnly"),
};
