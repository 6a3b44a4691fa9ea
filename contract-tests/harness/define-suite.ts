/**
 * The contract suite of one spec, for vitest: msw serves the spec's mock in-process (checking each request as
 * Prism does), the generated client calls every operation once per documented status with the credentials the
 * spec's security requires (mock-auth.ts), and each response is validated. A test per operation;
 * failures that are allowlisted documentation bugs (the page's own example breaks the page's schema) pass,
 * anything else fails with its located diagnostics. One test file per spec (contract-tests/suites/), so
 * `vitest --shard` spreads the specs over CI machines.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../core/diagnostics.js";
import { readAllowlist } from "../doc-consistency/allowlist.js";
import { createResponder } from "../mock/responder.js";
import { mswHandlers } from "../mock/msw-handlers.js";
import { loadSpec } from "../spec/load.js";
import { compileSpec } from "../validate/compile.js";
import { loadClientFactory } from "./client-loader.js";
import { mockAuth } from "./mock-auth.js";
import { specCoverage } from "./coverage.js";
import { exercised, exerciseSpec, type CallOutcome } from "./exercise.js";
import { splitKnown } from "./known-failures.js";
import { ALLOWLIST_PATH, GENERATED_DIR, LOOPBACK_BASE_URL, SPEC_DIR } from "./paths.js";

export function defineContractSuite(specId: string): void {
  const spec = loadSpec(SPEC_DIR, specId);
  const compiled = compileSpec(spec);
  const responder = createResponder(compiled);
  const allowlist = readAllowlist(ALLOWLIST_PATH);
  const server = setupServer(...mswHandlers(responder));
  const outcomes: CallOutcome[] = [];

  describe(`contract ${specId}`, () => {
    beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
    afterAll(() => {
      server.close();
      const dir = process.env.CONTRACT_COVERAGE_DIR;
      if (dir) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${specId.replace(/\//g, "__")}.json`), `${JSON.stringify(specCoverage(compiled, exercised(outcomes)), null, 2)}\n`);
      }
    });

    it("compiles every schema with ajv in strict mode", () => {
      expect(compiled.diagnostics.map(formatDiagnostic)).toEqual([]);
      expect(responder.diagnostics.map(formatDiagnostic)).toEqual([]);
    });

    for (const entry of compiled.operations) {
      const { operation } = entry;
      it(`${operation.operationId} (${operation.method.toUpperCase()} ${operation.path}): ${entry.statusKeys.join(", ")}`, async () => {
        const factory = await loadClientFactory(spec, GENERATED_DIR);
        const auth = await mockAuth(compiled);
        const mine = await exerciseSpec(compiled, factory, {
          ...(auth ? { auth } : {}),
          transport: (request) => globalThis.fetch(request),
          baseUrl: LOOPBACK_BASE_URL,
          everyStatus: true,
          include: (e) => e === entry,
        });
        outcomes.push(...mine);
        expect(mine.flatMap((o) => o.problems).map(formatDiagnostic)).toEqual([]);
        expect(mine.map((o) => o.result?.statusKey)).toEqual(entry.statusKeys);
        const { unknown } = splitKnown(
          mine.flatMap((o) => o.result?.diagnostics ?? []),
          allowlist,
        );
        expect(unknown.map(formatDiagnostic), "contract failures that are not allowlisted documentation bugs").toEqual([]);
      });
    }
  });
}
