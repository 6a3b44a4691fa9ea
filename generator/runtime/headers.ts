/**
 * Header checks done before anything is sent. `Headers` would throw on some bad values and silently strip
 * others (a trailing CR LF), so every value is checked here first: no CR, LF or NUL, ever.
 */

/** RFC 9110 token. */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const FORBIDDEN_IN_VALUE = /[\r\n\0]/;

/**
 * Throws a TypeError naming the header (never its value, which may be a credential) when the name is not a
 * token or the value contains CR, LF or NUL. `source` says where it came from (`config.headers`, …).
 */
export function assertSafeHeader(name: string, value: string, source: string): void {
  if (!HEADER_NAME.test(name)) throw new TypeError(`${source}: invalid header name ${JSON.stringify(name)}`);
  if (FORBIDDEN_IN_VALUE.test(value)) {
    throw new TypeError(`${source}: the value of header "${name}" contains CR, LF or NUL; refusing to send it`);
  }
}

/**
 * Validates a record of header values and turns it into strings: numbers and booleans are stringified,
 * arrays joined with `,` (OpenAPI `simple` style), `undefined`/`null` dropped.
 */
export function checkedHeaders(record: Readonly<Record<string, unknown>> | undefined, source: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (record === undefined || record === null) return out;
  if (typeof record !== "object" || Array.isArray(record)) throw new TypeError(`${source} must be an object`);
  for (const [name, raw] of Object.entries(record)) {
    if (raw === undefined || raw === null) continue;
    const value = Array.isArray(raw) ? raw.map((item) => scalar(item, name, source)).join(",") : scalar(raw, name, source);
    assertSafeHeader(name, value, source);
    out[name] = value;
  }
  return out;
}

function scalar(value: unknown, name: string, source: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  throw new TypeError(`${source}: header "${name}" must be a string, number or boolean`);
}
