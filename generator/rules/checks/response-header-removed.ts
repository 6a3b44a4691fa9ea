/** response-header-removed: An optional response header was removed. */
import { headerHits } from "../header-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseHeaderRemoved: Rule = {
  id: "response-header-removed",
  level: "warning",
  description: "An optional response header was removed.",
  modes: BOTH,
  mirror: "response-header-added",
  impact: "result-headers-changed",
  check: (ctx) => headerHits(ctx, (r) => r.headers.removed.filter((h) => !h.required).map((h) => ({ header: h, side: "base" as const }))),
};
