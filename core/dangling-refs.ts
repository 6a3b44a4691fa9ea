/**
 * Local `$ref`s (`#/components/schemas/X`) that point at nothing in their document: every tool that reads the
 * spec (openapi-typescript, ajv, Prism) stops at the first one, so the generator names it, with where it is,
 * before handing the spec on. Values under `example`, `examples`, `default`, `enum` and `const` are data, not schemas.
 */
import { pointerOf, valueAt } from "./json-pointer.js";

const DATA_KEYS = new Set(["example", "examples", "default", "enum", "const", "x-doc-example"]);

interface Frame {
  node: unknown;
  key: string;
  up: Frame | undefined;
}

/** The first local `$ref` (in document order) whose target is missing, and the pointer of the object holding it. */
export function firstDanglingRef(document: unknown): { ref: string; at: string } | undefined {
  const resolved = new Map<string, boolean>();
  const stack: Frame[] = [{ node: document, key: "", up: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node as Record<string, unknown>;
    const ref = Array.isArray(node) ? undefined : node.$ref;
    if (typeof ref === "string" && ref.startsWith("#")) {
      let ok = resolved.get(ref);
      if (ok === undefined) resolved.set(ref, (ok = valueAt(document, ref) !== undefined));
      if (!ok) return { ref, at: pointerOf(pathOf(frame)) };
    }
    const keys = Object.keys(node);
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      const value = node[key];
      // `properties: { example: {…} }` names a property `example`: a schema like any other.
      const data = DATA_KEYS.has(key) && !Array.isArray(node) && frame.key !== "properties";
      if (value !== null && typeof value === "object" && !data) stack.push({ node: value, key, up: frame });
    }
  }
  return undefined;
}

function pathOf(frame: Frame): string[] {
  const path: string[] = [];
  for (let f: Frame | undefined = frame; f?.up !== undefined; f = f.up) path.push(f.key);
  return path.reverse();
}
