/**
 * The scrape's example review compiles every spec of a run on one ajv instance, without ajv's optimising pass, and
 * clears it between specs: on every committed spec it must find exactly what a fresh, optimised instance per spec
 * finds (no schema, format or keyword of one spec changing the verdicts on the next).
 */
import { describe, expect, it } from "vitest";
import { checkExamples } from "../contract-tests/doc-consistency/check-examples.js";
import { compileNodes } from "../contract-tests/doc-consistency/collect-examples.js";
import { listSpecIds, loadSpec } from "../contract-tests/spec/load.js";
import { createAjv } from "../contract-tests/validate/ajv.js";
import { compileSpec } from "../contract-tests/validate/compile.js";

describe("one validator instance for a run's example review", () => {
  it("finds on each committed spec what a fresh instance finds", () => {
    const specs = listSpecIds("spec").map((id) => loadSpec("spec", id));
    const shared = createAjv({ quickCompile: true });
    let findings = 0;
    for (const spec of specs) {
      const fresh = checkExamples([compileSpec(spec)]);
      const reused = checkExamples([compileSpec(spec, { ajv: shared })]);
      shared.removeSchema();
      expect(reused, spec.id).toEqual(fresh);
      findings += fresh.findings.length;
    }
    expect(specs.length).toBeGreaterThan(10);
    // The committed specs keep their pages' known documentation bugs under x-doc-example: there is something to find.
    expect(findings).toBeGreaterThan(0);
  });
});

describe("the example review's validators of illustrated schema nodes, compiled as one group", () => {
  // Values of every JSON type: most break most nodes, so errors are compared, not only verdicts.
  const probes: unknown[] = ["text", "", 12, 1.5, -1, true, null, [], ["a", 1], {}, { id: "x", size: "3" }];

  it("give each node's own verdicts and errors (instance path, keyword, schema node) on every committed spec", () => {
    let compared = 0;
    let failing = 0;
    for (const spec of listSpecIds("spec").map((id) => loadSpec("spec", id))) {
      const compiled = compileSpec(spec);
      const nodes = compiled.bundle.list.filter((node) => Array.isArray(node.examples));
      const grouped = compileNodes(compiled, nodes);
      nodes.forEach((node, k) => {
        const alone = compiled.ajv.compile(node);
        for (const value of [...(node.examples as unknown[]), ...probes]) {
          const ok = alone(value);
          expect(grouped[k]!(value), `${spec.id} ${compiled.bundle.nodes.get(node)?.pointer}`).toBe(ok);
          expect(grouped[k]!.errors ?? null).toEqual(alone.errors ?? null);
          compared++;
          if (!ok) failing++;
        }
      });
    }
    expect(compared).toBeGreaterThan(1000);
    expect(failing).toBeGreaterThan(100);
  });
});
