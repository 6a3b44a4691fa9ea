/** response-header-became-required: A response header is now always sent. */
import { headerHits } from "../header-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseHeaderBecameRequired: Rule = {
  id: "response-header-became-required",
  level: "info",
  description: "A response header is now always sent.",
  modes: BOTH,
  mirror: "response-header-became-optional",
  impact: "result-headers-changed",
  check: (ctx) => headerHits(ctx, (r) => r.headers.changed.filter((c) => c.required?.revision === true).map((c) => ({ header: c.revision, side: "revision" as const }))),
};
