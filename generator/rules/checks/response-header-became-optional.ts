/** response-header-became-optional: A response header is no longer always sent. */
import { headerHits } from "../header-hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseHeaderBecameOptional: Rule = {
  id: "response-header-became-optional",
  level: "breaking",
  description: "A response header is no longer always sent.",
  modes: BOTH,
  mirror: "response-header-became-required",
  impact: "result-headers-changed",
  check: (ctx) => headerHits(ctx, (r) => r.headers.changed.filter((c) => c.required?.revision === false).map((c) => ({ header: c.revision, side: "revision" as const }))),
};
