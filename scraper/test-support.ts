/** Helpers for tests (not used by the tool itself). */

/**
 * A spec with every `x-source` and `x-pages` removed: what two renderings of the same page (text capture,
 * HTML, markdown) must agree on, since only their positions differ.
 */
export function withoutSources(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutSources);
  if (node && typeof node === "object") {
    return Object.fromEntries(
      Object.entries(node)
        .filter(([k]) => k !== "x-source" && k !== "x-pages")
        .map(([k, v]) => [k, withoutSources(v)]),
    );
  }
  return node;
}
