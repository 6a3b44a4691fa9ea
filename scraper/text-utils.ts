/** Small text helpers shared by the front ends and the dialects. */

/** `text` with every regular-expression metacharacter escaped, for building patterns from label words. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether `text` has fewer than `limit` characters that are not whitespace (`\s`), found without copying
 * it and stopping at the `limit`th: cheap for long prose asked whether it could be a short label.
 */
export function fewerVisibleThan(text: string, limit: number): boolean {
  if (text.length < limit) return true;
  let visible = 0;
  for (let k = 0; k < text.length; k++) {
    if (!isWhitespace(text.charCodeAt(k)) && ++visible >= limit) return false;
  }
  return true;
}

/** Whether a UTF-16 code unit is one `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
export function isWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
