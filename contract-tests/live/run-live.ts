/**
 * Live mode: the generated client against the vendor's API with credentials from the environment. Only
 * read-only operations (GET, HEAD, OPTIONS) unless `allowMutating`; retries on (be gentle with real APIs);
 * every response checked like a mock's.
 */
import { READ_ONLY_METHODS } from "../spec/operations.js";
import type { CompiledSpec } from "../validate/compile.js";
import type { ClientFactory } from "../harness/client-loader.js";
import { exerciseSpec, type CallOutcome } from "../harness/exercise.js";
import type { Transport } from "../harness/recording-fetch.js";
import type { LiveTarget } from "./credentials.js";

export interface LiveRunOptions {
  allowMutating: boolean;
  /** Parameter values by name (CONTRACT_PARAMS / --params), after the environment's tenant/project ids. */
  params?: Readonly<Record<string, unknown>>;
  /** Defaults to the global fetch. */
  transport?: Transport;
  timeoutMs?: number;
}

export function runLive(compiled: CompiledSpec, factory: ClientFactory, target: Extract<LiveTarget, { kind: "ready" }>, options: LiveRunOptions): Promise<CallOutcome[]> {
  return exerciseSpec(compiled, factory, {
    transport: options.transport ?? ((request) => globalThis.fetch(request)),
    ...(target.baseUrl ? { baseUrl: target.baseUrl } : {}),
    ...(target.serverVariables ? { serverVariables: target.serverVariables } : {}),
    ...(target.serverIndex !== undefined ? { serverIndex: target.serverIndex } : {}),
    auth: target.auth,
    everyStatus: false,
    include: (entry) => options.allowMutating || READ_ONLY_METHODS.has(entry.operation.method),
    params: { ...target.params, ...options.params },
    retry: true,
    timeoutMs: options.timeoutMs ?? 30_000,
  });
}
