/**
 * checkExchange: is this response what the spec documents for this request? Routes the request to its
 * operation (method + path template), then checks the status (exact, range, default), the content type and
 * the body against the compiled validator. Every problem is a Diagnostic with its drift kind and a
 * suggested spec patch; a conforming exchange allocates no diagnostics.
 */
import type { Diagnostic, SourceLocation } from "../../core/diagnostics.js";
import { contractRuleId, DRIFT_CATALOGUE, type DriftKind } from "../drift/catalogue.js";
import { patchForContentType, patchForMissingBody, patchForOperation, patchForStatus, patchForViolation, type PatchOperation } from "../drift/suggest-patch.js";
import { essence, matchMediaType } from "../spec/media-types.js";
import type { OperationInfo } from "../spec/operations.js";
import { lookupStatus } from "../spec/statuses.js";
import type { CompiledSpec, OperationEntry } from "./compile.js";
import type { Exchange } from "./exchange.js";
import { explainErrors } from "./explain.js";

export interface ExchangeResult {
  /** No error-severity diagnostic. */
  ok: boolean;
  operation?: OperationInfo;
  /** The documented status key the response fell under (`200`, `2XX`, `default`). */
  statusKey?: string;
  diagnostics: Diagnostic[];
}

/** Shared by every conforming result; frozen so a caller cannot add to it. */
const NONE = Object.freeze([]) as unknown as Diagnostic[];

export function checkExchange(compiled: CompiledSpec, exchange: Exchange): ExchangeResult {
  const route = compiled.router.matchUrl(exchange.request.method, exchange.request.url);
  if (route.kind !== "operation") {
    const { status } = exchange.response;
    const contentType = essence(exchange.response.headers?.["content-type"]);
    const body = parseBody(exchange).value;
    const template = route.kind === "method-not-allowed" ? route.template : compiled.router.suggestTemplate(route.pathname);
    const method = exchange.request.method.toUpperCase();
    const d = diagnostic(
      compiled,
      "undocumented-operation",
      `${method} ${route.pathname}: no documented operation${route.kind === "method-not-allowed" ? ` (the path ${template} documents ${route.allowed.map((m) => m.toUpperCase()).join(", ")})` : ""}`,
      undefined,
      {
        method,
        path: route.pathname,
        status,
        ...(exchange.origin ? { origin: exchange.origin } : {}),
        patch: patchForOperation(compiled.spec.document, method, route.pathname, template, status, contentType, body),
      },
    );
    return { ok: false, diagnostics: [d] };
  }
  return checkResponse(compiled, compiled.byOperation.get(route.operation)!, exchange);
}

