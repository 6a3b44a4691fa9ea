/** response-required-header-removed: A response header the server always sent was removed. */
import { headerHits } from "../header-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseRequiredHeaderRemoved: Rule = {
  id: "response-required-header-removed",
  level: "breaking",
  description: "A response header the server always sent was removed.",
  modes: BOTH,
  mirror: "response-header-added",
  impact: "result-headers-changed",
  check: (ctx) => headerHits(ctx, (r) => r.headers.removed.filter((h) => h.required).map((h) => ({ header: h, side: "base" as const }))),
};
