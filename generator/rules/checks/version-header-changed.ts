/** version-header-changed: The version header value every call sends changed for the same API version. */
import { show } from "../hits.js";
import { documentHit } from "../version-hit.js";
import type { Rule } from "../types.js";
import { SNAPSHOT_ONLY } from "../types.js";

export const versionHeaderChanged: Rule = {
  id: "version-header-changed",
  level: "warning",
  description: "The version header value every call sends changed for the same API version.",
  modes: SNAPSHOT_ONLY,
  mirror: "version-header-changed",
  impact: "client-version-header-changed",
  check: (ctx) => {
    const h = ctx.diff.versionHeader;
    return h ? documentHit(ctx, "revision", "#/info/x-version-header", { baseHeader: show(h.base), revisionHeader: show(h.revision) }) : [];
  },
};
