/** Mock mode: every operation × documented status through the generated client (with the credentials the spec requires) against the in-process mock. */
import { loadClientFactory, ClientNotGeneratedError } from "../harness/client-loader.js";
import { specCoverage } from "../harness/coverage.js";
import { exercised, exerciseSpec } from "../harness/exercise.js";
import { splitKnown } from "../harness/known-failures.js";
import { mockAuth } from "../harness/mock-auth.js";
import { LOOPBACK_BASE_URL } from "../harness/paths.js";
import type { Allowlist } from "../doc-consistency/allowlist.js";
import { mockFetch } from "../mock/fetch-adapter.js";
import { createResponder } from "../mock/responder.js";
import { loadSpec } from "../spec/load.js";
import { compileSpec } from "../validate/compile.js";
import type { ContractOptions, ModeOutcome, SpecResult } from "./contract-command.js";
import { UsageError } from "./contract-command.js";
import { coverageLine, printDiagnostics, type Io } from "./print.js";

export async function runMockMode(ids: readonly string[], opts: ContractOptions, allowlist: Allowlist, io: Io): Promise<ModeOutcome> {
  const results: SpecResult[] = [];
  let failed = false;
  for (const id of ids) {
    const spec = loadSpec(opts.specDir, id);
    const compiled = compileSpec(spec);
    const responder = createResponder(compiled);
    let factory;
    try {
      factory = await loadClientFactory(spec, opts.generatedDir);
    } catch (e) {
      if (e instanceof ClientNotGeneratedError) throw new UsageError(e.message);
      throw e;
    }
    const auth = await mockAuth(compiled);
    const outcomes = await exerciseSpec(compiled, factory, { transport: mockFetch(responder), baseUrl: LOOPBACK_BASE_URL, everyStatus: true, ...(auth ? { auth } : {}) });
    const all = [...compiled.diagnostics, ...responder.diagnostics, ...outcomes.flatMap((o) => [...o.problems, ...(o.result?.diagnostics ?? [])])];
    const { known, unknown } = splitKnown(all, allowlist);
    const coverage = specCoverage(compiled, exercised(outcomes));
    const errors = unknown.filter((d) => d.severity === "error").length;
    failed ||= errors > 0;
    io.out(`${id} (mock): ${outcomes.length} calls, ${errors} failures, ${known.length} known documentation bugs; ${coverageLine(coverage)}\n`);
    printDiagnostics(io, unknown, opts.quiet);
    results.push({ spec: id, mode: "mock", status: "ran", diagnostics: unknown, known, coverage });
  }
  return { exitCode: failed ? 1 : 0, results };
}
