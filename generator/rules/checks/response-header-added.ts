/** response-header-added: A response header was added. */
import { headerHits } from "../header-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseHeaderAdded: Rule = {
  id: "response-header-added",
  level: "info",
  description: "A response header was added.",
  modes: BOTH,
  mirror: "response-header-removed",
  impact: "result-headers-changed",
  check: (ctx) => headerHits(ctx, (r) => r.headers.added.map((h) => ({ header: h, side: "revision" as const }))),
};
