/**
 * The last limits before a spec is written: the whole document's nesting against `specDepth` (the depth
 * every spec reader of this tool accepts, so nothing is written that `generate`, `diff` or `contract`
 * would refuse) and, with every `$ref` followed, against `expandedDepth` (what the client emitter
 * walks), located at the nearest `x-source` above the deepest node. The YAML writer recurses; a
 * stack overflow in it (possible only with raised limits) is reported the same way instead of thrown.
 */
import type { DiagnosticSink, SourceLocation } from "../../core/diagnostics.js";
import { expandedDepth } from "../../core/expanded-depth.js";
import { tokensOf } from "../../core/json-pointer.js";
import type { Limits } from "../../core/limits.js";
import { limitHint, nestingDepth } from "../../core/limits.js";

/** The YAML text of `document`, or undefined (with an error) when it is too deep to write. */
export function yamlWithinLimits(document: Record<string, unknown>, path: string, limits: Limits, sink: DiagnosticSink, stringify: (d: unknown) => string): string | undefined {
  const { depth, pointer } = nestingDepth(document, limits.specDepth);
  if (depth > limits.specDepth) {
    sink.error("spec-too-deep", `${path} would nest more than ${limits.specDepth} levels (at ${pointer}); it is not written; ${limitHint("specDepth", limits)}`, sourceAbove(document, pointer), {
      limit: "specDepth",
      pointer,
      spec: path,
    });
    return undefined;
  }
  const expanded = expandedDepth(document);
  if (expanded.depth > limits.expandedDepth) {
    sink.error(
      "spec-too-deep",
      `${path} would nest ${expanded.depth} levels with every $ref followed (from ${expanded.pointer}; a chain of schemas each referencing the next), more than ${limits.expandedDepth}; it is not written; ${limitHint("expandedDepth", limits)}`,
      sourceAbove(document, expanded.pointer),
      { limit: "expandedDepth", pointer: expanded.pointer, spec: path },
    );
    return undefined;
  }
  try {
    return stringify(document);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    sink.error("spec-too-deep", `${path} is too deep for the YAML writer (${e.message}); it is not written; lower ${limitHint("specDepth", limits)}`, sourceAbove(document, "#"), {
      limit: "specDepth",
      spec: path,
    });
    return undefined;
  }
}

/** The `x-source` nearest above the node at `pointer` (the document's own, at worst). */
export function sourceAbove(document: Record<string, unknown>, pointer: string): SourceLocation {
  let best = asSource((document.info as Record<string, unknown> | undefined)?.["x-source"]) ?? { page: "(spec)", line: 1 };
  let node: unknown = document;
  for (const token of tokensOf(pointer)) {
    if (node === null || typeof node !== "object") break;
    node = (node as Record<string, unknown>)[token];
    const here = node !== null && typeof node === "object" ? asSource((node as Record<string, unknown>)["x-source"]) : undefined;
    if (here) best = here;
  }
  return best;
}

function asSource(value: unknown): SourceLocation | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const { page, line } = value as Record<string, unknown>;
  return typeof page === "string" && typeof line === "number" ? { page, line } : undefined;
}
