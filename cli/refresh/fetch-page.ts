/**
 * One page over HTTP, defensively: only allowlisted hosts (redirects are followed by hand and each
 * target is checked, https never downgraded to http), one deadline for the whole exchange, a size cap
 * enforced while reading, and conditional requests (ETag / Last-Modified). Failures are `FetchError`s
 * with a stable code; nothing here retries, writes files or prints.
 */
import type { HostAllowlist } from "./allowlist.js";

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface FetchLimits {
  /** Deadline for the whole exchange (every redirect hop and the body), in milliseconds. */
  timeoutMs: number;
  /** Largest body accepted, in bytes (after content decoding). */
  maxBytes: number;
  maxRedirects: number;
}

export interface FetchPageOptions {
  allowlist: HostAllowlist;
  limits: FetchLimits;
  /** Sent as If-None-Match / If-Modified-Since; a 304 answer is then `not-modified`. */
  validators?: Validators;
  fetch?: typeof fetch;
  userAgent?: string;
}

interface Exchange {
  url: string;
  finalUrl: string;
  /** Every redirect target followed, in order. */
  redirects: string[];
  validators: Validators;
}

export type FetchOutcome = (Exchange & { kind: "fetched"; status: number; body: Buffer; contentType?: string }) | (Exchange & { kind: "not-modified" });

export type FetchErrorCode = "url-refused" | "redirect-refused" | "too-many-redirects" | "http-status" | "too-large" | "timeout" | "network";

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    /** Worth another attempt (network trouble, timeouts, 408/425/429/5xx). */
    readonly transient: boolean,
    /** The server's Retry-After, in milliseconds, when it sent one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const TRANSIENT_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);
export const DEFAULT_USER_AGENT = "cloudspec-refresh/0.1 (API documentation snapshots)";

export async function fetchPage(url: string, options: FetchPageOptions): Promise<FetchOutcome> {
  const fetchImpl = options.fetch ?? fetch;
  const { timeoutMs, maxBytes, maxRedirects } = options.limits;
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new FetchError("url-refused", `not a URL: ${JSON.stringify(url)}`, false);
  }
  const refusal = options.allowlist.refusal(current);
  if (refusal) throw new FetchError("url-refused", `${url}: ${refusal}`, false);

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timedOut = () => new FetchError("timeout", `${current.href}: no complete answer within ${timeoutMs} ms`, true);
  const redirects: string[] = [];
  try {
    for (;;) {
      const headers: Record<string, string> = {
        accept: "text/html, text/markdown;q=0.9, text/plain;q=0.8, */*;q=0.1",
        "user-agent": options.userAgent ?? DEFAULT_USER_AGENT,
      };
      if (options.validators?.etag) headers["if-none-match"] = options.validators.etag;
      if (options.validators?.lastModified) headers["if-modified-since"] = options.validators.lastModified;
      let res: Response;
      try {
        res = await fetchImpl(current, { headers, redirect: "manual", signal: controller.signal });
      } catch (e) {
        if (controller.signal.aborted) throw timedOut();
        throw new FetchError("network", `${current.href}: ${networkReason(e)}`, true);
      }
      const exchange = (): Exchange => ({ url, finalUrl: current.href, redirects, validators: validatorsOf(res.headers) });

      if (REDIRECTS.has(res.status)) {
        await discard(res);
        const location = res.headers.get("location");
        if (!location) throw new FetchError("redirect-refused", `${current.href}: ${res.status} redirect without a Location header`, false);
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          throw new FetchError("redirect-refused", `${current.href}: ${res.status} redirect to an invalid Location ${JSON.stringify(location)}`, false);
        }
        if (redirects.length >= maxRedirects) throw new FetchError("too-many-redirects", `${url}: more than ${maxRedirects} redirects (last to ${next.href})`, false);
        const why = current.protocol === "https:" && next.protocol === "http:" ? "it would downgrade https to http" : options.allowlist.refusal(next);
        if (why) throw new FetchError("redirect-refused", `${current.href}: redirect to ${next.href} refused: ${why}`, false);
        redirects.push(next.href);
        current = next;
        continue;
      }
      if (res.status === 304 && options.validators && (options.validators.etag || options.validators.lastModified)) {
        await discard(res);
        const previous = options.validators;
        const fresh = exchange().validators;
        return { kind: "not-modified", ...exchange(), validators: { ...previous, ...fresh } };
      }
      if (!res.ok) {
        await discard(res);
        throw new FetchError(
          "http-status",
          `${current.href}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`,
          TRANSIENT_STATUS.has(res.status),
          retryAfter(res.headers.get("retry-after")),
        );
      }
      const declared = Number(res.headers.get("content-length") ?? Number.NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        await discard(res);
        throw new FetchError("too-large", `${current.href}: ${declared} bytes declared, over the ${maxBytes}-byte cap (--max-bytes)`, false);
      }
      let body: Buffer;
      try {
        body = await readCapped(res, maxBytes, current.href);
      } catch (e) {
        if (e instanceof FetchError) throw e;
        if (controller.signal.aborted) throw timedOut();
        throw new FetchError("network", `${current.href}: body broke off: ${networkReason(e)}`, true);
      }
      const contentType = res.headers.get("content-type") ?? undefined;
      return { kind: "fetched", ...exchange(), status: res.status, body, ...(contentType ? { contentType } : {}) };
    }
  } finally {
    clearTimeout(timer);
  }
}

function validatorsOf(headers: Headers): Validators {
  const etag = headers.get("etag") ?? undefined;
  const lastModified = headers.get("last-modified") ?? undefined;
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

async function readCapped(res: Response, maxBytes: number, where: string): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchError("too-large", `${where}: body exceeds the ${maxBytes}-byte cap (--max-bytes)`, false);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

function networkReason(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ""}`;
  return e instanceof Error ? e.message : String(e);
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