/** Checks a response for a known operation (the suite knows which one it called). */
export function checkResponse(compiled: CompiledSpec, entry: OperationEntry, exchange: Exchange): ExchangeResult {
  const { operation } = entry;
  const { status, headers, json, body } = exchange.response;
  const found = lookupStatus(entry.statuses, status);
  if (!found) {
    const d = failure(compiled, entry, exchange, "undocumented-status", `status ${status} is not documented (documented: ${entry.statusKeys.join(", ")})`, {
      patch: patchForStatus(operation, status, essence(headers?.["content-type"]), parseBody(exchange).value),
    });
    return { ok: false, operation, diagnostics: [d] };
  }
  const statusKey = found.response.key;
  if (found.media.length === 0) return { ok: true, operation, statusKey, diagnostics: NONE };
  if (json === undefined && (body === undefined || body === "")) {
    const d = failure(compiled, entry, exchange, "missing-body", `the documented ${found.contentTypes.join(" or ")} body is missing`, {
      statusKey,
      patch: patchForMissingBody(compiled.spec.document, found.response.pointer),
    });
    return { ok: false, operation, statusKey, diagnostics: [d] };
  }
  const rawType = headers?.["content-type"];
  const only = found.media.length === 1 ? found.media[0]! : undefined;
  // Fast path: the header is exactly the one documented media type (`application/json`).
  const contentType = only && rawType === only.contentType ? only.essence : essence(rawType);
  const media = only && only.essence === contentType ? only : found.media.find((m) => m.contentType === matchMediaType(found.contentTypes, contentType));
  if (!media) {
    const d = failure(compiled, entry, exchange, "undocumented-content-type", `content type "${contentType || "(none)"}" is not documented (documented: ${found.contentTypes.join(", ")})`, {
      statusKey,
      contentType,
      patch: patchForContentType(found.response.pointer, contentType, found.media[0]?.media.schema),
    });
    return { ok: false, operation, statusKey, diagnostics: [d] };
  }
  if (!media.json || !media.validate) return { ok: true, operation, statusKey, diagnostics: NONE };
  let value = json;
  if (value === undefined) {
    const parsed = parseBody(exchange);
    if (parsed.error) {
      const d = failure(compiled, entry, exchange, "unparseable-body", `the ${media.contentType} body does not parse: ${parsed.error}`, { statusKey, contentType: media.contentType, patch: [] });
      return { ok: false, operation, statusKey, diagnostics: [d] };
    }
    value = parsed.value;
  }
  if (media.validate(value)) return { ok: true, operation, statusKey, diagnostics: NONE };
  const diagnostics = explainErrors(media.validate.errors, compiled.bundle).map((v) =>
    failure(
      compiled,
      entry,
      exchange,
      v.kind,
      `${v.instancePath || "(body)"}: ${v.message}`,
      {
        statusKey,
        contentType: media.contentType,
        instancePath: v.instancePath,
        schemaPath: v.schemaPath,
        keyword: v.keyword,
        params: v.params,
        ...(v.schemaPointer ? { schemaPointer: v.schemaPointer } : {}),
        ...(v.sourcePointer ? { sourcePointer: v.sourcePointer } : {}),
        patch: patchForViolation(compiled.spec.document, v),
      },
      v.severity,
      v.source,
    ),
  );
  return { ok: !diagnostics.some((d) => d.severity === "error"), operation, statusKey, diagnostics };
}

/** A failure of a known operation's response (built only when there is one: the success path allocates nothing). */
function failure(
  compiled: CompiledSpec,
  entry: OperationEntry,
  exchange: Exchange,
  kind: DriftKind,
  message: string,
  data: Record<string, unknown> & { patch: PatchOperation[] },
  severity = DRIFT_CATALOGUE[kind].severity,
  source: SourceLocation | undefined = entry.operation.source,
): Diagnostic {
  const { operation } = entry;
  const { status } = exchange.response;
  const label = `${operation.operationId} (${operation.method.toUpperCase()} ${operation.path}) → ${status}`;
  return diagnostic(
    compiled,
    kind,
    `${label}: ${message}`,
    source,
    {
      operationId: operation.operationId,
      method: operation.method.toUpperCase(),
      path: operation.path,
      status,
      ...(exchange.origin ? { origin: exchange.origin } : {}),
      ...data,
    },
    severity,
  );
}

function parseBody(exchange: Exchange): { value: unknown; error?: string } {
  const { json, body } = exchange.response;
  if (json !== undefined) return { value: json };
  if (body === undefined || body === "") return { value: undefined };
  try {
    return { value: JSON.parse(body) as unknown };
  } catch (e) {
    return { value: body, error: (e as Error).message };
  }
}

function diagnostic(
  compiled: CompiledSpec,
  kind: DriftKind,
  message: string,
  source: SourceLocation | undefined,
  data: Record<string, unknown> & { patch: PatchOperation[] },
  severity = DRIFT_CATALOGUE[kind].severity,
): Diagnostic {
  return {
    ruleId: contractRuleId(kind),
    severity,
    message,
    at: source ?? { pointer: "#/paths", document: compiled.spec.path },
    data: { spec: compiled.spec.id, kind, ...data },
  };
}
