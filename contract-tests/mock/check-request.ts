/** What the mock checks of a request before answering: required query parameters and the JSON body. */
import type { CompiledSpec, OperationEntry } from "../validate/compile.js";
import { explainErrors } from "../validate/explain.js";
import { essence, matchMediaType } from "../spec/media-types.js";

export interface RequestProblem {
  where: string;
  message: string;
  /** `page:line` that documents what was violated. */
  documentedAt?: string;
}

export function checkRequest(compiled: CompiledSpec, entry: OperationEntry, url: string, contentType: string | undefined, body: string | undefined): RequestProblem[] {
  const problems: RequestProblem[] = [];
  let query: URLSearchParams | undefined;
  for (const p of entry.operation.parameters) {
    if (p.in !== "query" || !p.required) continue;
    query ??= new URL(url, "http://host.invalid").searchParams;
    if (!query.has(p.name)) {
      problems.push({ where: `query ${p.name}`, message: "required query parameter is missing", ...(p.source ? { documentedAt: `${p.source.page}:${p.source.line}` } : {}) });
    }
  }
  const request = entry.request;
  if (!request) return problems;
  const empty = body === undefined || body === "";
  if (empty) {
    if (request.required) problems.push({ where: "body", message: "the request body is required" });
    return problems;
  }
  const key = matchMediaType(request.media.map((m) => m.contentType), essence(contentType));
  const media = request.media.find((m) => m.contentType === key);
  if (!media) {
    problems.push({ where: "content-type", message: `content type "${essence(contentType)}" is not documented (documented: ${request.media.map((m) => m.contentType).join(", ")})` });
    return problems;
  }
  if (!media.json || !media.validate) return problems;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    problems.push({ where: "body", message: `not JSON: ${(e as Error).message}` });
    return problems;
  }
  if (!media.validate(value)) {
    for (const v of explainErrors(media.validate.errors, compiled.bundle)) {
      if (v.severity !== "error") continue;
      problems.push({ where: `body${v.instancePath}`, message: v.message, ...(v.source ? { documentedAt: `${v.source.page}:${v.source.line}` } : {}) });
    }
  }
  return problems;
}
