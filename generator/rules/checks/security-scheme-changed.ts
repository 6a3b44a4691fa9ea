/** security-scheme-changed: A security scheme changed its type, location or name: credentials go elsewhere. */
import { childPointer } from "../../../core/json-pointer.js";
import { documentHit } from "../version-hit.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const securitySchemeChanged: Rule = {
  id: "security-scheme-changed",
  level: "breaking",
  description: "A security scheme changed its type, location or name: credentials go elsewhere.",
  modes: BOTH,
  mirror: "security-scheme-changed",
  impact: "client-auth-changed",
  check: (ctx) =>
    ctx.diff.securitySchemes.changed.flatMap((c) =>
      documentHit(ctx, "revision", childPointer("#/components/securitySchemes", c.name), { scheme: c.name, fields: c.fields.join(", "), baseScheme: c.base, revisionScheme: c.revision }),
    ),
};
