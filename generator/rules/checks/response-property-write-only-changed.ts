/** response-property-write-only-changed: A response property's writeOnly flag changed: it is no longer returned (or now is). */
import { flagHits } from "../flag-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responsePropertyWriteOnlyChanged: Rule = {
  id: "response-property-write-only-changed",
  level: "info",
  description: "A response property's writeOnly flag changed: it is no longer returned (or now is).",
  modes: BOTH,
  mirror: "response-property-write-only-changed",
  impact: "docs-only",
  check: (ctx) => flagHits(ctx, "response", "writeOnly"),
};
