/** Small word helpers shared by the NHN dialect's readers. */

/** English singular of a lower-case word: "volumes" → "volume", "policies" → "policy". */
export function singular(word: string): string {
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us)$/.test(word)) return word;
  if (/(x|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** True when two names differ only in number: `snapshot` / `snapshots`, `volume` / `volumes`. */
export function sameExceptNumber(a: string, b: string): boolean {
  return a !== b && singular(a.toLowerCase()) === singular(b.toLowerCase());
}

/** "listSnapshots" → "ListSnapshots". */
export function pascal(identifier: string): string {
  return identifier.charAt(0).toUpperCase() + identifier.slice(1);
}

/** "Block Storage" → "block-storage". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}

/** Text compared with spaces and underscores left out, lower-cased: `ResultCode` ~ `Result Code` ~ `result_code`. */
export function squashed(text: string): string {
  return text.replace(/[\s_]+/g, "").toLowerCase();
}

/**
 * The words of a text: split at white space and, in scripts written without spaces, where the script changes
 * (`レスポンス本文` is katakana then kanji, two words; `URI情報` two). Text with spaces between its words counts as before.
 */
export function wordCount(text: string): number {
  let count = 0;
  for (const piece of text.trim().split(/\s+/)) {
    if (piece === "") continue;
    count += piece.match(/\p{Script=Katakana}+|\p{Script=Hiragana}+|\p{Script=Han}+|[^\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Han}]+/gu)?.length ?? 1;
  }
  return count;
}
