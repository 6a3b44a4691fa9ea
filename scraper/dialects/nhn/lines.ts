/**
 * The request line block of an NHN API: `METHOD /path` followed by header lines (`X-Auth-Token:
 * {tokenId}`), a fenced block in the markdown source, separate lines in a text capture.
 */

/** `GET /v2.0/vpcs`, also with the target quoted (`GET "/advisor/v1.0/…"`). */
const METHOD_LINE = /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+["'`]?((?:https?:\/\/[^/\s]+)?\/.*?)["'`]?\s*$/;
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9-]*)\s*:\s*(\S.*?)\s*$/;

export interface MethodLine {
  method: string;
  /** Path without host and query. */
  path: string;
  /** The query template as printed (`?limit={limit}`), when there is one. */
  query?: string;
}

export function isMethodLine(text: string): boolean {
  return METHOD_LINE.test(text.trim());
}

export function parseMethodLine(text: string): MethodLine | undefined {
  const m = METHOD_LINE.exec(text.trim());
  if (!m) return undefined;
  let target = m[2]!.replace(/^https?:\/\/[^/\s]+/i, "");
  let query: string | undefined;
  const q = target.indexOf("?");
  if (q >= 0) {
    query = target.slice(q);
    target = target.slice(0, q);
  }
  return { method: m[1]!.toLowerCase(), path: target.trim() || "/", ...(query ? { query } : {}) };
}

export interface HeaderLine {
  name: string;
  value: string;
  /** `tokenId` for a value written as the placeholder `{tokenId}`. */
  placeholder?: string;
}

export function parseHeaderLine(text: string): HeaderLine | undefined {
  const m = HEADER_LINE.exec(text.trim());
  if (!m) return undefined;
  const placeholder = /^\{([^{}]+)\}$/.exec(m[2]!)?.[1]?.trim();
  return { name: m[1]!, value: m[2]!, ...(placeholder ? { placeholder } : {}) };
}
