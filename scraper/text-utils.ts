/** Small text helpers shared by the front ends and the dialects. */

/** `text` with every regular-expression metacharacter escaped, for building patterns from label words. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
