/** Keeps credentials that went out in request headers from coming back in error bodies (servers that echo). */

const REPLACEMENT = "[REDACTED]";
/** Header names whose values are credentials. */
const SECRET_HEADER = /auth|token|signature|secret|access-?key|api-?key|cookie|password/i;
/** Shorter values are not treated as secrets (they would mask ordinary text). */
const MIN_SECRET_LENGTH = 6;

/** The credential values among a request's headers (`X-Auth-Token`, `Scp-Signature`, `Scp-AccessKey` …). */
export function secretHeaderValues(headers: Headers): string[] {
  const secrets: string[] = [];
  headers.forEach((value, name) => {
    if (SECRET_HEADER.test(name) && value.length >= MIN_SECRET_LENGTH) secrets.push(value);
  });
  return secrets;
}

/** Replaces every occurrence of a secret in a string. */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REPLACEMENT);
  return out;
}

/** Deep copy of a parsed body with every secret replaced in strings and keys. */
export function redactValue(value: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return value;
  if (typeof value === "string") return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [redactText(key, secrets), redactValue(item, secrets)]));
  }
  return value;
}
