/** api-version-not-before-moved-later: a version's Not Before date moved later, or was dropped. */
import { isEarlier } from "../dates.js";
import { show } from "../hits.js";
import type { Rule } from "../types.js";
import { SNAPSHOT_ONLY } from "../types.js";
import { versionHit } from "../version-hit.js";

export const apiVersionNotBeforeMovedLater: Rule = {
  id: "api-version-not-before-moved-later",
  level: "info",
  description: "An API version's Not Before date moved later (more time to migrate).",
  modes: SNAPSHOT_ONLY,
  mirror: "api-version-not-before-moved-earlier",
  impact: "client-not-before-changed",
  check: (ctx) => {
    const { notBefore, base, revision } = ctx.diff;
    if (!notBefore || !base || !revision || !isEarlier(notBefore.base, notBefore.revision)) return [];
    return [versionHit(revision, "revision", { baseNotBefore: show(notBefore.base), revisionNotBefore: show(notBefore.revision) }, base)];
  },
};
