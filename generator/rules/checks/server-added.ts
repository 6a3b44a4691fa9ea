/** server-added: A server (base URL, e.g. a region endpoint) was added. */
import { documentHit } from "../version-hit.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const serverAdded: Rule = {
  id: "server-added",
  level: "info",
  description: "A server (base URL, e.g. a region endpoint) was added.",
  modes: BOTH,
  mirror: "server-removed",
  impact: "client-servers-changed",
  check: (ctx) => ctx.diff.servers.added.flatMap((s) => documentHit(ctx, "revision", s.pointer, { url: s.url, description: s.description ?? "no description" })),
};
