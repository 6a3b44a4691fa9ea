/** api-version-removed: a spec file (one API version of a service) exists in the base tree only. */
import type { Rule } from "../types.js";
import { SNAPSHOT_ONLY } from "../types.js";
import { versionHit } from "../version-hit.js";

export const apiVersionRemoved: Rule = {
  id: "api-version-removed",
  level: "breaking",
  description: "A spec file (an API version) was removed.",
  modes: SNAPSHOT_ONLY,
  mirror: "api-version-added",
  impact: "client-removed",
  check: (ctx) => {
    const b = ctx.diff.base;
    return ctx.diff.kind === "removed" && b ? [versionHit(b, "base", { status: b.status ?? "no status", notBefore: b.notBefore ?? "none" })] : [];
  },
};
