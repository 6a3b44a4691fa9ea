/** api-version-deprecation-reverted: a version's status moved back (DEPRECATED → SUPPORTED → CURRENT). */
import { show } from "../hits.js";
import { statusRank } from "../status.js";
import type { Rule } from "../types.js";
import { SNAPSHOT_ONLY } from "../types.js";
import { versionHit } from "../version-hit.js";

export const apiVersionDeprecationReverted: Rule = {
  id: "api-version-deprecation-reverted",
  level: "info",
  description: "An API version's status moved back from retirement.",
  modes: SNAPSHOT_ONLY,
  mirror: "api-version-deprecated",
  impact: "client-undeprecated",
  check: (ctx) => {
    const { status, base, revision } = ctx.diff;
    if (!status || !base || !revision || statusRank(status.revision) >= statusRank(status.base)) return [];
    return [versionHit(revision, "revision", { baseStatus: show(status.base), revisionStatus: show(status.revision) }, base)];
  },
};
