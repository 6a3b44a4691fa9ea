/** api-version-added: a spec file (one API version of a service) exists in the revision tree only. */
import type { Rule } from "../types.js";
import { SNAPSHOT_ONLY } from "../types.js";
import { versionHit } from "../version-hit.js";

export const apiVersionAdded: Rule = {
  id: "api-version-added",
  level: "info",
  description: "A spec file (an API version) was added.",
  modes: SNAPSHOT_ONLY,
  mirror: "api-version-removed",
  impact: "client-added",
  check: (ctx) => (ctx.diff.kind === "added" && ctx.diff.revision ? [versionHit(ctx.diff.revision, "revision")] : []),
};
