/** server-removed: A server (base URL) was removed: clients configured with it no longer reach the API. */
import { documentHit } from "../version-hit.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const serverRemoved: Rule = {
  id: "server-removed",
  level: "breaking",
  description: "A server (base URL) was removed: clients configured with it no longer reach the API.",
  modes: BOTH,
  mirror: "server-added",
  impact: "client-servers-changed",
  check: (ctx) => ctx.diff.servers.removed.flatMap((s) => documentHit(ctx, "base", s.pointer, { url: s.url, description: s.description ?? "no description" })),
};
