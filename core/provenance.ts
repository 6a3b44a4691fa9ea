/**
 * Specs without provenance, for users who feed them to oasdiff or Optic: `x-source` (page and line of
 * every operation, parameter and schema) and `info.x-pages` change whenever a page gains a line, which
 * those tools report as changes. `stripProvenance` removes them (or, with `extensions: "all"`, every
 * `x-*` extension) and nothing else: keys of name maps (a schema property called `x-source`) and example,
 * default, enum and const values are data and stay as they are.
 */

export interface StripOptions {
  /** `provenance` (default): `x-source` and `x-pages`; `all`: every `x-` extension. */
  extensions?: "provenance" | "all";
}

export const PROVENANCE_KEYS: readonly string[] = ["x-source", "x-pages"];

/** Keys whose value is a map from names (not extensions) to objects. */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "schemas",
  "responses",
  "parameters",
  "examples",
  "requestBodies",
  "headers",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
  "paths",
  "content",
  "variables",
  "encoding",
  "dependentSchemas",
  "webhooks",
  "mapping",
]);
/** Keys whose value is instance data: never edited. */
const DATA = new Set(["example", "default", "enum", "const", "value"]);

/** A copy of an OpenAPI document without provenance extensions. */
export function stripProvenance<T>(document: T, options: StripOptions = {}): T {
  const drop = options.extensions === "all" ? (k: string) => k.startsWith("x-") : (k: string) => PROVENANCE_KEYS.includes(k);
  const walk = (node: unknown, nameMap: boolean): unknown => {
    if (Array.isArray(node)) return node.map((v) => walk(v, false));
    if (node === null || typeof node !== "object") return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (nameMap) out[k] = walk(v, false);
      else if (drop(k)) continue;
      else if (DATA.has(k)) out[k] = v;
      else out[k] = walk(v, NAME_MAPS.has(k));
    }
    return out;
  };
  return walk(document, false) as T;
}
