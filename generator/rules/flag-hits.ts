/** Hits on schema nodes whose `readOnly` or `writeOnly` flag changed, on the request or the response side. */
import { nodesIn, schemaHit } from "./hits.js";
import type { Hit, RuleContext } from "./types.js";

export function flagHits(ctx: RuleContext, direction: "request" | "response", flag: "readOnly" | "writeOnly"): Hit[] {
  const word = flag === "readOnly" ? "read-only" : "write-only";
  return nodesIn(ctx, direction).flatMap((s) => {
    const c = s.node[flag];
    return c ? [schemaHit(s, "revision", { now: c.revision ? word : `no longer ${word}` })] : [];
  });
}
