/**
 * A JSON example as pages print it: JSON, or JSON with comments (`// Omitting pool information`, `/* TOAST / IAM *\/`)
 * and trailing commas, which documentation pages use to annotate an example. The second is read with jsonc-parser,
 * accepted only when that reports no error (so `true or false`, `...` and single quotes still fail), and said so.
 */
import type { ParseError } from "jsonc-parser";
import { parse } from "jsonc-parser";

export type JsonReading = { ok: true; value: unknown; annotated?: true } | { ok: false; error: string };

/** Comment openers or a comma before a closing bracket: the only things the lenient reading forgives. */
const ANNOTATION = /\/\/|\/\*|,\s*[}\]]/;
/**
 * jsonc-parser reads recursively: an annotated example nested deeper than this is not read leniently (on a worker
 * thread's smaller stack, 5,000 levels overflowed). The document limits cut examples far shallower (exampleDepth 32).
 */
const MAX_LENIENT_DEPTH = 256;

export function readJsonExample(text: string): JsonReading {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    if (!ANNOTATION.test(text) || bracketDepth(text) > MAX_LENIENT_DEPTH) return { ok: false, error };
    const errors: ParseError[] = [];
    let value: unknown;
    try {
      value = parse(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
    } catch {
      return { ok: false, error };
    }
    return errors.length === 0 && value !== undefined ? { ok: true, value, annotated: true } : { ok: false, error };
  }
}

/** The note a front end gives for an example read with its comments or trailing commas left out. */
export const ANNOTATED_JSON_MESSAGE = "the JSON example has comments or trailing commas; read without them";

/** The deepest bracket nesting of a text, strings skipped (without recursion). */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (inString) {
      if (c === 92) k++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}
