/**
 * createApiClient: openapi-fetch does URL building (with the path serializer of path.ts and its own form/explode
 * query serializer), header merging and body serialization; auth is an openapi-fetch middleware. Each attempt is
 * one openapi-fetch call, so auth signs again (fresh timestamp) and gets a fresh timeout on every retry.
 */
import createClient, { type Middleware } from "openapi-fetch";
import { resolveBaseUrl } from "./base-url.js";
import { ApiError, NetworkError, TimeoutError, publicUrl, type CallInfo } from "./errors.js";
import { assertSafeHeader, checkedHeaders } from "./headers.js";
import { checkTimeout, readCallOptions, type CallInput } from "./options.js";
import { createPathSerializer } from "./path.js";
import { redactValue, secretHeaderValues } from "./redact.js";
import { parseBody, requestIdOf } from "./response.js";
import { backoffDelay, isIdempotent, resolveRetryPolicy, retryAfterDelay, type RetryPolicy } from "./retry.js";
import { attemptSignal, raceAbort } from "./timeout.js";
import type { ApiClient, AuthStrategy, ClientConfig, HttpMethod, ServiceDescriptor } from "./types.js";

const DEFAULT_TIMEOUT_MS = 30_000;
const METHODS: ReadonlySet<string> = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

type Transport = (request: Request) => Promise<Response>;

/** The slice of openapi-fetch's `client.request` used here (its own typing needs a `paths` type). */
type CoreRequest = (
  method: HttpMethod,
  path: string,
  init: {
    params: { path: Record<string, unknown>; query?: Record<string, unknown>; header: Record<string, string> };
    body?: unknown;
    headers: Record<string, string>;
    parseAs: "text";
    signal?: AbortSignal;
    fetch: Transport;
  },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

interface Context {
  send: CoreRequest;
  transport: Transport;
  policy: RetryPolicy;
  defaultTimeoutMs: number;
  baseUrl: string;
}

type AttemptOutcome = { type: "ok"; data: unknown } | { type: "http-error"; response: Response; body: unknown; request: Request | undefined } | { type: "failure"; error: NetworkError | TimeoutError };

export function createApiClient(descriptor: ServiceDescriptor, config: ClientConfig = {}): ApiClient {
  const baseUrl = resolveBaseUrl(descriptor, config);
  const headers: Record<string, string> = {};
  if (descriptor.versionHeader) {
    const { name, value } = descriptor.versionHeader;
    assertSafeHeader(name, value, "descriptor.versionHeader");
    headers[name] = value;
  }
  Object.assign(headers, checkedHeaders(config.headers, "config.headers"));

  const core = createClient({
    baseUrl,
    headers,
    querySerializer: { array: { style: "form", explode: true }, object: { style: "deepObject", explode: true } },
    pathSerializer: createPathSerializer(baseUrl),
    // Credential headers other than Authorization would follow a redirect to any host: hand 3xx back instead.
    redirect: "manual",
  });
  if (config.auth) core.use(authMiddleware(config.auth));

  const context: Context = {
    send: core.request.bind(core) as unknown as CoreRequest,
    transport: config.fetch ?? ((request) => globalThis.fetch(request)),
    policy: resolveRetryPolicy(config.retry),
    defaultTimeoutMs: checkTimeout(config.timeoutMs ?? DEFAULT_TIMEOUT_MS, "config.timeoutMs"),
    baseUrl,
  };
  return { request: (method, path, operationId, options) => execute(context, method, path, operationId, options) };
}

/** Runs last among request hooks (openapi-fetch has set every header by then), once per attempt. */
function authMiddleware(auth: AuthStrategy): Middleware {
  return { onRequest: async ({ request }) => auth.authorize(request) };
}

/** One call as the generated method made it. */
interface Call {
  method: HttpMethod;
  path: string;
  operationId: string;
  input: CallInput;
}

async function execute(context: Context, method: HttpMethod, path: string, operationId: string, options: object | undefined): Promise<unknown> {
  if (!METHODS.has(method)) throw new TypeError(`${operationId}: unsupported HTTP method ${JSON.stringify(method)}`);
  const call: Call = { method, path, operationId, input: readCallOptions(operationId, options, context.defaultTimeoutMs) };
  const { policy } = context;
  const { signal } = call.input;
  const retries = isIdempotent(method) ? policy.retries : 0;

  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw signal.reason;
    const outcome = await runAttempt(context, call);
    if (outcome.type === "ok") return outcome.data;
    const canRetry = attempt < retries;
    if (outcome.type === "failure") {
      if (!canRetry) throw outcome.error;
      await policy.sleep(backoffDelay(policy, attempt), signal);
      continue;
    }
    const { response, request } = outcome;
    if (canRetry && policy.statuses.has(response.status)) {
      const delay = retryAfterDelay(response.headers.get("retry-after"), policy) ?? backoffDelay(policy, attempt);
      await policy.sleep(delay, signal);
      continue;
    }
    const secrets = request ? secretHeaderValues(request.headers) : [];
    throw new ApiError({
      ...callInfo(context, call, request),
      status: response.status,
      body: redactValue(outcome.body, secrets),
      requestId: requestIdOf(response.headers),
    });
  }
}

/** One openapi-fetch call with its own timeout; transport failures become values, other errors propagate. */
async function runAttempt(context: Context, call: Call): Promise<AttemptOutcome> {
  const { input } = call;
  const timer = attemptSignal(input.signal, input.timeoutMs);
  const sent: { request?: Request } = {};
  try {
    const result = await context.send(call.method, call.path, {
      params: { path: input.path, query: input.query, header: input.header },
      body: input.body,
      headers: input.headers,
      parseAs: "text",
      signal: timer.signal,
      fetch: (request) => {
        sent.request = request;
        // Race on our own signal, not request.signal: undici links the latter to ours through a WeakRef only,
        // so with a fetch that holds nothing (a mock) the whole chain could be collected and never settle.
        return raceAbort(context.transport(request), timer.signal);
      },
    });
    if (result.response.ok) return { type: "ok", data: parseBody(result.data) };
    // openapi-fetch gives the error body JSON-parsed when it parses, else as text ("" when empty).
    const body = typeof result.error === "string" && result.error.trim() === "" ? undefined : result.error;
    return { type: "http-error", response: result.response, body, request: sent.request };
  } catch (error) {
    if (input.signal?.aborted) throw input.signal.reason;
    // Nothing went out: bad input, a failing token provider … — the caller's problem, not retried.
    if (!sent.request) throw error;
    const info = callInfo(context, call, sent.request);
    if (timer.timedOut()) return { type: "failure", error: new TimeoutError({ ...info, timeoutMs: input.timeoutMs }) };
    return { type: "failure", error: new NetworkError(info, error) };
  } finally {
    timer.dispose();
  }
}

function callInfo(context: Context, call: Call, request: Request | undefined): CallInfo {
  return {
    operationId: call.operationId,
    method: call.method.toUpperCase(),
    url: publicUrl(request?.url ?? context.baseUrl + call.path),
  };
}
