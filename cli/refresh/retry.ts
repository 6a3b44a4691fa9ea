/**
 * Retries a page fetch on transient failures (network trouble, timeouts, 408/425/429/5xx) with
 * exponential backoff, honouring Retry-After up to a cap. Permanent failures fail at once.
 */
import type { FetchOutcome, FetchPageOptions } from "./fetch-page.js";
import { FetchError, fetchPage } from "./fetch-page.js";

export interface RetryPolicy {
  /** Further attempts after the first. */
  retries: number;
  /** First backoff; doubled for each further attempt. */
  backoffMs: number;
  /** Longest wait between attempts, Retry-After included. */
  maxBackoffMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 2, backoffMs: 1000, maxBackoffMs: 30_000 };

export interface RetriedOutcome {
  outcome: FetchOutcome;
  attempts: number;
}

export async function fetchWithRetry(url: string, options: FetchPageOptions, policy: RetryPolicy, onRetry?: (error: FetchError, attempt: number, waitMs: number) => void): Promise<RetriedOutcome> {
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return { outcome: await fetchPage(url, options), attempts: attempt };
    } catch (e) {
      if (!(e instanceof FetchError) || !e.transient) throw e;
      if (attempt > policy.retries) throw attempt === 1 ? e : new FetchError(e.code, `${e.message} (gave up after ${attempt} attempts)`, true, e.retryAfterMs);
      const wait = Math.min(policy.maxBackoffMs, e.retryAfterMs ?? policy.backoffMs * 2 ** (attempt - 1));
      onRetry?.(e, attempt, wait);
      await sleep(wait);
    }
  }
}
