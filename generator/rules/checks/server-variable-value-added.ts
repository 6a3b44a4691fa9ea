/** server-variable-value-added: A server variable (region, environment) accepts a new value. */
import { documentHit } from "../version-hit.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const serverVariableValueAdded: Rule = {
  id: "server-variable-value-added",
  level: "info",
  description: "A server variable (region, environment) accepts a new value.",
  modes: BOTH,
  mirror: "server-variable-value-removed",
  impact: "client-servers-changed",
  check: (ctx) => ctx.diff.servers.changed.flatMap((c) => c.added.flatMap((value) => documentHit(ctx, "revision", c.pointer, { url: c.url, variable: c.variable, value }))),
};
