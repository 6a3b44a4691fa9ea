/**
 * A table row read into aligned cells and description fields, memoised per page: the same Parameters
 * and Responses rows repeat in every version section of an API, and versioned models (`X`, `X1Dot1`,
 * `X1Dot2`) repeat most of their rows. Both steps are pure, so a memo hit is the same result.
 */
import type { AlignedRow } from "./cells.js";
import { alignRow } from "./cells.js";
import type { ScpContext } from "./context.js";
import type { DescriptionFields } from "./description.js";
import { splitDescription } from "./description.js";

export interface ReadRow {
  row: AlignedRow;
  fields: DescriptionFields;
}

export function readRow(ctx: ScpContext, cells: readonly string[], leadCount: number, restColumns: number, schemaOffset: number, fallbackMinConfidence = 1): ReadRow {
  const key = `${leadCount}/${restColumns}/${schemaOffset}/${fallbackMinConfidence}\u0000${cells.join("\u0000")}`;
  let hit = ctx.rows.get(key);
  if (!hit) {
    const row = alignRow(cells, leadCount, restColumns, schemaOffset, ctx.recogniser, fallbackMinConfidence);
    hit = { row, fields: splitDescription(row.description, ctx.labels, ctx.fieldPattern) };
    ctx.rows.set(key, hit);
  }
  return hit;
}
