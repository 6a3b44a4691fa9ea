/**
 * The operations of one OpenAPI 3.1 document, read once into plain records: what validators, mocks, the
 * contract suite and drift triage need (OpenAPI 3.1 §4.8.10 Operation Object, §4.8.16–17 Responses).
 */
import type { SourceLocation } from "../../core/diagnostics.js";
import { childPointer, pointerOf } from "../../core/json-pointer.js";

import { HTTP_METHODS, type HttpMethod } from "../../core/http-methods.js";

export { HTTP_METHODS, type HttpMethod };

/** Methods that change nothing on the server: the only ones live mode calls without --allow-mutating. */
export const READ_ONLY_METHODS: ReadonlySet<HttpMethod> = new Set(["get", "head", "options"]);

type Obj = Record<string, unknown>;

export interface MediaTypeInfo {
  contentType: string;
  /** Pointer to the Media Type Object. */
  pointer: string;
  schema?: Obj;
  /** Present (possibly `null`) when the media type has an `example`. */
  example?: { value: unknown };
  /** Named `examples` (`{ name: { value } }`). */
  examples: Array<{ name: string; value: unknown }>;
  /** The page's example when it breaks its own schema: kept out of `example` by the scrape, under `x-doc-example` beside `x-doc-bug`. */
  docExample?: { value: unknown };
}

export interface ParameterInfo {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  pointer: string;
  schema?: Obj;
  example?: { value: unknown };
  source?: SourceLocation;
}

export interface ResponseInfo {
  /** `200`, `2XX` or `default` as written in the spec. */
  key: string;
  pointer: string;
  description?: string;
  content: MediaTypeInfo[];
}

export interface OperationInfo {
  operationId: string;
  method: HttpMethod;
  /** The path template, `/v1/backups/{backup_id}`. */
  path: string;
  /** Pointer to the Operation Object. */
  pointer: string;
  parameters: ParameterInfo[];
  requestBody?: { required: boolean; pointer: string; content: MediaTypeInfo[] };
  responses: ResponseInfo[];
  source?: SourceLocation;
  deprecated: boolean;
}

const obj = (v: unknown): Obj => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});

export function sourceOf(node: unknown): SourceLocation | undefined {
  const s = obj(obj(node)["x-source"]);
  return typeof s.page === "string" && typeof s.line === "number" ? { page: s.page, line: s.line } : undefined;
}

/** Every operation in document order (paths, then methods in HTTP_METHODS order). */
export function readOperations(document: Obj): OperationInfo[] {
  const out: OperationInfo[] = [];
  const paths = obj(document.paths);
  for (const path of Object.keys(paths)) {
    const item = obj(paths[path]);
    const itemPointer = pointerOf(["paths", path]);
    for (const method of HTTP_METHODS) {
      if (!(method in item)) continue;
      const op = obj(item[method]);
      const pointer = childPointer(itemPointer, method);
      const shared = readParameters(item.parameters, childPointer(itemPointer, "parameters"));
      const own = readParameters(op.parameters, childPointer(pointer, "parameters"));
      const parameters = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      const body = obj(op.requestBody);
      const source = sourceOf(op);
      out.push({
        operationId: typeof op.operationId === "string" ? op.operationId : `${method}${path}`,
        method,
        path,
        pointer,
        parameters,
        ...(op.requestBody !== undefined
          ? { requestBody: { required: body.required === true, pointer: childPointer(pointer, "requestBody"), content: readContent(body.content, childPointer(pointer, "requestBody", "content")) } }
          : {}),
        responses: Object.entries(obj(op.responses)).map(([key, r]) => ({
          key,
          pointer: childPointer(pointer, "responses", key),
          ...(typeof obj(r).description === "string" ? { description: obj(r).description as string } : {}),
          content: readContent(obj(r).content, childPointer(pointer, "responses", key, "content")),
        })),
        ...(source ? { source } : {}),
        deprecated: op.deprecated === true,
      });
    }
  }
  return out;
}

function readParameters(value: unknown, pointer: string): ParameterInfo[] {
  if (!Array.isArray(value)) return [];
  return value.map((raw, i) => {
    const p = obj(raw);
    const where = p.in === "path" || p.in === "header" || p.in === "cookie" ? p.in : "query";
    const source = sourceOf(p);
    return {
      name: String(p.name ?? ""),
      in: where,
      required: where === "path" || p.required === true,
      pointer: childPointer(pointer, String(i)),
      ...(p.schema !== undefined ? { schema: obj(p.schema) } : {}),
      ...("example" in p ? { example: { value: p.example } } : {}),
      ...(source ? { source } : {}),
    };
  });
}

function readContent(value: unknown, pointer: string): MediaTypeInfo[] {
  return Object.entries(obj(value)).map(([contentType, raw]) => {
    const m = obj(raw);
    return {
      contentType,
      pointer: childPointer(pointer, contentType),
      ...(m.schema !== undefined ? { schema: obj(m.schema) } : {}),
      ...("example" in m ? { example: { value: m.example } } : {}),
      examples: Object.entries(obj(m.examples)).flatMap(([name, e]) => ("value" in obj(e) ? [{ name, value: obj(e).value }] : [])),
      ...("x-doc-example" in m ? { docExample: { value: m["x-doc-example"] } } : {}),
    };
  });
}
