/**
 * Nesting depth of a document with every local `$ref` followed, as walkers that resolve references see
 * it (redocly's, inside openapi-typescript, recurses through each one): a chain of schemas each
 * referencing the next is shallow on the page and thousands of levels deep to them. A reference back into
 * the chain being followed (a cycle) adds nothing, as those walkers stop there too. No recursion: the
 * reference graph is walked with an explicit stack.
 */
import { pointerOf, valueAt } from "./json-pointer.js";

interface RefUse {
  /** Depth of the `$ref` object inside the value it is in (1 = the value itself). */
  depth: number;
  target: string;
  /** Pointer of the `$ref` object, relative to the value. */
  at: string[];
}

interface Local {
  depth: number;
  refs: RefUse[];
}

export interface ExpandedDepth {
  depth: number;
  /** Pointer of the first `$ref` on the deepest path (`#` when no reference makes it deeper). */
  pointer: string;
}

export function expandedDepth(document: unknown): ExpandedDepth {
  const locals = new Map<string, Local>();
  const localOf = (ptr: string): Local => {
    let l = locals.get(ptr);
    if (!l) locals.set(ptr, (l = walkLocal(ptr === "#" ? document : valueAt(document, ptr))));
    return l;
  };
  const done = new Map<string, { depth: number; via?: RefUse }>();
  const open = new Set<string>();
  const stack: string[] = ["#"];
  while (stack.length > 0) {
    const ptr = stack[stack.length - 1]!;
    if (done.has(ptr)) {
      stack.pop();
      continue;
    }
    const local = localOf(ptr);
    if (!open.has(ptr)) {
      open.add(ptr);
      for (const r of local.refs) if (!done.has(r.target) && !open.has(r.target)) stack.push(r.target);
      continue;
    }
    // Every target is done now, or open further up this path (a cycle: counts as a leaf).
    let best: { depth: number; via?: RefUse } = { depth: local.depth };
    for (const r of local.refs) {
      const d = r.depth - 1 + (done.get(r.target)?.depth ?? 1);
      if (d > best.depth) best = { depth: d, via: r };
    }
    done.set(ptr, best);
    open.delete(ptr);
    stack.pop();
  }
  const root = done.get("#")!;
  return { depth: root.depth, pointer: root.via ? pointerOf(root.via.at) : "#" };
}

/** Depth of a value and the local references in it, with the depth and place of each. */
function walkLocal(value: unknown): Local {
  const refs: RefUse[] = [];
  let depth = 0;
  const stack: Array<{ node: unknown; depth: number; at: string[] }> = [{ node: value, depth: 0, at: [] }];
  while (stack.length > 0) {
    const { node, depth: d0, at } = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    const d = d0 + 1;
    depth = Math.max(depth, d);
    const ref = (node as Record<string, unknown>).$ref;
    if (typeof ref === "string" && ref.startsWith("#/")) refs.push({ depth: d, target: ref, at });
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (v !== null && typeof v === "object") stack.push({ node: v, depth: d, at: [...at, k] });
    }
  }
  return { depth, refs };
}
