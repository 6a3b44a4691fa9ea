/**
 * A table row read into aligned cells and description fields, memoised per page: the same Parameters
 * and Responses rows repeat in every version section of an API, and versioned models (`X`, `X1Dot1`,
 * `X1Dot2`) repeat most of their rows. Both steps are pure, so a memo hit is the same result.
 *
 * The memo is looked up without building a string key: rows are bucketed by a number computed from
 * their cells' lengths and a few characters, and a bucket's rows are compared cell by cell. A bucket
 * holds at most BUCKET_MAX rows (further rows are read without the memo), so junk input built to
 * collide costs no more than reading without it.
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

interface MemoRow {
  cells: readonly string[];
  layout: number;
  read: ReadRow;
}

const BUCKET_MAX = 16;

/** Rows read so far on a page, by bucket number. */
export type RowMemo = Map<number, MemoRow[]>;

export function readRow(ctx: ScpContext, texts: readonly string[], leadCount: number, restColumns: number, schemaOffset: number, fallbackMinConfidence = 1): ReadRow {
  // The layout numbers are small column counts and offsets; one number tells layouts apart.
  const layout = ((leadCount * 64 + restColumns) * 64 + schemaOffset) * 64 + fallbackMinConfidence;
  const bucketKey = rowHash(texts, layout);
  let bucket = ctx.rows.get(bucketKey);
  if (bucket) {
    for (const m of bucket) if (m.layout === layout && sameCells(m.cells, texts)) return m.read;
  } else {
    bucket = [];
    ctx.rows.set(bucketKey, bucket);
  }
  const row = alignRow(texts, leadCount, restColumns, schemaOffset, ctx.recogniser, fallbackMinConfidence);
  const read: ReadRow = { row, fields: splitDescription(row.description, ctx.labels, ctx.fieldPattern) };
  if (bucket.length < BUCKET_MAX) bucket.push({ cells: texts, layout, read });
  return read;
}

function rowHash(texts: readonly string[], layout: number): number {
  let h = (layout ^ texts.length) | 0;
  for (const t of texts) {
    const n = t.length;
    h = (Math.imul(h, 31) + n) | 0;
    if (n > 0) {
      h = (Math.imul(h, 31) + t.charCodeAt(0)) | 0;
      h = (Math.imul(h, 31) + t.charCodeAt(n >> 2)) | 0;
      h = (Math.imul(h, 31) + t.charCodeAt(n >> 1)) | 0;
      h = (Math.imul(h, 31) + t.charCodeAt(n - 1 - (n >> 2))) | 0;
      h = (Math.imul(h, 31) + t.charCodeAt(n - 1)) | 0;
    }
  }
  return h;
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}
