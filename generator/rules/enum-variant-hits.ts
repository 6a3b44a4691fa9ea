/**
 * Hits for an enum that appears or vanishes as a whole (`became-enum` / `became-not-enum`) and for
 * `anyOf`/`oneOf` alternatives added or removed (compared by count: the pairs are diffed by position).
 */
import { nodesIn, schemaHit, show } from "./hits.js";
import type { Hit, RuleContext } from "./types.js";

export function becameEnumHits(ctx: RuleContext, direction: "request" | "response", became: "enum" | "not-enum"): Hit[] {
  return nodesIn(ctx, direction).flatMap((s) => {
    const e = s.node.enum;
    if (!e) return [];
    const values = became === "enum" ? e.revision : e.base;
    const other = became === "enum" ? e.base : e.revision;
    return values && !other ? [schemaHit(s, "revision", { values: values.map(show).join(", ") })] : [];
  });
}

export function variantHits(ctx: RuleContext, direction: "request" | "response", change: "added" | "removed"): Hit[] {
  return nodesIn(ctx, direction).flatMap((s) => {
    const c = s.node.variantCount;
    if (!c || (change === "added") !== c.revision > c.base) return [];
    return [schemaHit(s, change === "added" ? "revision" : "base", { baseCount: String(c.base), revisionCount: String(c.revision) })];
  });
}
