/** security-requirement-added: A security requirement alternative was added (document-wide or on an operation): one more way to authenticate. */
import { changeHit, operationLabel } from "../hits.js";
import { documentHit } from "../version-hit.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const securityRequirementAdded: Rule = {
  id: "security-requirement-added",
  level: "info",
  description: "A security requirement alternative was added (document-wide or on an operation): one more way to authenticate.",
  modes: BOTH,
  mirror: "security-requirement-removed",
  impact: "client-auth-changed",
  check: (ctx) => [
    ...ctx.diff.security.added.flatMap((requirement) => documentHit(ctx, "revision", "#/security", { where: "every operation", requirement })),
    ...ctx.diff.operations.changed.flatMap((op) =>
      (op.security?.added ?? []).map((requirement) => changeHit(op, "revision", `${op.revision.pointer}/security`, { where: operationLabel(op.revision), requirement })),
    ),
  ],
};
