/** api-version-deprecated: a version's status moved towards retirement (CURRENT → SUPPORTED → DEPRECATED). */
import { show } from "../hits.js";
import { statusRank } from "../status.js";
import type { Rule } from "../types.js";
import { SNAPSHOT_ONLY } from "../types.js";
import { versionHit } from "../version-hit.js";

export const apiVersionDeprecated: Rule = {
  id: "api-version-deprecated",
  level: "warning",
  description: "An API version's status moved towards retirement.",
  modes: SNAPSHOT_ONLY,
  mirror: "api-version-deprecation-reverted",
  impact: "client-deprecated",
  check: (ctx) => {
    const { status, base, revision } = ctx.diff;
    if (!status || !base || !revision || statusRank(status.revision) <= statusRank(status.base)) return [];
    return [versionHit(revision, "revision", { baseStatus: show(status.base), revisionStatus: show(status.revision), notBefore: revision.notBefore ?? "none" }, base)];
  },
};
