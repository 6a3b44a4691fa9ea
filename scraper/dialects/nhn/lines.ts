/**
 * The request line block of an NHN API: `METHOD /path` followed by header lines (`X-Auth-Token:
 * {tokenId}`), a fenced block in the markdown source, separate lines in a text capture.
 */

/**
 * `GET /v2.0/vpcs`, also with the target quoted (`GET "/advisor/v1.0/…"`), the method in brackets (`[GET] /v1.0/…`,
 * `[GET,POST] /…` for one path answering several) and the protocol after the target (`PUT /bucket HTTP/1.1`).
 */
const METHOD = "GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS";
const METHOD_LINE = new RegExp(`^(?:(${METHOD})|\\[\\s*((?:${METHOD})(?:\\s*,\\s*(?:${METHOD}))*)\\s*\\])\\s+["'\`]?((?:https?:\\/\\/[^/\\s]+)?\\/.*?)["'\`]?(?:\\s+HTTP\\/\\d(?:\\.\\d)?)?\\s*$`);
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9-]*)\s*:\s*(\S.*?)\s*$/;

export interface MethodLine {
  method: string;
  /** Path without host and query. */
  path: string;
  /** The query template as printed (`?limit={limit}`), when there is one. */
  query?: string;
  /** The scheme and host the line gives (`https://api-lnc.cloud.toast.com`), when it prints a full URL with a concrete host. */
  origin?: string;
  /** The further methods of a line naming several (`[GET,POST] /…`): the line is read as the first. */
  otherMethods?: string[];
}

export function isMethodLine(text: string): boolean {
  return METHOD_LINE.test(text.trim());
}

export function parseMethodLine(text: string): MethodLine | undefined {
  const m = METHOD_LINE.exec(text.trim());
  if (!m) return undefined;
  const [method, ...otherMethods] = (m[1] ?? m[2]!).split(",").map((x) => x.trim().toLowerCase());
  const printed = m[3]!;
  const host = /^https?:\/\/[^/\s]+/i.exec(printed)?.[0];
  // `{{appKey}}` (a template variable in double braces, as request tools print it) is the placeholder `{appKey}`.
  let target = (host ? printed.slice(host.length) : printed).replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, "{$1}");
  const origin = host !== undefined ? concreteOrigin(host) : undefined;
  let query: string | undefined;
  const q = target.indexOf("?");
  if (q >= 0) {
    query = target.slice(q);
    target = target.slice(0, q);
  }
  return {
    method: method!,
    path: target.trim() || "/",
    ...(query ? { query } : {}),
    ...(origin ? { origin } : {}),
    ...(otherMethods.length > 0 ? { otherMethods } : {}),
  };
}

/** `https://api.example.com` as a server URL; undefined for a host that is a placeholder (`https://{endpoint}`, `https://<host>`). */
export function concreteOrigin(url: string): string | undefined {
  const m = /^(https?):\/\/([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)(?::(\d{1,5}))?\/?$/i.exec(url.trim());
  if (!m) return undefined;
  return `${m[1]!.toLowerCase()}://${m[2]!.toLowerCase()}${m[3] ? `:${m[3]}` : ""}`;
}

export interface HeaderLine {
  name: string;
  value: string;
  /** `tokenId` for a value written as the placeholder `{tokenId}`. */
  placeholder?: string;
  /** A value written as the pattern of the values (`X-Secret-Key: [a-zA-Z0-9]{8}`): that pattern, anchored. */
  pattern?: string;
}

/** A character class with a count (`[a-zA-Z0-9]{8}`, `[0-9]+`): a header value printed as the pattern of its values. */
const VALUE_PATTERN = /^\[[^\]\s]+\](?:\{\d+(?:,\d*)?\}|[+*])$/;

function valuePattern(value: string): string | undefined {
  if (!VALUE_PATTERN.test(value)) return undefined;
  try {
    new RegExp(value, "u");
    return `^${value}$`;
  } catch {
    return undefined;
  }
}

/** `tokenId` for a value written as the placeholder `{tokenId}`; undefined for any other value. */
export function placeholderName(value: string): string | undefined {
  return /^\{([^{}]+)\}$/.exec(value.trim())?.[1]?.trim();
}

export function parseHeaderLine(text: string): HeaderLine | undefined {
  const m = HEADER_LINE.exec(text.trim());
  if (!m) return undefined;
  const placeholder = placeholderName(m[2]!);
  const pattern = placeholder ? undefined : valuePattern(m[2]!);
  return { name: m[1]!, value: m[2]!, ...(placeholder ? { placeholder } : {}), ...(pattern ? { pattern } : {}) };
}

/** The JSON body of an HTTP response printed whole (status line, header lines, a blank line, the body); undefined for any other text. */
/**
 * An HTTP response printed without a body (`HTTP/1.1 200 OK` then header lines only, `ETag: String`): its status code
 * and the header lines. Undefined for any other text.
 */
export function httpStatusOnly(text: string): { code: string; headers: string[] } | undefined {
  const lines = text
    .trim()
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const status = /^HTTP\/\d(?:\.\d)?\s+([1-5]\d{2})\b/.exec(lines[0] ?? "");
  if (!status || !lines.slice(1).every((l) => HEADER_LINE.test(l))) return undefined;
  return { code: status[1]!, headers: lines.slice(1) };
}

export function httpResponseBody(text: string): unknown {
  const m = /^HTTP\/\d(?:\.\d)?\s+\d{3}\b[^\n]*\n(?:[A-Za-z][A-Za-z0-9-]*\s*:[^\n]*\n)*\s*\n([[{][\s\S]*)$/.exec(text.trim());
  if (!m) return undefined;
  try {
    return JSON.parse(m[1]!) as unknown;
  } catch {
    return undefined;
  }
}
