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

export function readJsonExample(text: string): JsonReading {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    if (!ANNOTATION.test(text)) return { ok: false, error };
    const errors: ParseError[] = [];
    const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
    return errors.length === 0 && value !== undefined ? { ok: true, value, annotated: true } : { ok: false, error };
  }
}

/** The note a front end gives for an example read with its comments or trailing commas left out. */
export const ANNOTATED_JSON_MESSAGE = "the JSON example has comments or trailing commas; read without them";
