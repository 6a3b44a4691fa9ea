/** schema-comparison-cut: schemas nest deeper than the diff compares; nothing below was judged (never silently). */
import { schemaHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const schemaComparisonCut: Rule = {
  id: "schema-comparison-cut",
  level: "warning",
  description: "Schemas nest deeper than the diff compares (a long $ref chain): changes below that level are not judged.",
  modes: BOTH,
  mirror: "schema-comparison-cut",
  impact: "not-compared",
  check: (ctx) => ctx.schemaNodes.filter((s) => s.node.cutAtDepth !== undefined).map((s) => schemaHit(s, "revision", { depth: String(s.node.cutAtDepth) })),
};
