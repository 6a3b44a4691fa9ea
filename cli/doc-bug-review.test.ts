/**
 * The scrape's example review compiles every spec of a run on one ajv instance, without ajv's optimising pass, and
 * clears it between specs: on every committed spec it must find exactly what a fresh, optimised instance per spec
 * finds (no schema, format or keyword of one spec changing the verdicts on the next).
 */
import { describe, expect, it, vi } from "vitest";
import { checkExamples } from "../contract-tests/doc-consistency/check-examples.js";
import { compileNodes } from "../contract-tests/doc-consistency/collect-examples.js";
import { listSpecIds, loadSpec, specFromText } from "../contract-tests/spec/load.js";
import { createAjv } from "../contract-tests/validate/ajv.js";
import { compileSpec } from "../contract-tests/validate/compile.js";
import { ValidatorCache } from "../contract-tests/validate/validator-cache.js";

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

describe("validators shared by the versions of a service", () => {
  it("find on each committed spec what a fresh instance finds, with a third of the compiles", () => {
    const specs = listSpecIds("spec").map((id) => loadSpec("spec", id));
    const shared = createAjv({ quickCompile: true });
    const compiles = vi.spyOn(shared, "compile");
    const refs = vi.spyOn(shared, "getSchema");
    let cache = { service: "", validators: new ValidatorCache() };
    let alone = 0;
    for (const spec of specs) {
      const service = `${spec.vendor}/${spec.service}`;
      if (cache.service !== service) cache = { service, validators: new ValidatorCache() };
      const fresh = createAjv({ quickCompile: true });
      const own = vi.spyOn(fresh, "compile");
      const ownRefs = vi.spyOn(fresh, "getSchema");
      const expected = checkExamples([compileSpec(spec, { ajv: fresh })]);
      alone += own.mock.calls.length + ownRefs.mock.calls.length;
      const reused = checkExamples([compileSpec(spec, { ajv: shared, validators: cache.validators })]);
      shared.removeSchema();
      expect(reused, spec.id).toEqual(expected);
    }
    expect(alone).toBeGreaterThan(300);
    expect(compiles.mock.calls.length + refs.mock.calls.length).toBeLessThan(alone / 2);
  });

  it("lead an error of a validator compiled for one version to the page line of the version it checks", () => {
    const version = (line: number, size: unknown): string =>
      JSON.stringify({
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: {
          "/v1/items": {
            get: {
              operationId: "listItems",
              "x-source": { page: "p.txt", line },
              parameters: [{ name: "size", in: "query", schema: { type: "integer" }, example: size, "x-source": { page: "p.txt", line: line + 1 } }],
              responses: { "200": { description: "OK" } },
            },
          },
        },
      });
    const ajv = createAjv({ quickCompile: true });
    const validators = new ValidatorCache();
    const first = checkExamples([compileSpec(specFromText("scp/items/1.0", "scp/items/1.0.yaml", version(10, "ten")), { ajv, validators })]);
    ajv.removeSchema();
    const second = checkExamples([compileSpec(specFromText("scp/items/1.1", "scp/items/1.1.yaml", version(40, "forty")), { ajv, validators })]);
    expect(first.findings.map((f) => f.at)).toEqual(["p.txt:11"]);
    expect(second.findings.map((f) => f.at)).toEqual(["p.txt:41"]);
    expect(second.findings[0]!.occurrences[0]!.spec).toBe("scp/items/1.1");
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
