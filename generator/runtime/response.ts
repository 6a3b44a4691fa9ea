/** Reading answers: success bodies and request ids. */

/** Headers servers put a request id in, most specific first (Headers.get is case-insensitive). */
const REQUEST_ID_HEADERS = [
  "x-request-id",
  "x-openstack-request-id",
  "x-nhn-request-id",
  "x-compute-request-id",
  "x-trace-id",
  "x-b3-traceid",
  "x-amzn-requestid",
  "x-amz-request-id",
  "x-ms-request-id",
  "x-correlation-id",
  "request-id",
  "traceid",
] as const;

export function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/** `undefined` for an empty body, the parsed JSON when it parses, else the text itself. */
export function parseBody(text: unknown): unknown {
  if (typeof text !== "string") return text;
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
