/**
 * The mock's answer to one request, independent of any server: route by method and path template, check the
 * request, pick the documented status (`Prefer: code=404`, else the first documented success) and serve the
 * prepared body. Undocumented paths get 404 and undocumented methods 405, each with a JSON body listing what
 * the spec documents. Shared by the node:http server, the msw handlers and in-process fetch.
 */
import type { Diagnostic } from "../../core/diagnostics.js";
import type { CompiledSpec, OperationEntry } from "../validate/compile.js";
import { checkRequest } from "./check-request.js";
import { prepareResponses, type PrepareOptions, type PreparedOperation } from "./prepare-responses.js";

export interface MockRequest {
  method: string;
  /** Absolute URL (`http://127.0.0.1:4010/v1/backups?size=2`). */
  url: string;
  /** Lower-case names. */
  headers: Record<string, string | undefined>;
  body?: string;
}

export interface MockResponse {
  status: number;
  /** Shared between answers for prepared bodies: read, do not change. */
  headers: Record<string, string>;
  body?: string;
  /** The body as UTF-8, when the responder has it already. */
  bytes?: Buffer;
}

export interface Responder {
  compiled: CompiledSpec;
  /** Problems met while preparing bodies (warnings). */
  diagnostics: Diagnostic[];
  respond(request: MockRequest): MockResponse;
  /** Answers for an operation already routed (msw handlers route themselves). */
  respondTo(entry: OperationEntry, request: MockRequest): MockResponse;
}

export function createResponder(compiled: CompiledSpec, options: PrepareOptions = {}): Responder {
  const diagnostics: Diagnostic[] = [];
  const prepared = prepareResponses(compiled, diagnostics, options);
  const index = compiled.operations.map((e) => `${e.operation.method.toUpperCase()} ${e.operation.path}`);

  const respondTo = (entry: OperationEntry, request: MockRequest): MockResponse => {
    const problems = checkRequest(compiled, entry, request.url, request.headers["content-type"], request.body);
    if (problems.length > 0) {
      return json(400, { error: "invalid-request", message: `the request does not match ${entry.operation.operationId} in ${compiled.spec.id}`, problems }, "invalid-request");
    }
    return answer(prepared.get(entry)!, request.headers["prefer"], compiled.spec.id);
  };

  return {
    compiled,
    diagnostics,
    respondTo,
    respond(request) {
      const route = compiled.router.matchUrl(request.method, request.url);
      if (route.kind === "operation") return respondTo(compiled.byOperation.get(route.operation)!, request);
      if (route.kind === "method-not-allowed") {
        const allowed = route.allowed.map((m) => m.toUpperCase());
        const response = json(405, { error: "method-not-allowed", message: `${request.method.toUpperCase()} is not documented for ${route.template} in ${compiled.spec.id}`, allowed }, "method-not-allowed");
        response.headers["allow"] = allowed.join(", ");
        return response;
      }
      return json(404, {
        error: "not-found",
        message: `no documented operation matches ${request.method.toUpperCase()} ${route.pathname} in ${compiled.spec.id}`,
        spec: compiled.spec.id,
        hint: "paths are relative to the server root; parameters are written {name} below",
        operations: index,
      }, "not-found");
    },
  };
}

/** `Prefer: code=404` (as Prism reads it); an undocumented code is answered 400 with the documented ones. */
function answer(op: PreparedOperation, prefer: string | undefined, specId: string): MockResponse {
  let key = op.defaultKey;
  const code = prefer ? /(?:^|[,;\s])code=(\w+)/i.exec(prefer)?.[1] : undefined;
  if (code) {
    const wanted = op.entry.statusKeys.find((k) => k.toLowerCase() === code.toLowerCase()) ?? op.entry.statusKeys.find((k) => /^[1-5]xx$/i.test(k) && k[0] === code[0] && /^\d{3}$/.test(code));
    if (!wanted) {
      return json(400, { error: "undocumented-status", message: `${op.entry.operation.operationId} in ${specId} documents no status ${code}`, documented: op.entry.statusKeys }, "undocumented-status");
    }
    key = wanted;
  }
  const r = op.byKey.get(key)!;
  const status = code && /^\d{3}$/.test(code) ? Number(code) : r.status;
  const bodyless = status === 204 || status === 304;
  if (r.body === undefined || bodyless) return { status, headers: r.body === undefined ? r.headers : { "x-mock-origin": r.origin, "content-length": "0" } };
  return { status, headers: r.headers, body: r.body, ...(r.bytes ? { bytes: r.bytes } : {}) };
}

function json(status: number, body: unknown, error: string): MockResponse {
  return { status, headers: { "content-type": "application/json", "x-mock-error": error }, body: JSON.stringify(body) };
}
