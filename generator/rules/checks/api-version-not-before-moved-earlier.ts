/** api-version-not-before-moved-earlier: a version's Not Before date moved earlier, or it got one. */
import { isEarlier } from "../dates.js";
import { show } from "../hits.js";
import type { Rule } from "../types.js";
import { SNAPSHOT_ONLY } from "../types.js";
import { versionHit } from "../version-hit.js";

export const apiVersionNotBeforeMovedEarlier: Rule = {
  id: "api-version-not-before-moved-earlier",
  level: "warning",
  description: "An API version's Not Before date moved earlier (less time to migrate).",
  modes: SNAPSHOT_ONLY,
  mirror: "api-version-not-before-moved-later",
  impact: "client-not-before-changed",
  check: (ctx) => {
    const { notBefore, base, revision } = ctx.diff;
    if (!notBefore || !base || !revision || !isEarlier(notBefore.revision, notBefore.base)) return [];
    return [versionHit(revision, "revision", { baseNotBefore: show(notBefore.base), revisionNotBefore: show(notBefore.revision) }, base)];
  },
};
