/** server-variable-value-removed: A server variable no longer accepts a value: typed serverVariables using it stop compiling. */
import { documentHit } from "../version-hit.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const serverVariableValueRemoved: Rule = {
  id: "server-variable-value-removed",
  level: "breaking",
  description: "A server variable no longer accepts a value: typed serverVariables using it stop compiling.",
  modes: BOTH,
  mirror: "server-variable-value-added",
  impact: "client-servers-changed",
  check: (ctx) => ctx.diff.servers.changed.flatMap((c) => c.removed.flatMap((value) => documentHit(ctx, "base", c.pointer, { url: c.url, variable: c.variable, value }))),
};
