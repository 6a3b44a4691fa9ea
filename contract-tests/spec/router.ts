/**
 * Method + path → operation, built once per spec. Path templates become a segment trie; a literal segment
 * beats a `{parameter}` (OpenAPI 3.1 §4.8.8.2: concrete paths match before templated ones).
 */
import type { HttpMethod, OperationInfo } from "./operations.js";

interface TrieNode {
  literal: Map<string, TrieNode>;
  /** A whole-segment parameter (`{id}`). */
  param?: { name: string; node: TrieNode };
  /** Segments mixing text and parameters (`v{major}.{minor}`), tried with a regular expression. */
  mixed: Array<{ regex: RegExp; names: string[]; node: TrieNode }>;
  operations?: Map<HttpMethod, OperationInfo>;
  template?: string;
}

export type RouteMatch = (
  | { kind: "operation"; operation: OperationInfo; params: Record<string, string> }
  /** The path is documented, the method is not. */
  | { kind: "method-not-allowed"; template: string; allowed: HttpMethod[] }
  | { kind: "not-found" }
) & {
  /** The request's path as matched (with any server base path). */
  pathname: string;
};

export interface Router {
  match(method: string, pathname: string): RouteMatch;
  /** Strips a server's base path (`/api/v2`) before matching; tries each prefix, then none. */
  matchUrl(method: string, url: string | URL): RouteMatch;
  /**
   * A path template for an undocumented path, reusing the documented parameters it passes through
   * (`/v1/backups/0fdd…/labels` → `/v1/backups/{backup_id}/labels`).
   */
  suggestTemplate(pathname: string): string;
}

const newNode = (): TrieNode => ({ literal: new Map(), mixed: [] });
const LOWER: Readonly<Record<string, string>> = { GET: "get", PUT: "put", POST: "post", DELETE: "delete", OPTIONS: "options", HEAD: "head", PATCH: "patch", TRACE: "trace" };

export function createRouter(operations: readonly OperationInfo[], basePaths: readonly string[] = []): Router {
  const root = newNode();
  // Templates without parameters are also found by exact path in one lookup (they win over templated ones anyway).
  const statics = new Map<string, TrieNode>();
  for (const op of operations) {
    let node = root;
    const segments = splitPath(op.path);
    for (const segment of segments) node = child(node, segment);
    node.operations ??= new Map();
    node.operations.set(op.method, op);
    node.template = op.path;
    if (!op.path.includes("{")) statics.set(`/${segments.join("/")}`, node);
  }
  const prefixes = [...new Set(basePaths.map((p) => p.replace(/\/+$/, "")).filter((p) => p !== ""))].sort((a, b) => b.length - a.length);

  /** `path` is what the trie sees (without a base path); `pathname` is reported. */
  const match = (method: string, path: string, pathname = path): RouteMatch => {
    const params: Record<string, string> = {};
    const node = statics.get(path) ?? walk(root, path, 0, params);
    if (!node?.operations) return { kind: "not-found", pathname };
    const operation = node.operations.get((LOWER[method] ?? method.toLowerCase()) as HttpMethod);
    if (!operation) return { kind: "method-not-allowed", template: node.template ?? path, allowed: [...node.operations.keys()], pathname };
    return { kind: "operation", operation, params, pathname };
  };

  return {
    match: (method, pathname) => match(method, pathname),
    suggestTemplate(pathname) {
      let node: TrieNode | undefined = root;
      const out: string[] = [];
      for (const segment of splitPath(pathname)) {
        const literal: TrieNode | undefined = node?.literal.get(segment);
        if (literal) {
          out.push(segment);
          node = literal;
        } else if (node?.param) {
          out.push(`{${node.param.name}}`);
          node = node.param.node;
        } else {
          out.push(segment);
          node = undefined;
        }
      }
      return `/${out.join("/")}`;
    },
    matchUrl(method, url) {
      const pathname = typeof url === "string" ? pathnameOf(url) : url.pathname;
      for (const prefix of prefixes) {
        if (pathname === prefix || pathname.startsWith(`${prefix}/`)) {
          const m = match(method, pathname.slice(prefix.length) || "/", pathname);
          if (m.kind !== "not-found") return m;
        }
      }
      return match(method, pathname);
    },
  };
}

/** The path of an absolute URL or of a path with query, without parsing the whole URL (the hot path of recorded runs). */
export function pathnameOf(url: string): string {
  let start = 0;
  const scheme = url.indexOf("://");
  if (scheme > 0 && scheme < 12 && url.indexOf("/") === scheme + 1) {
    start = url.indexOf("/", scheme + 3);
    if (start < 0) return "/";
  }
  let end = url.length;
  const query = url.indexOf("?", start);
  if (query >= 0) end = query;
  const hash = url.indexOf("#", start);
  if (hash >= 0 && hash < end) end = hash;
  const path = url.slice(start, end);
  // Dot segments need the full resolver.
  return path.includes("/.") ? new URL(path, "http://host.invalid").pathname : path;
}

/** `/v1/a//b/` → `["v1", "a", "b"]` (empty segments and a trailing slash do not count). */
function splitPath(path: string): string[] {
  const parts = path.split("/");
  let n = 0;
  for (const p of parts) if (p !== "") parts[n++] = p;
  parts.length = n;
  return parts;
}

function child(node: TrieNode, segment: string): TrieNode {
  const whole = /^\{([^{}]+)\}$/.exec(segment);
  if (whole) {
    node.param ??= { name: whole[1]!, node: newNode() };
    return node.param.node;
  }
  if (segment.includes("{")) {
    const names: string[] = [];
    const source = segment.replace(/\{([^{}]+)\}|([^{]+)/g, (_m, name: string | undefined, text: string | undefined) => {
      if (name !== undefined) {
        names.push(name);
        return "([^/]+?)";
      }
      return (text ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    });
    const key = `^${source}$`;
    const existing = node.mixed.find((m) => m.regex.source === key);
    if (existing) return existing.node;
    const entry = { regex: new RegExp(key), names, node: newNode() };
    node.mixed.push(entry);
    return entry.node;
  }
  let next = node.literal.get(segment);
  if (!next) node.literal.set(segment, (next = newNode()));
  return next;
}

/**
 * Depth-first over the path's segments (read in place, no split): literal, then mixed, then parameter,
 * backtracking when a branch dead-ends. Empty segments (`//`, a trailing `/`) are skipped.
 */
function walk(node: TrieNode, path: string, from: number, params: Record<string, string>): TrieNode | undefined {
  let start = from;
  while (start < path.length && path.charCodeAt(start) === 47) start++;
  if (start >= path.length) return node.operations ? node : undefined;
  let end = path.indexOf("/", start);
  if (end < 0) end = path.length;
  const segment = path.slice(start, end);
  const literal = node.literal.get(segment);
  if (literal) {
    const found = walk(literal, path, end, params);
    if (found) return found;
  }
  for (const m of node.mixed) {
    const hit = m.regex.exec(segment);
    if (!hit) continue;
    const found = walk(m.node, path, end, params);
    if (found) {
      m.names.forEach((name, k) => (params[name] = decode(hit[k + 1] ?? "")));
      return found;
    }
  }
  if (node.param) {
    const found = walk(node.param.node, path, end, params);
    if (found) {
      params[node.param.name] = decode(segment);
      return found;
    }
  }
  return undefined;
}

function decode(segment: string): string {
  if (!segment.includes("%")) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
