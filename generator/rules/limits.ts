/**
 * Whether a limit change (minLength, maximum, …) tightens or relaxes what is allowed. A limit that
 * appears tightens; one that disappears relaxes.
 */
import type { LimitChange } from "../diff/types.js";

export function isTightened(c: LimitChange): boolean {
  if (c.revision === undefined) return false;
  if (c.base === undefined) return true;
  return c.keyword.startsWith("min") || c.keyword === "exclusiveMinimum" ? c.revision > c.base : c.revision < c.base;
}
