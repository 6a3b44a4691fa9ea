/**
 * Where each JSON Pointer of a YAML spec starts: `#/paths/~1volumes/get` → line 37. Read with `yaml`'s
 * positions (the spec reader, js-yaml, keeps none); for annotations at spec lines.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from "yaml";
import { childPointer } from "../../core/json-pointer.js";

export function pointerLines(text: string): ReadonlyMap<string, number> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const out = new Map<string, number>();
  const visit = (node: unknown, pointer: string, depth: number): void => {
    if (depth > 200) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
        const child = childPointer(pointer, String(pair.key.value));
        out.set(child, counter.linePos(pair.key.range[0]).line);
        visit(pair.value, child, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = childPointer(pointer, String(i));
        const range = (item as { range?: [number, number, number] }).range;
        if (range) out.set(child, counter.linePos(range[0]).line);
        visit(item, child, depth + 1);
      });
    }
  };
  out.set("#", 1);
  visit(doc.contents, "#", 0);
  return out;
}

/** The line of `pointer`, or of its nearest ancestor the text has. */
export function lineOfPointer(lines: ReadonlyMap<string, number>, pointer: string): number | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
    const line = lines.get(p);
    if (line !== undefined) return line;
    if (!p.includes("/")) return undefined;
  }
}
