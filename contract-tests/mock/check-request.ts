/**
 * What the mock checks of a request before answering, in Prism's order: the documented security (credentials
 * present), then path, query, header and cookie parameters (coerced from text, then validated), then the body
 * (content type documented, JSON, valid against the documented schema). Every problem names where it is and
 * the documentation line that says otherwise; undocumented query parameters are warnings.
 */
import type { Diagnostic } from "../../core/diagnostics.js";
import type { CompiledSpec, OperationEntry } from "../validate/compile.js";
import { explainErrors } from "../validate/explain.js";
import { essence, matchMediaType } from "../spec/media-types.js";
import { childPointer, tokensOf } from "../../core/json-pointer.js";
import { createParameterChecker } from "./check-parameters.js";
import { docLine, type RequestProblem } from "./request-problem.js";
import { checkSecurity, readSecurity, type SecurityRequirements } from "./security.js";

export interface CheckedRequest {
  method: string;
  url: string;
  headers: Record<string, string | undefined>;
  body?: string;
  /** Path parameters when the caller routed already. */
  pathParams?: Record<string, string>;
}

export interface RequestChecker {
  security(entry: OperationEntry): SecurityRequirements;
  check(entry: OperationEntry, request: CheckedRequest): RequestProblem[];
}

export function createRequestChecker(compiled: CompiledSpec, diagnostics: Diagnostic[]): RequestChecker {
  const security = new Map(compiled.operations.map((e) => [e, readSecurity(compiled.spec.document, e.operation, diagnostics, compiled.spec.path)]));
  const parameters = createParameterChecker(compiled);
  return {
    security: (entry) => security.get(entry) ?? [],
    check(entry, request) {
      const url = new URL(request.url, "http://host.invalid");
      const cookies = parseCookies(request.headers["cookie"]);
      const requirements = security.get(entry) ?? [];
      const documentedAt = entry.operation.source ? docLine(entry.operation.source) : undefined;
      const problems = checkSecurity(requirements, { headers: request.headers, query: url.searchParams, cookies }, documentedAt);
      const credentialQuery = new Set(
        requirements
          .flat()
          .filter((c) => c.in === "query")
          .map((c) => c.name),
      );
      const path = request.pathParams ?? routeParams(compiled, entry, request);
      problems.push(...parameters.check(entry, { path, query: url.searchParams, headers: request.headers, cookies }, credentialQuery));
      problems.push(...checkBody(compiled, entry, request.headers["content-type"], request.body));
      return problems;
    },
  };
}

function checkBody(compiled: CompiledSpec, entry: OperationEntry, contentType: string | undefined, body: string | undefined): RequestProblem[] {
  const request = entry.request;
  if (!request) return [];
  const documentedAt = entry.operation.source ? { documentedAt: docLine(entry.operation.source) } : {};
  const pointer = childPointer(entry.operation.pointer, "requestBody");
  if (body === undefined || body === "") {
    return request.required ? [{ location: ["body"], code: "required", severity: "error", message: "the request body is required", pointer, ...documentedAt }] : [];
  }
  const documented = request.media.map((m) => m.contentType);
  const key = matchMediaType(documented, essence(contentType));
  const media = request.media.find((m) => m.contentType === key);
  if (!media) {
    const given = essence(contentType) || "(none)";
    return [
      {
        location: ["header", "Content-Type"],
        code: "content-type",
        severity: "error",
        message: `content type ${given} is not documented for the request body (documented: ${documented.join(", ")})`,
        pointer,
        ...documentedAt,
      },
    ];
  }
  if (!media.json || !media.validate) return [];
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    return [{ location: ["body"], code: "parse", severity: "error", message: `the ${media.contentType} body is not JSON: ${(e as Error).message}`, pointer, ...documentedAt }];
  }
  if (media.validate(value)) return [];
  return explainErrors(media.validate.errors, compiled.bundle)
    .filter((v) => v.severity === "error")
    .map((v) => ({
      location: ["body", ...tokensOf(`#${v.instancePath}`)],
      code: v.keyword,
      severity: "error" as const,
      message: `body${v.instancePath}: ${v.message}`,
      pointer: v.schemaPointer ?? childPointer(media.media.pointer, "schema"),
      ...(v.source ? { documentedAt: docLine(v.source) } : documentedAt),
    }));
}

function routeParams(compiled: CompiledSpec, entry: OperationEntry, request: CheckedRequest): Record<string, string> {
  const route = compiled.router.matchUrl(request.method, request.url);
  return route.kind === "operation" && route.operation === entry.operation ? route.params : {};
}

function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}
