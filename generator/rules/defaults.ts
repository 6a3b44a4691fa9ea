/**
 * Hits for a changed `default`: on a request parameter (the parameter schema itself), a request property
 * (the request body or any property in it) or a response property. `added` / `removed` / `changed` by
 * which side has a default. The values go into the message and the client impact.
 */
import type { SchemaDiff } from "../diff/types.js";
import { nodesIn, schemaHit, show } from "./hits.js";
import type { Hit, RuleContext } from "./types.js";

export type DefaultScope = "parameter" | "property";
export type DefaultChange = "added" | "removed" | "changed";

function isParameterRoot(node: SchemaDiff): boolean {
  return node.property === "" && !node.where.startsWith("request body") && node.direction === "request";
}

function kindOf(node: SchemaDiff): DefaultChange | undefined {
  const d = node.default;
  if (!d) return undefined;
  return !d.base ? "added" : !d.revision ? "removed" : "changed";
}

export function defaultHits(ctx: RuleContext, direction: SchemaDiff["direction"], scope: DefaultScope, change: DefaultChange): Hit[] {
  return nodesIn(ctx, direction)
    .filter((s) => (direction === "response" || isParameterRoot(s.node) === (scope === "parameter")) && kindOf(s.node) === change)
    .map((s) => {
      const d = s.node.default!;
      const side = change === "removed" ? "base" : "revision";
      return schemaHit(s, side, { baseDefault: show(d.base?.value), revisionDefault: show(d.revision?.value), scale: scaleOf(d.base?.value, d.revision?.value) });
    });
}

/** `" (a tenth of the old default)"` for 1000 → 100; empty unless both are positive numbers. */
export function scaleOf(base: unknown, revision: unknown): string {
  if (typeof base !== "number" || typeof revision !== "number" || base <= 0 || revision <= 0 || base === revision) return "";
  const r = revision / base;
  const words: Record<number, string> = { 2: "half", 4: "a quarter", 10: "a tenth", 100: "a hundredth" };
  if (r < 1 && Number.isInteger(1 / r)) return ` (${words[1 / r] ?? `1/${1 / r}`} of the old default)`;
  if (r > 1 && Number.isInteger(r)) return ` (${r} times the old default)`;
  return "";
}
