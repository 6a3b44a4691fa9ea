/** request-property-write-only-changed: A request property's writeOnly flag changed: it is sent but never returned (or now returned). */
import { flagHits } from "../flag-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestPropertyWriteOnlyChanged: Rule = {
  id: "request-property-write-only-changed",
  level: "info",
  description: "A request property's writeOnly flag changed: it is sent but never returned (or now returned).",
  modes: BOTH,
  mirror: "request-property-write-only-changed",
  impact: "docs-only",
  check: (ctx) => flagHits(ctx, "request", "writeOnly"),
};
