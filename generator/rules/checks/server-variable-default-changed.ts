/** server-variable-default-changed: A server variable's default changed: clients that do not set it reach another region or environment. */
import { show } from "../hits.js";
import { documentHit } from "../version-hit.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const serverVariableDefaultChanged: Rule = {
  id: "server-variable-default-changed",
  level: "warning",
  description: "A server variable's default changed: clients that do not set it reach another region or environment.",
  modes: BOTH,
  mirror: "server-variable-default-changed",
  impact: "client-servers-changed",
  check: (ctx) =>
    ctx.diff.servers.changed.flatMap((c) =>
      c.default ? documentHit(ctx, "revision", c.pointer, { url: c.url, variable: c.variable, baseDefault: show(c.default.base), revisionDefault: show(c.default.revision) }) : [],
    ),
};
