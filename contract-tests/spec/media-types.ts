/** Matching a Content-Type header against documented media types (OpenAPI 3.1 §4.8.14, RFC 9110 §8.3). */

/** `Application/JSON; charset=utf-8` → `application/json`. */
export function essence(contentType: string | undefined | null): string {
  if (!contentType) return "";
  const semi = contentType.indexOf(";");
  return (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
}

export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === "application/json" || mediaType.endsWith("+json");
}

/**
 * The documented media type an actual one falls under: exact, else `type/*`, else `*\/*`. `documented` holds the
 * keys as written in the spec; the returned value is one of them.
 */
export function matchMediaType(documented: readonly string[], actual: string): string | undefined {
  const a = essence(actual);
  let typeWildcard: string | undefined;
  let anyWildcard: string | undefined;
  for (const key of documented) {
    const d = essence(key);
    if (d === a) return key;
    if (d === "*/*") anyWildcard ??= key;
    else if (d.endsWith("/*") && a.startsWith(d.slice(0, -1))) typeWildcard ??= key;
  }
  return typeWildcard ?? anyWildcard;
}
