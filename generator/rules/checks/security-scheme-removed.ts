/** security-scheme-removed: A security scheme was removed from components.securitySchemes (a requirement still naming it is judged by security-requirement-removed). */
import { childPointer } from "../../../core/json-pointer.js";
import { documentHit } from "../version-hit.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const securitySchemeRemoved: Rule = {
  id: "security-scheme-removed",
  level: "info",
  description: "A security scheme was removed from components.securitySchemes (a requirement still naming it is judged by security-requirement-removed).",
  modes: BOTH,
  mirror: "security-scheme-added",
  impact: "client-auth-changed",
  check: (ctx) => ctx.diff.securitySchemes.removed.flatMap((scheme) => documentHit(ctx, "base", childPointer("#/components/securitySchemes", scheme), { scheme })),
};
