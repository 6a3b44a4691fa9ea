/**
 * Depth and size limits on everything read from pages and specs. Page text is untrusted (`refresh` reads
 * it from the web), and every walk over it (examples, tables, headings, schemas, the YAML writer and
 * reader, the diff, ajv, the client emitter) would otherwise meet whatever nesting or size a page holds.
 * A value over a limit is a located error naming the limit and how to raise it, never an exception.
 */
import { pointerOf } from "./json-pointer.js";

export interface Limits {
  /** Largest page read, in bytes (UTF-8). */
  pageBytes: number;
  /** Deepest nesting of an example, default or enum value read from a page (JSON levels). */
  exampleDepth: number;
  /** Deepest nesting of a schema built from a page (JSON levels of the schema object). */
  schemaDepth: number;
  /** Deepest nesting of a whole spec document; also the depth the spec readers accept. */
  specDepth: number;
  /** Deepest nesting of a spec with every `$ref` followed (what the client emitter's reference walk meets). */
  expandedDepth: number;
  /** Most rows of one table. */
  tableRows: number;
  /** Most cells of one table row. */
  tableColumns: number;
  /** Most number parts of a numbered heading ("3.1.4.2" has 4). */
  headingDepth: number;
  /** Deepest HTML element nesting read as blocks (deeper content is read as text). */
  elementDepth: number;
}

/**
 * Defaults far above anything the vendors publish (bundled pages: examples nest at most 7 levels, tables
 * hold at most a few hundred rows, headings 5 numbers) and below what the walkers survive: `specDepth`
 * 100 is js-yaml's own reading default, the YAML writer's stack gives out near 800, ajv's near 1,400;
 * redocly's reference walk (in openapi-typescript) survives 900 levels of `$ref` chain, not 3,000.
 * An example at `exampleDepth` infers a schema of twice its depth, which still fits `schemaDepth`.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  pageBytes: 64 * 1024 * 1024,
  exampleDepth: 32,
  schemaDepth: 80,
  specDepth: 100,
  expandedDepth: 400,
  tableRows: 20_000,
  tableColumns: 200,
  headingDepth: 16,
  elementDepth: 400,
});

/** Kebab-case names of the limits, as the command line spells them (`--limit example-depth=64`). */
export const LIMIT_NAMES: Readonly<Record<keyof Limits, string>> = Object.freeze({
  pageBytes: "page-bytes",
  exampleDepth: "example-depth",
  schemaDepth: "schema-depth",
  specDepth: "spec-depth",
  expandedDepth: "expanded-depth",
  tableRows: "table-rows",
  tableColumns: "table-columns",
  headingDepth: "heading-depth",
  elementDepth: "element-depth",
});

export function resolveLimits(overrides: Partial<Limits> = {}): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as Array<keyof Limits>) {
    const v = overrides[key];
    if (v !== undefined) limits[key] = v;
  }
  return limits;
}

/**
 * Parses `name=value` as the command line gives it (`example-depth=64`); a string describing the problem
 * when it is not a known limit with a positive integer.
 */
export function parseLimitAssignment(text: string): { key: keyof Limits; value: number } | string {
  const m = /^([a-z-]+)=(\d+)$/.exec(text.trim());
  const known = Object.values(LIMIT_NAMES).join(", ");
  if (!m) return `expected name=N (one of ${known}), got ${JSON.stringify(text)}`;
  const key = (Object.keys(LIMIT_NAMES) as Array<keyof Limits>).find((k) => LIMIT_NAMES[k] === m[1]);
  if (!key) return `unknown limit ${JSON.stringify(m[1])} (known: ${known})`;
  const value = Number(m[2]);
  if (!Number.isSafeInteger(value) || value < 1) return `limit ${m[1]} must be a positive integer`;
  return { key, value };
}

/** "…; limit example-depth is 32 (raise it with --limit example-depth=N, or limits.exampleDepth)". */
export function limitHint(key: keyof Limits, limits: Limits): string {
  return `limit ${LIMIT_NAMES[key]} is ${limits[key]} (raise it with --limit ${LIMIT_NAMES[key]}=N, or limits.${key})`;
}

export interface Depth {
  /** Nesting depth found (a scalar is 0, `[]` and `{}` are 1); at most `stopAbove + 1`. */
  depth: number;
  /** JSON Pointer (`#/a/0/b`) of the first node found at that depth. */
  pointer: string;
}

/**
 * Nesting depth of a JSON-like value, without recursion (so a value nested a million levels is measured,
 * not a stack overflow). Stops at the first node deeper than `stopAbove`. Shared objects are walked each
 * time they are reached, as every serializer walks them; `maxNodes` bounds the work on such graphs.
 *
 * Each pending node remembers the frame it was reached from, so the pointer of the deepest node is the
 * path it was reached by, built only once at the end (no map of every node's parent).
 */
export function nestingDepth(value: unknown, stopAbove: number, maxNodes = 5_000_000): Depth {
  let depth = 0;
  let deepest: Frame | undefined;
  const stack: Frame[] = [{ node: value, depth: 0, key: "", up: undefined }];
  let visited = 0;
  while (stack.length > 0 && visited < maxNodes) {
    const top = stack.pop()!;
    const node = top.node;
    if (node === null || typeof node !== "object") continue;
    visited++;
    const d = top.depth + 1;
    if (d > depth) {
      depth = d;
      deepest = top;
      if (d > stopAbove) break;
    }
    if (Array.isArray(node)) {
      for (let k = node.length - 1; k >= 0; k--) {
        const child: unknown = node[k];
        if (child !== null && typeof child === "object") stack.push({ node: child, depth: d, key: k, up: top });
      }
      continue;
    }
    const keys = Object.keys(node);
    for (let k = keys.length - 1; k >= 0; k--) {
      const child = (node as Record<string, unknown>)[keys[k]!];
      if (child !== null && typeof child === "object") stack.push({ node: child, depth: d, key: keys[k]!, up: top });
    }
  }
  return { depth, pointer: deepest === undefined ? "#" : pointerTo(deepest) };
}

interface Frame {
  node: unknown;
  depth: number;
  /** The key or index the node was reached by (unused on the root frame). */
  key: string | number;
  up: Frame | undefined;
}

function pointerTo(frame: Frame): string {
  const keys: string[] = [];
  for (let f: Frame | undefined = frame; f?.up !== undefined; f = f.up) keys.push(String(f.key));
  return pointerOf(keys.reverse());
}
