/**
 * Marking the allowlisted documentation bugs of a bundled spec: afterwards no `example` in it breaks its
 * schema, every moved example is kept verbatim under `x-doc-example` with its `x-doc-bug` reasons, and the
 * rest of the document is untouched.
 */
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { valueAt } from "../../core/json-pointer.js";
import { ALLOWLIST_PATH } from "../harness/paths.js";
import { compileBundled, compileText } from "../test-support.js";
import { applyAllowlist, readAllowlist } from "./allowlist.js";
import { checkExamples } from "./check-examples.js";
import { markDocBugs } from "./mark-doc-bugs.js";

/** The spec as the page has it: the committed specs are marked by the scrape, so the marks are undone first. */
function unmark(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(unmark);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "x-doc-bug") continue;
    out[k === "x-doc-example" ? "example" : k] = unmark(v);
  }
  return out;
}

describe("markDocBugs", () => {
  const id = "nhn/block-storage/v2";
  const compiled = compileText(stringify(unmark(compileBundled(id).spec.document)), id);
  const before = checkExamples([compiled]);
  const gate = applyAllowlist(before.findings, readAllowlist(ALLOWLIST_PATH));
  const marked = markDocBugs(compiled.spec.id, compiled.spec.document, before.findings, gate.reasons);

  it("leaves no example that breaks its schema, and keeps each one under x-doc-example with its reasons", () => {
    expect(before.findings.length).toBeGreaterThan(0);
    const moved = before.findings.flatMap((f) => f.occurrences.filter((o) => o.example.endsWith("/example")));
    expect(moved.length).toBeGreaterThan(0);
    for (const o of moved) {
      const holder = o.example.slice(0, -"/example".length);
      expect(valueAt(marked, `${holder}/example`)).toBeUndefined();
      expect(valueAt(marked, `${holder}/x-doc-example`)).toEqual(valueAt(compiled.spec.document, o.example));
      expect(valueAt(marked, `${holder}/x-doc-bug`)).toEqual(expect.arrayContaining([expect.objectContaining({ reason: expect.any(String), at: expect.stringMatching(/:\d+$/) })]));
    }
    const after = checkExamples([compileText(stringify(marked), compiled.spec.id)]);
    expect(after.findings.flatMap((f) => f.occurrences).filter((o) => o.example.endsWith("/example"))).toEqual([]);
    // The gate still sees every finding (now at x-doc-example), so the allowlist neither goes stale nor misses one.
    expect(after.findings.map((f) => `${f.ruleId} ${f.at} ${f.field}`)).toEqual(before.findings.map((f) => `${f.ruleId} ${f.at} ${f.field}`));
  });

  it("changes nothing else", () => {
    const strip = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(strip)
        : v && typeof v === "object"
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => k !== "example" && k !== "x-doc-example" && k !== "x-doc-bug")
                .map(([k, x]) => [k, strip(x)]),
            )
          : v;
    expect(strip(marked)).toEqual(strip(compiled.spec.document));
  });

  it("leaves findings without an allowlist reason unmarked, unless asked to mark them as unreviewed", () => {
    expect(markDocBugs(compiled.spec.id, compiled.spec.document, before.findings, new Map())).toEqual(compiled.spec.document);
    const all = markDocBugs(compiled.spec.id, compiled.spec.document, before.findings, new Map(), { unreviewed: true });
    const marks = before.findings.flatMap((f) => f.occurrences).map((o) => valueAt(all, `${o.example.replace(/\/(example|value)$/, "")}/x-doc-bug`));
    expect(marks.flat()).toEqual(expect.arrayContaining([expect.objectContaining({ reviewed: false, reason: before.findings[0]!.message })]));
  });

  it("is what the scrape wrote into the committed spec", () => {
    expect(markDocBugs(compiled.spec.id, compiled.spec.document, before.findings, gate.reasons, { unreviewed: true })).toEqual(compileBundled(id).spec.document);
  });
});
