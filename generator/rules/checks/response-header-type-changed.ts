/** response-header-type-changed: A response header's type changed. */
import { headerHits } from "../header-hits.js";
import { showTypes } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseHeaderTypeChanged: Rule = {
  id: "response-header-type-changed",
  level: "breaking",
  description: "A response header's type changed.",
  modes: BOTH,
  mirror: "response-header-type-changed",
  impact: "result-headers-changed",
  check: (ctx) =>
    headerHits(ctx, (r) =>
      r.headers.changed.flatMap((c) => (c.type ? [{ header: c.revision, side: "revision" as const, vars: { baseType: showTypes(c.type.base), revisionType: showTypes(c.type.revision) } }] : [])),
    ),
};
