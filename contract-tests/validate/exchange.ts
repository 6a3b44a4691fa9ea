/** One request/response pair as the checks see it: recorded, captured from a client call, or from a mock. */

export interface Exchange {
  request: {
    /** Upper or lower case. */
    method: string;
    /** Absolute URL, or a path with query (`/v1/backups?size=20`). */
    url: string;
    /** Lower-case names. Credential headers are redacted by whoever recorded the exchange. */
    headers?: Record<string, string>;
    body?: string;
  };
  response: {
    status: number;
    /** Lower-case names. */
    headers?: Record<string, string>;
    /** The raw body text (`undefined` or "" for none). */
    body?: string;
    /** The parsed body, when the recorder already has it (skips JSON.parse). */
    json?: unknown;
  };
  /** Where the exchange came from (`recordings/a.har#/log/entries/3`), for messages. */
  origin?: string;
}

/** Header names whose values never leave the process (in reports, logs or saved exchanges). */
export const SECRET_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-auth-token",
  "x-subject-token",
  "scp-accesskey",
  "scp-signature",
  "scp-accountid",
  "x-api-key",
]);

/** Lower-cases names and replaces secret values with `[redacted]`. */
export function redactHeaders(headers: Iterable<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    out[key] = SECRET_HEADERS.has(key) ? "[redacted]" : value;
  }
  return out;
}
