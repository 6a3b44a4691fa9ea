/**
 * "POST /v2/{project_id}/backups" and example lines such as
 * "GET https://{ECS Endpoint}/v2.1/bbf…/os-keypairs/keypair-test": method, path (scheme and host
 * removed, query kept) and the host as printed.
 */
import type { Position } from "../../document/model.js";
import type { HuaweiLabels } from "./labels.js";
import { matchTemplate } from "./labels.js";

export interface RequestLine {
  method: string;
  /** Path with any query string, scheme and host removed: `/v2/{project_id}/backups?limit={limit}`. */
  target: string;
  /** The host as printed in an example (`{ECS Endpoint}`), when the line has one. */
  host?: string;
  pos: Position;
}

const REQUEST_LINE = /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s+(\S.*?)(?:\s+HTTP\/\d(?:\.\d)?)?$/i;
const HOST_THEN_PATH = /^(?:[a-z][a-z0-9+.-]*:\/\/)?((?:\{[^}]*\}|[^\s/{}])+)(\/\S*)$/i;

export function requestLine(text: string, pos: Position): RequestLine | undefined {
  const m = REQUEST_LINE.exec(text.replace(/\s+/g, " ").trim());
  if (!m) return undefined;
  let target = m[2]!.trim();
  let host: string | undefined;
  if (!target.startsWith("/")) {
    const h = HOST_THEN_PATH.exec(target);
    if (!h) return undefined;
    host = h[1]!;
    target = h[2]!;
  }
  if (/\s/.test(target)) return undefined;
  return { method: m[1]!.toLowerCase(), target, ...(host ? { host } : {}), pos };
}

/** "PATH: /v1/{project_id}/rds" or "Method: DELETE": one half of a URI printed as two labelled lines. */
export function labelledUriPart(text: string, labels: HuaweiLabels): { path: string } | { method: string } | undefined {
  const path = matchTemplate(text, labels.uriPath, "path", labels);
  if (path !== undefined && /^\/\S*$/.test(path)) return { path };
  const method = matchTemplate(text, labels.uriMethod, "method", labels);
  if (method !== undefined && /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)$/i.test(method)) return { method: method.toUpperCase() };
  return undefined;
}
