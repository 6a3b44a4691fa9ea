/** security-scheme-added: A security scheme was added to components.securitySchemes. */
import { childPointer } from "../../../core/json-pointer.js";
import { documentHit } from "../version-hit.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const securitySchemeAdded: Rule = {
  id: "security-scheme-added",
  level: "info",
  description: "A security scheme was added to components.securitySchemes.",
  modes: BOTH,
  mirror: "security-scheme-removed",
  impact: "client-auth-changed",
  check: (ctx) => ctx.diff.securitySchemes.added.flatMap((scheme) => documentHit(ctx, "revision", childPointer("#/components/securitySchemes", scheme), { scheme })),
};
