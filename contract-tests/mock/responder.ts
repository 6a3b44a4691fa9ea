/**
 * The mock's answer to one request, independent of any server: route by method and path template, check the
 * request as Prism does (documented credentials present; path, query, header and cookie parameters and the body
 * valid) and refuse it with a located RFC 7807 problem (401, 415, 422/400 — documented ones where the operation
 * has them, else Prism's, marked undocumented), else pick the status (`Prefer: code=`, else the first documented
 * success) and serve the prepared body, a named example or a generated one. Undocumented paths get 404 and
 * undocumented methods 405, each listing what the spec documents. `lenient` answers without checking. Shared by
 * the node:http server, the msw handlers and in-process fetch.
 */
import type { Diagnostic } from "../../core/diagnostics.js";
import type { CompiledSpec, OperationEntry } from "../validate/compile.js";
import { answer } from "./answer.js";
import { createRequestChecker } from "./check-request.js";
import { parsePrefer } from "./prefer.js";
import { prepareResponses, type PrepareOptions, type PreparedOperation } from "./prepare-responses.js";
import { problemResponse, refusalStatus, VIOLATIONS_HEADER, violationsHeader } from "./problem.js";
import { refusalKind, type RefusalKind, type RequestProblem } from "./request-problem.js";
import { challenge, type SecurityRequirements } from "./security.js";

export interface ResponderOptions extends PrepareOptions {
  /** Answer every routed request without checking it (`mock --lenient`). */
  lenient?: boolean;
  /** Seed of `Prefer: dynamic=true` bodies (default 1). */
  seed?: number;
}

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

export function createResponder(compiled: CompiledSpec, options: ResponderOptions = {}): Responder {
  const diagnostics: Diagnostic[] = [];
  const prepared = prepareResponses(compiled, diagnostics, options);
  const checker = options.lenient ? undefined : createRequestChecker(compiled, diagnostics);
  const context = { compiled, seed: options.seed ?? 1 };
  const index = compiled.operations.map((e) => `${e.operation.method.toUpperCase()} ${e.operation.path}`);

  const respondRouted = (entry: OperationEntry, request: MockRequest, pathParams?: Record<string, string>): MockResponse => {
    const problems = checker ? checker.check(entry, { ...request, ...(pathParams ? { pathParams } : {}) }) : [];
    const kind = refusalKind(problems);
    if (kind) return refuse(prepared.get(entry)!, kind, problems, compiled, checker!.security(entry));
    const answered = answer(prepared.get(entry)!, parsePrefer(request.headers["prefer"]), context);
    if (problems.length === 0) return answered;
    return { ...answered, headers: { ...answered.headers, [VIOLATIONS_HEADER]: violationsHeader(problems) } };
  };

  return {
    compiled,
    diagnostics,
    respondTo: (entry, request) => respondRouted(entry, request),
    respond(request) {
      const route = compiled.router.matchUrl(request.method, request.url);
      if (route.kind === "operation") return respondRouted(compiled.byOperation.get(route.operation)!, request, route.params);
      const undocumentedReason = "no documented operation matches the request, so there is no documented status to answer with; the mock answers as Prism does";
      if (route.kind === "method-not-allowed") {
        const allowed = route.allowed.map((m) => m.toUpperCase());
        return problemResponse({
          status: 405,
          code: "method-not-allowed",
          title: "Method not documented",
          detail: `${request.method.toUpperCase()} is not documented for ${route.template} in ${compiled.spec.id}`,
          extra: { spec: compiled.spec.id, allowed },
          undocumentedReason,
          headers: { allow: allowed.join(", ") },
        });
      }
      return problemResponse({
        status: 404,
        code: "not-found",
        title: "No documented operation",
        detail: `no documented operation matches ${request.method.toUpperCase()} ${route.pathname} in ${compiled.spec.id}`,
        extra: { spec: compiled.spec.id, hint: "paths are relative to the server root; parameters are written {name} below", operations: index },
        undocumentedReason,
      });
    },
  };
}

const TITLES: Readonly<Record<RefusalKind, { code: string; title: string }>> = {
  security: { code: "unauthorized", title: "Credentials missing" },
  "content-type": { code: "unsupported-media-type", title: "Content type not documented" },
  validation: { code: "invalid-request", title: "Invalid request" },
};

/** A refused request: a documented status where the operation has one, with the problem body (or its documented body). */
function refuse(op: PreparedOperation, kind: RefusalKind, problems: RequestProblem[], compiled: CompiledSpec, security: SecurityRequirements): MockResponse {
  const { entry } = op;
  const { status, documentedKey } = refusalStatus(entry, kind);
  const { code, title } = TITLES[kind];
  const errors = problems.filter((p) => p.severity === "error");
  const operation = `${entry.operation.operationId} (${entry.operation.method.toUpperCase()} ${entry.operation.path})`;
  const headers: Record<string, string> = { [VIOLATIONS_HEADER]: violationsHeader(problems) };
  if (kind === "security") headers["www-authenticate"] = challenge(security, compiled.spec.id);
  // A documented refusal that documents its own body is answered with that body, as Prism does.
  const documentedBody = documentedKey ? op.byKey.get(documentedKey) : undefined;
  if (documentedBody?.body !== undefined && !/problem\+json/.test(documentedBody.contentType ?? "")) {
    return { status, headers: { ...documentedBody.headers, ...headers, "x-mock-error": code }, body: documentedBody.body };
  }
  return problemResponse({
    status,
    code,
    title,
    detail: `${operation} in ${compiled.spec.id}: ${kind === "security" ? `credentials missing: ${errors.map((p) => p.location.at(-1)).join(", ")}` : errors.map((p) => p.message).join("; ")}`,
    extra: { spec: compiled.spec.id, operation: entry.operation.operationId, documentedStatus: documentedKey ?? null, validation: problems },
    ...(documentedKey
      ? {}
      : {
          undocumentedReason: `${entry.operation.operationId} documents no ${kind === "security" ? "401" : kind === "content-type" ? "415, 422 or 400" : "422 or 400"} response (nor a 4XX range or default); ${status} is the status Prism answers`,
        }),
    headers,
  });
}
