/**
 * Standard HTTP reason phrases (RFC 9110), for success responses whose page gives only the number
 * ("Normal: 202"). Not page vocabulary: this is what the number means.
 */
const REASONS: Readonly<Record<string, string>> = {
  "200": "OK",
  "201": "Created",
  "202": "Accepted",
  "203": "Non-Authoritative Information",
  "204": "No Content",
  "205": "Reset Content",
  "206": "Partial Content",
  "300": "Multiple Choices",
  "301": "Moved Permanently",
  "302": "Found",
  "303": "See Other",
  "304": "Not Modified",
  "307": "Temporary Redirect",
  "308": "Permanent Redirect",
};

export function reasonPhrase(code: string): string {
  return REASONS[code] ?? `Status ${code}`;
}

/** "badRequest" / "itemNotFound" ↔ "Bad Request" / "Not Found": the key of an error body names its status. */
export function keyNamesReason(key: string, reason: string): boolean {
  const k = key.toLowerCase().replace(/[^a-z0-9]/g, "");
  const r = reason.toLowerCase().replace(/[^a-z0-9]/g, "");
  return r.length >= 4 && (k === r || k.endsWith(r));
}
