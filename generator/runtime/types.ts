/**
 * The contract between generated clients and the shared runtime. Generated `client.ts` files import
 * only from `generator/runtime/index.ts`, and only the names declared here.
 */
import type { RequestBodyOption } from "openapi-fetch";
import type { ErrorStatus, MediaType, Readable, SuccessResponse } from "openapi-typescript-helpers";

/** What a generated client knows about its spec (emitted as a constant in each `client.ts`). */
export interface ServiceDescriptor {
  vendor: string;
  /** Service id (`backup`, `block-storage`). */
  service: string;
  /** API version of this client (`1.2`, `v2`). */
  version: string;
  /** The spec's servers: URL templates with `{variables}`. */
  servers: ReadonlyArray<{ url: string; description?: string; variables?: Readonly<Record<string, { default: string; enum?: readonly string[] }>> }>;
  /** Header sent on every call of this version (SCP: `Scp-Api-Version: backup 1.2`). */
  versionHeader?: { name: string; value: string };
}

/** Signs or authenticates a request; runs after every other header is set, on each retry again. */
export interface AuthStrategy {
  /** For diagnostics only; never a secret. */
  readonly name: string;
  authorize(request: Request): Promise<Request> | Request;
}

export interface RetryOptions {
  /** Attempts after the first one (default 3). */
  retries?: number;
  /** First backoff in ms (default 200), doubled each attempt, with full jitter. */
  baseDelayMs?: number;
  /** Cap for one backoff, also for Retry-After (default 10 000). */
  maxDelayMs?: number;
  /** Status codes retried for idempotent methods (default 429, 502, 503, 504). */
  statuses?: readonly number[];
  /** Waits between attempts (default: a timer); rejects with `signal.reason` when the caller aborts. Tests inject a fake. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Source of jitter in [0, 1) (default Math.random). */
  random?: () => number;
}

export interface ClientConfig {
  /** Full base URL; overrides the spec's servers. */
  baseUrl?: string;
  /** Values for the spec's server variables (SCP: `region`, `environment`); defaults from the spec. */
  serverVariables?: Readonly<Record<string, string>>;
  /** Which of the spec's servers to use (NHN: one per region); default 0. */
  serverIndex?: number;
  auth?: AuthStrategy;
  /** Replaces globalThis.fetch (tests, mocks, proxies). */
  fetch?: (request: Request) => Promise<Response>;
  /** Per-attempt timeout in ms (default 30 000); `0` disables. */
  timeoutMs?: number;
  /** Retries for idempotent methods; `false` disables. */
  retry?: RetryOptions | false;
  /** Extra headers on every call (checked for CR/LF like all headers). */
  headers?: Readonly<Record<string, string>>;
}

/**
 * Per-call options besides parameters and body. A type alias, not an interface, so that OperationOptions stays
 * assignable to `Record<string, unknown>` (interfaces get no implicit index signature).
 */
export type CallOptions = {
  /** Aborts the call, including retries and the wait between them; the call rejects with `signal.reason`. */
  signal?: AbortSignal;
  /** Per-attempt timeout for this call (overrides ClientConfig.timeoutMs; `0` disables). */
  timeoutMs?: number;
  /** Extra headers for this call (checked for CR/LF). */
  headers?: Readonly<Record<string, string>>;
};

type ParametersOf<Op> = Op extends { parameters: infer P } ? Omit<P, "cookie"> : Record<never, never>;

/** The keys of H a caller must give. */
type RequiredKeys<H> = { [K in keyof H]-?: Record<never, never> extends Pick<H, K> ? never : K }[keyof H];

/** `header` as the caller gives it: without the headers the client sets itself, and optional when nothing in it is required. */
type HeaderOption<H> = [keyof H] extends [never] ? { header?: never } : [RequiredKeys<H>] extends [never] ? { header?: H } : { header: H };

/** The operation's parameters with the headers in `Auto` (the version header) left to the client. */
type WithoutAutoHeaders<P, Auto extends string> = [Auto] extends [never] ? P : P extends { header?: infer H } ? Omit<P, "header"> & HeaderOption<Omit<NonNullable<H>, Auto>> : P;

/**
 * The argument of a generated method: `{ path?, query?, header?, body? }` typed from the operation, with
 * required parts required, plus call options. `Auto` names headers the client sends itself (the version
 * header the spec declares as a required parameter), which the caller neither needs nor may override.
 */
export type OperationOptions<Op, Auto extends string = never> = WithoutAutoHeaders<ParametersOf<Op>, Auto> & RequestBodyOption<Op> & CallOptions;

/** The success body of an operation (`undefined` for operations that document no body). */
export type OperationResult<Op> = Op extends { responses: infer R extends object } ? Readable<SuccessResponse<R, MediaType>> : never;

/** The documented error statuses of an operation, as numbers. */
export type ErrorStatusOf<Op> = Op extends { responses: infer R } ? Extract<keyof R, ErrorStatus> : never;

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** The runtime object each generated class holds. */
export interface ApiClient {
  /**
   * Sends one operation: `path` is the spec's template (`/v1/backups/{backup_id}`), `options` an
   * `OperationOptions<Op>` (`{ path?, query?, header?, body?, signal?, timeoutMs?, headers? }`). Resolves to the
   * parsed success body; rejects with ApiError, NetworkError, TimeoutError, the caller's abort reason, or a
   * TypeError for invalid input (sent nothing).
   */
  request(method: HttpMethod, path: string, operationId: string, options?: object): Promise<unknown>;
}
