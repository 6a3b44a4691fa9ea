/** Checks a generated method's flat options (`{ path, query, header, body, signal, timeoutMs, headers }`). */
import { checkedHeaders } from "./headers.js";

export interface CallInput {
  path: Record<string, unknown>;
  query: Record<string, unknown> | undefined;
  /** Header parameters, stringified and checked. */
  header: Record<string, string>;
  /** Extra headers of this call, checked. */
  headers: Record<string, string>;
  body: unknown;
  signal: AbortSignal | undefined;
  timeoutMs: number;
}

const OPTION_KEYS: ReadonlySet<string> = new Set(["path", "query", "header", "body", "signal", "timeoutMs", "headers"]);

/** Throws a TypeError (before anything is sent) for unknown keys, wrong shapes and unsafe header values. */
export function readCallOptions(operationId: string, options: object | undefined, defaultTimeoutMs: number): CallInput {
  if (options !== undefined && (options === null || typeof options !== "object" || Array.isArray(options))) {
    throw new TypeError(`${operationId}: options must be an object`);
  }
  const o = (options ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!OPTION_KEYS.has(key)) {
      throw new TypeError(
        `${operationId}: unknown option "${key}"; expected ${[...OPTION_KEYS].join(", ")}` + (key === "params" ? " (parameters go directly in path/query/header, not under params)" : ""),
      );
    }
  }
  const signal = o["signal"];
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new TypeError(`${operationId}: signal must be an AbortSignal`);
  return {
    path: record(o["path"], `${operationId}: path`) ?? {},
    query: record(o["query"], `${operationId}: query`),
    header: checkedHeaders(record(o["header"], `${operationId}: header`), `${operationId}: header parameters`),
    headers: checkedHeaders(record(o["headers"], `${operationId}: headers`), `${operationId}: headers`),
    body: o["body"],
    signal,
    timeoutMs: checkTimeout(o["timeoutMs"] ?? defaultTimeoutMs, `${operationId}: timeoutMs`),
  };
}

/** A non-negative finite number of ms (`0` disables the timeout). */
export function checkTimeout(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw new TypeError(`${what} must be a non-negative number of ms`);
  return value;
}

function record(value: unknown, what: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "object" || Array.isArray(value)) throw new TypeError(`${what} must be an object`);
  return value as Record<string, unknown>;
}
