/** Retry policy: which attempts are retried and how long to wait before the next one. */
import type { HttpMethod, RetryOptions } from "./types.js";

export interface RetryPolicy {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  statuses: ReadonlySet<number>;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
}

const IDEMPOTENT: ReadonlySet<string> = new Set(["get", "head", "options", "put", "delete"]);
const DEFAULT_STATUSES = [429, 502, 503, 504] as const;

/** Only these are ever retried; POST and PATCH never are. */
export function isIdempotent(method: HttpMethod): boolean {
  return IDEMPOTENT.has(method.toLowerCase());
}

/** Defaults filled in; `false` means no retries. Throws a TypeError for negative or non-finite numbers. */
export function resolveRetryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  const o = options === false ? { retries: 0 } : (options ?? {});
  const policy: RetryPolicy = {
    retries: o.retries ?? 3,
    baseDelayMs: o.baseDelayMs ?? 200,
    maxDelayMs: o.maxDelayMs ?? 10_000,
    statuses: new Set(o.statuses ?? DEFAULT_STATUSES),
    sleep: o.sleep ?? sleep,
    random: o.random ?? Math.random,
  };
  for (const key of ["retries", "baseDelayMs", "maxDelayMs"] as const) {
    if (!Number.isFinite(policy[key]) || policy[key] < 0) throw new TypeError(`retry.${key} must be a non-negative number`);
  }
  return policy;
}

/** Full jitter: uniform in [0, min(maxDelayMs, baseDelayMs · 2^retry)), `retry` counting from 0. */
export function backoffDelay(policy: RetryPolicy, retry: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.floor(policy.random() * ceiling);
}

/** `Retry-After` (delay-seconds or HTTP-date) in ms, capped by maxDelayMs; `undefined` when absent or invalid. */
export function retryAfterDelay(header: string | null, policy: RetryPolicy, now = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  let ms: number;
  if (/^\d+$/.test(value)) ms = Number(value) * 1000;
  else {
    // HTTP-date forms all start with a day name; Date.parse alone accepts things like "-5".
    const date = /^[A-Za-z]{3,9},? /.test(value) ? Date.parse(value) : Number.NaN;
    if (Number.isNaN(date)) return undefined;
    ms = Math.max(0, date - now);
  }
  return Math.min(policy.maxDelayMs, ms);
}

/** Resolves after `ms`; rejects with `signal.reason` as soon as the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
