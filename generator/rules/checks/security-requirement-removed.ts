/** security-requirement-removed: A security requirement alternative was removed: callers authenticating that way are refused. */
import { changeHit, operationLabel } from "../hits.js";
import { documentHit } from "../version-hit.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const securityRequirementRemoved: Rule = {
  id: "security-requirement-removed",
  level: "breaking",
  description: "A security requirement alternative was removed: callers authenticating that way are refused.",
  modes: BOTH,
  mirror: "security-requirement-added",
  impact: "client-auth-changed",
  check: (ctx) => [
    ...ctx.diff.security.removed.flatMap((requirement) => documentHit(ctx, "base", "#/security", { where: "every operation", requirement })),
    ...ctx.diff.operations.changed.flatMap((op) =>
      (op.security?.removed ?? []).map((requirement) => changeHit(op, "base", `${op.base.pointer}/security`, { where: operationLabel(op.base), requirement })),
    ),
  ],
};
