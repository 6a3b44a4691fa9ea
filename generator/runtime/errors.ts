/**
 * The three failures of a call, told apart by `instanceof` or `kind`. None carries request headers, so no
 * credential can reach a message, `toString()` or `JSON.stringify()`; URLs lose their query string and userinfo.
 */

export type RuntimeErrorKind = "api" | "network" | "timeout";

/** Which call failed (shared by all three errors). */
export interface CallInfo {
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** The request URL without query string, fragment or userinfo. */
  url: string;
}

/** `https://host/v1/x?token=…#f` → `https://host/v1/x` (never throws). */
export function publicUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    parsed.search = "";
    parsed.hash = "";
    return parsed.href;
  } catch {
    return url.replace(/[?#].*$/s, "");
  }
}

function describe(call: CallInfo): string {
  return `${call.operationId} (${call.method} ${call.url})`;
}

/** A short human-readable summary of an error body for the message, if it has one. */
function bodySummary(body: unknown): string | undefined {
  const pick = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);
  let text: string | undefined;
  if (typeof body === "string") text = pick(body);
  else if (body !== null && typeof body === "object") {
    const record = body as Record<string, unknown>;
    const nested = record["error"];
    text =
      pick(record["message"]) ??
      pick(record["errorMessage"]) ??
      pick(record["error_message"]) ??
      pick(record["detail"]) ??
      (nested !== null && typeof nested === "object" ? pick((nested as Record<string, unknown>)["message"]) : pick(nested));
  }
  if (text === undefined) return undefined;
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine;
}

/** A non-2xx answer. `body` is the parsed JSON (else the text, `undefined` when empty). */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly kind = "api" as const;
  readonly status: number;
  readonly body: unknown;
  readonly operationId: string;
  /** From `x-request-id`, `x-openstack-request-id`, `x-nhn-request-id`, `x-trace-id` … when the server sent one. */
  readonly requestId: string | undefined;
  readonly method: string;
  readonly url: string;

  constructor(init: CallInfo & { status: number; body: unknown; requestId?: string | undefined }) {
    const summary = bodySummary(init.body);
    super(`${describe(init)} failed with HTTP ${init.status}` + (summary ? `: ${summary}` : "") + (init.requestId ? ` [request id ${init.requestId}]` : ""));
    this.status = init.status;
    this.body = init.body;
    this.operationId = init.operationId;
    this.requestId = init.requestId;
    this.method = init.method;
    this.url = init.url;
  }

  toJSON(): Record<string, unknown> {
    const { name, kind, message, status, operationId, requestId, method, url, body } = this;
    return { name, kind, message, status, operationId, requestId, method, url, body };
  }
}

/** The request never got an answer (connection refused, reset, DNS …); the original error is `cause`. */
export class NetworkError extends Error {
  override readonly name = "NetworkError";
  readonly kind = "network" as const;
  readonly operationId: string;
  readonly method: string;
  readonly url: string;

  constructor(init: CallInfo, cause: unknown) {
    // Only an error code (ECONNREFUSED) of the cause goes into the message: its text is not ours to trust.
    const code = errorCode(cause);
    super(`${describe(init)} failed: network error${code ? ` (${code})` : ""}`, { cause });
    this.operationId = init.operationId;
    this.method = init.method;
    this.url = init.url;
  }

  toJSON(): Record<string, unknown> {
    const { name, kind, message, operationId, method, url } = this;
    return { name, kind, message, operationId, method, url };
  }
}

/** One attempt took longer than `timeoutMs` (after retries, if any, were used up). */
export class TimeoutError extends Error {
  override readonly name = "TimeoutError";
  readonly kind = "timeout" as const;
  readonly timeoutMs: number;
  readonly operationId: string;
  readonly method: string;
  readonly url: string;

  constructor(init: CallInfo & { timeoutMs: number }) {
    super(`${describe(init)} timed out after ${init.timeoutMs} ms`);
    this.timeoutMs = init.timeoutMs;
    this.operationId = init.operationId;
    this.method = init.method;
    this.url = init.url;
  }

  toJSON(): Record<string, unknown> {
    const { name, kind, message, timeoutMs, operationId, method, url } = this;
    return { name, kind, message, timeoutMs, operationId, method, url };
  }
}

/** `ECONNREFUSED` from an error or its cause (undici wraps the system error in `cause`). */
function errorCode(error: unknown, depth = 0): string | undefined {
  if (error === null || typeof error !== "object" || depth > 3) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code;
  return errorCode((error as { cause?: unknown }).cause, depth + 1);
}
