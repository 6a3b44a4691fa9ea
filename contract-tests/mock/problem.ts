/**
 * The mock's refusals: which status to answer and an RFC 7807 `application/problem+json` body naming every
 * problem with its documentation line. A status is taken from the operation's documented responses when it
 * documents one for the refusal (Prism's order: 401 for missing credentials; 415, 422, 400 for a content type;
 * 422, 400 for anything else; then a `4XX` range or `default`); otherwise Prism's own status is answered and the
 * response says so (`x-cloudspec-undocumented-status: true` and `x-cloudspec-undocumented-reason`), never passing
 * an undocumented status off as documented.
 */
import { lookupStatus } from "../spec/statuses.js";
import type { OperationEntry } from "../validate/compile.js";
import type { MockResponse } from "./responder.js";
import type { RefusalKind, RequestProblem } from "./request-problem.js";

export const UNDOCUMENTED_STATUS_HEADER = "x-cloudspec-undocumented-status";
export const UNDOCUMENTED_REASON_HEADER = "x-cloudspec-undocumented-reason";
/** Problems of a request, as compact JSON (warnings on an answered request, errors on a refused one). */
export const VIOLATIONS_HEADER = "x-cloudspec-violations";

const CANDIDATES: Readonly<Record<RefusalKind, readonly number[]>> = {
  security: [401],
  "content-type": [415, 422, 400],
  validation: [422, 400],
};

export interface RefusalStatus {
  status: number;
  /** The documented response key it falls under (`400`, `4XX`, `default`); absent when undocumented. */
  documentedKey?: string;
}

export function refusalStatus(entry: OperationEntry, kind: RefusalKind): RefusalStatus {
  const candidates = CANDIDATES[kind];
  for (const status of candidates) if (entry.statuses.exact.has(status)) return { status, documentedKey: String(status) };
  for (const status of candidates) {
    const found = lookupStatus(entry.statuses, status);
    if (found) return { status, documentedKey: found.response.key };
  }
  return { status: candidates[0]! };
}

export interface ProblemOptions {
  status: number;
  /** Stable problem code: `unauthorized`, `invalid-request`, `not-found` … (also the `x-mock-error` header). */
  code: string;
  title: string;
  detail: string;
  /** When the status is not documented for the request's operation (or there is none): why it is answered anyway. */
  undocumentedReason?: string;
  /** Extension members of the problem object. */
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
}

export function problemResponse(o: ProblemOptions): MockResponse {
  const body = JSON.stringify({ type: `urn:cloudspec:mock:${o.code}`, title: o.title, status: o.status, detail: o.detail, error: o.code, ...o.extra });
  return {
    status: o.status,
    headers: {
      "content-type": "application/problem+json",
      "x-mock-error": o.code,
      ...(o.undocumentedReason ? { [UNDOCUMENTED_STATUS_HEADER]: "true", [UNDOCUMENTED_REASON_HEADER]: headerSafe(o.undocumentedReason) } : {}),
      ...o.headers,
    },
    body,
  };
}

/** Problems as a header value: JSON with everything outside printable ASCII escaped. */
export function violationsHeader(problems: readonly RequestProblem[]): string {
  return headerSafe(JSON.stringify(problems));
}

function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
