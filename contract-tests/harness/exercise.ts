/**
 * Calls operations through the generated client and checks what came back. Against a mock every documented
 * status of every operation is asked for (`Prefer: code=…`); against a live API each operation is called once
 * and whatever status it answers is checked. The client's own request is routed too, so a client that builds
 * the wrong path is caught as well as a response that breaks the spec.
 */
import type { Diagnostic } from "../../core/diagnostics.js";
import type { AuthStrategy } from "@cloudspec/runtime";
import type { CompiledSpec, OperationEntry } from "../validate/compile.js";
import { checkExchange, type ExchangeResult } from "../validate/check-exchange.js";
import type { Exchange } from "../validate/exchange.js";
import { callArgs } from "./call-args.js";
import { operationMethod, type ClientFactory } from "./client-loader.js";
import { recordingFetch, type Transport } from "./recording-fetch.js";

export interface ExerciseOptions {
  transport: Transport;
  baseUrl?: string;
  serverVariables?: Record<string, string>;
  serverIndex?: number;
  auth?: AuthStrategy;
  /** Ask the mock for every documented status (mock runs) instead of calling once (live runs). */
  everyStatus: boolean;
  /** Which operations to call (live: read-only unless --allow-mutating). */
  include?: (entry: OperationEntry) => boolean;
  /** Parameter values by name (tenant and project ids, resource ids) before examples. */
  params?: Readonly<Record<string, unknown>>;
  timeoutMs?: number;
  /** Client retries (off against mocks: a documented 503 must come straight back). */
  retry?: boolean;
}

export interface CallOutcome {
  operationId: string;
  method: string;
  path: string;
  /** The documented status key asked of the mock. */
  requested?: string;
  exchange?: Exchange;
  result?: ExchangeResult;
  /** Problems of the call itself: the client threw unexpectedly, or sent a request for another operation. */
  problems: Diagnostic[];
}

export async function exerciseSpec(compiled: CompiledSpec, factory: ClientFactory, options: ExerciseOptions): Promise<CallOutcome[]> {
  const recorder = recordingFetch(options.transport);
  const client = factory({
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.serverVariables ? { serverVariables: options.serverVariables } : {}),
    ...(options.serverIndex !== undefined ? { serverIndex: options.serverIndex } : {}),
    ...(options.auth ? { auth: options.auth } : {}),
    fetch: recorder.fetch,
    timeoutMs: options.timeoutMs ?? 30_000,
    ...(options.retry ? {} : { retry: false }),
  });
  const outcomes: CallOutcome[] = [];
  for (const entry of compiled.operations) {
    if (options.include && !options.include(entry)) continue;
    const { operation } = entry;
    const base = { operationId: operation.operationId, method: operation.method.toUpperCase(), path: operation.path };
    const method = operationMethod(client, operation.operationId);
    if (!method) {
      outcomes.push({
        ...base,
        problems: [problem(compiled, entry, "contract-client-missing-operation", `the generated client has no method for ${operation.operationId}: run \`npm run generate\``)],
      });
      continue;
    }
    const args = callArgs(compiled, entry, options.params);
    for (const key of options.everyStatus ? entry.statusKeys : [undefined]) {
      const headers = key ? { headers: { Prefer: `code=${key}` } } : {};
      let thrown: unknown;
      try {
        await method({ ...args, ...headers });
      } catch (e) {
        thrown = e;
      }
      const exchange = recorder.take();
      outcomes.push({ ...base, ...(key ? { requested: key } : {}), ...(exchange ? { exchange } : {}), ...judge(compiled, entry, exchange, thrown, key) });
    }
  }
  return outcomes;
}

/** What coverage counts of each call. */
export function exercised(outcomes: readonly CallOutcome[]): Array<{ operationId: string; statusKey?: string }> {
  return outcomes.map((o) => ({ operationId: o.operationId, ...(o.result?.statusKey ? { statusKey: o.result.statusKey } : {}) }));
}

function judge(compiled: CompiledSpec, entry: OperationEntry, exchange: Exchange | undefined, thrown: unknown, key: string | undefined): { result?: ExchangeResult; problems: Diagnostic[] } {
  const op = entry.operation.operationId;
  if (!exchange) return { problems: [problem(compiled, entry, "contract-call-failed", `${op}: the call failed before a response: ${errorText(thrown)}`)] };
  const result = checkExchange(compiled, exchange);
  const problems: Diagnostic[] = [];
  if (result.operation && result.operation !== entry.operation) {
    problems.push(
      problem(
        compiled,
        entry,
        "contract-client-path-mismatch",
        `${op}: the client sent ${exchange.request.method} ${new URL(exchange.request.url).pathname}, which the spec routes to ${result.operation.operationId}`,
      ),
    );
  }
  const mockError = exchange.response.headers?.["x-mock-error"];
  if (key && mockError) problems.push(problem(compiled, entry, "contract-mock-refused", `${op}: the mock answered ${exchange.response.status} ${mockError}: ${exchange.response.body ?? ""}`));
  const success = exchange.response.status >= 200 && exchange.response.status < 300;
  if (success && thrown !== undefined) problems.push(problem(compiled, entry, "contract-call-failed", `${op}: the client failed on a ${exchange.response.status} answer: ${errorText(thrown)}`));
  if (!success && thrown === undefined && exchange.response.status >= 400)
    problems.push(problem(compiled, entry, "contract-call-failed", `${op}: the client resolved on a ${exchange.response.status} answer instead of throwing ApiError`));
  return { result, problems };
}

function problem(compiled: CompiledSpec, entry: OperationEntry, ruleId: string, message: string): Diagnostic {
  return {
    ruleId,
    severity: "error",
    message,
    at: entry.operation.source ?? { pointer: entry.operation.pointer, document: compiled.spec.path },
    data: { spec: compiled.spec.id, operationId: entry.operation.operationId },
  };
}

/** An error's name and message (runtime errors carry no credentials). */
function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}
