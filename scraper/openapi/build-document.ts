/**
 * API model → one OpenAPI 3.1 document per (service, API version): exactly the operations documented
 * for that version, the component schemas they reach, `x-source` on every operation and schema.
 */
import { splitRepeatedParameters } from "../parameter-repeats.js";
import { HTTP_METHODS } from "../../core/http-methods.js";
import type { ApiOperation, ApiParameter, ApiResponse, ApiService, JsonSchema } from "../api-model.js";
import type { DiagnosticSink } from "../../core/diagnostics.js";
import type { Position } from "../document/model.js";
import type { UnreadPiece } from "../api-model.js";
import { documentUnread, unreadDuring, xUnread } from "../unread.js";

export type OpenApiDocument = Record<string, unknown>;

const METHOD_ORDER: readonly string[] = HTTP_METHODS;

export interface PageRef {
  page: string;
  url?: string;
}

export function specPath(service: ApiService, version: string): string {
  return `${service.vendor}/${service.id}/${version}.yaml`;
}

export function versionsOf(service: ApiService): string[] {
  const seen = new Set<string>();
  for (const op of service.operations) seen.add(op.apiVersion);
  // A version listed twice (a repeated table row) is one spec, not two files at the same path.
  const listed = [...new Set(service.versions.map((v) => v.version))];
  return listed.filter((v) => seen.has(v)).concat([...seen].filter((v) => !listed.includes(v)));
}

export function buildOpenApiDocument(service: ApiService, version: string, sink: DiagnosticSink, pages: readonly PageRef[] = []): OpenApiDocument {
  const operations = service.operations.filter((op) => op.apiVersion === version);
  const versionRow = service.versions.find((v) => v.version === version);
  const info: Record<string, unknown> = {
    title: `${service.title} API`,
    version,
    ...(service.description ? { description: service.description } : {}),
    "x-vendor": service.vendor,
    "x-service-id": service.id,
    ...(versionRow?.status ? { "x-api-status": versionRow.status } : {}),
    ...(versionRow?.notBefore ? { "x-not-before": versionRow.notBefore } : {}),
    "x-api-versions": service.versions.map((v) => ({ version: v.version, ...(v.status ? { status: v.status } : {}), ...(v.notBefore ? { notBefore: v.notBefore } : {}) })),
    ...(service.versionHeader ? { "x-version-header": { name: service.versionHeader.name, value: service.versionHeader.valueTemplate.replace("{version}", version) } } : {}),
    "x-pages": service.pages.map((p) => pages.find((r) => r.page === p) ?? { page: p }),
    "x-source": xSource(service.source),
  };

  const versionHeader = service.versionHeader ? versionHeaderParameter(service.versionHeader.name, service.versionHeader.valueTemplate.replace("{version}", version), service.source) : undefined;
  // An operation left out here (documented twice, or under a taken id) is named in the document's x-unread.
  const { value: paths, unread: leftOut } = unreadDuring(sink, () => operationItems(operations, version, sink, versionHeader));

  const schemas: Record<string, unknown> = {};
  for (const name of reachableSchemas(paths, service)) {
    const named = service.schemas.get(name);
    // A schema the pages name but do not define (the dialect reported it, and the operations using it carry it in
    // x-unread): an open schema under its name, so that every `$ref` of the document resolves. Nothing is made up.
    schemas[name] = named
      ? { ...named.schema, ...(named.inferred ? { "x-inferred": true } : {}), "x-source": xSource(named.source) }
      : { description: `${name} is named on the pages read but not defined there; any value is accepted until it is.`, "x-undefined": true };
  }
  const securitySchemes: Record<string, unknown> = {};
  for (const s of service.securitySchemes) securitySchemes[s.name] = s.scheme;

  const unread = documentUnread(service, version, new Set(Object.keys(schemas)), leftOut);
  return {
    openapi: "3.1.0",
    info,
    ...(unread.length > 0 ? { "x-unread": unread } : {}),
    ...(service.servers.length > 0 ? { servers: service.servers.map(({ source: _source, ...s }) => s) } : {}),
    ...(service.security.length > 0 ? { security: service.security.map((names) => Object.fromEntries(names.map((n) => [n, []]))) } : {}),
    tags: [...new Set(operations.flatMap((o) => o.tags))].map((name) => ({ name })),
    paths: Object.fromEntries(
      Object.keys(paths)
        .sort()
        .map((p) => [p, paths[p]]),
    ),
    components: {
      ...(Object.keys(schemas).length > 0 ? { schemas } : {}),
      ...(Object.keys(securitySchemes).length > 0 ? { securitySchemes } : {}),
    },
  };
}

function operationItems(operations: readonly ApiOperation[], version: string, sink: DiagnosticSink, versionHeader?: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = {};
  const operationIds = new Map<string, ApiOperation>();
  for (const op of [...operations].sort(compareOperations)) {
    const item = (paths[op.path] ??= {});
    if (item[op.method]) {
      sink.error("spec-duplicate-operation", `${op.method.toUpperCase()} ${op.path} is documented twice for version ${version}`, op.source);
      continue;
    }
    const clash = operationIds.get(op.operationId);
    if (clash) {
      sink.error("spec-operation-id-collision", `operationId ${op.operationId} is used by ${clash.method.toUpperCase()} ${clash.path} and ${op.method.toUpperCase()} ${op.path}`, op.source);
      continue;
    }
    operationIds.set(op.operationId, op);
    item[op.method] = operationObject(withoutRepeatedParameters(op, sink), versionHeader);
  }
  return paths;
}

/**
 * OpenAPI allows one parameter per name and location (header names case-insensitively): a dialect that read one twice
 * keeps the first, and the repeat is reported at its line. Dialects dedupe what they can tell apart; this is the guard.
 */
function withoutRepeatedParameters(op: ApiOperation, sink: DiagnosticSink): ApiOperation {
  const { kept, repeats } = splitRepeatedParameters(op.parameters);
  for (const { repeat: p } of repeats) {
    sink.warn("spec-duplicate-parameter", `${op.method.toUpperCase()} ${op.path}: ${p.in} parameter ${JSON.stringify(p.name)} is given twice; the first is kept`, p.source);
  }
  return repeats.length === 0 ? op : { ...op, parameters: kept };
}

function compareOperations(a: ApiOperation, b: ApiOperation): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method);
}

function xSource(pos: Position): Record<string, unknown> {
  return { page: pos.page, line: pos.line };
}

/**
 * The version header as every OpenAPI tool sees it: a required header parameter whose only value is this
 * version's (`Scp-Api-Version: backup 1.2`), so other generators' clients send it too. Marked
 * `x-cloudspec-version-header`: cloudspec's own clients set it themselves, and the diff judges it once
 * (info.x-version-header), not on every operation.
 */
function versionHeaderParameter(name: string, value: string, source: Position): Record<string, unknown> {
  return {
    name,
    in: "header",
    required: true,
    description: `The API version this document describes; send exactly \`${name}: ${value}\`.`,
    schema: { type: "string", enum: [value], default: value },
    "x-cloudspec-version-header": true,
    "x-source": xSource(source),
  };
}

function operationObject(op: ApiOperation, versionHeader?: Record<string, unknown>): Record<string, unknown> {
  const documented = op.parameters.map(parameterObject);
  const name = String(versionHeader?.name ?? "").toLowerCase();
  const parameters = versionHeader && !op.parameters.some((p) => p.in === "header" && p.name.toLowerCase() === name) ? [...documented, versionHeader] : documented;
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: op.tags,
    ...(op.deprecated ? { deprecated: true } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.requestBody
      ? {
          requestBody: {
            ...(op.requestBody.description ? { description: op.requestBody.description } : {}),
            required: op.requestBody.required,
            content: {
              [op.requestBody.contentType]: {
                ...(op.requestBody.schema ? { schema: op.requestBody.schema } : {}),
                ...(op.requestBody.example !== undefined ? { example: op.requestBody.example } : {}),
              },
            },
          },
        }
      : {}),
    responses: Object.fromEntries(op.responses.map((r) => [r.status, responseObject(r)])),
    ...(op.state ? { "x-api-state": op.state } : {}),
    ...(op.status ? { "x-api-status": op.status } : {}),
    ...(op.notBefore ? { "x-not-before": op.notBefore } : {}),
    ...(op.exampleRequestPath ? { "x-example-request-path": op.exampleRequestPath } : {}),
    ...(op.unread && op.unread.length > 0 ? { "x-unread": xUnread(op.unread) satisfies UnreadPiece[] } : {}),
    ...(op.resultCodes && op.resultCodes.length > 0
      ? {
          "x-result-codes": op.resultCodes.map((r) => ({
            code: r.code,
            ...(r.message ? { message: r.message } : {}),
            ...(r.description ? { description: r.description } : {}),
            "x-source": xSource(r.source),
          })),
        }
      : {}),
    "x-source": xSource(op.source),
  };
}

function parameterObject(p: ApiParameter): Record<string, unknown> {
  return {
    name: p.name,
    in: p.in,
    required: p.required,
    ...(p.description ? { description: p.description } : {}),
    schema: p.schema,
    ...(p.example !== undefined ? { example: p.example } : {}),
    "x-source": xSource(p.source),
  };
}

function responseObject(r: ApiResponse): Record<string, unknown> {
  const hasContent = r.schema !== undefined || r.example !== undefined;
  return {
    description: r.description,
    ...(hasContent
      ? {
          content: {
            [r.contentType ?? "application/json"]: {
              ...(r.schema ? { schema: r.schema } : {}),
              ...(r.example !== undefined ? { example: r.example } : {}),
            },
          },
        }
      : {}),
  };
}

/** Names of component schemas reachable from the operations, in name order. */
function reachableSchemas(paths: Record<string, unknown>, service: ApiService): string[] {
  const seen = new Set<string>();
  const stack: string[] = [];
  const collect = (node: unknown, depth: number): void => {
    if (depth > 200 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const v of node) collect(v, depth + 1);
      return;
    }
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (k === "$ref" && typeof v === "string" && v.startsWith("#/components/schemas/")) stack.push(v.slice("#/components/schemas/".length));
      else if (k !== "example" && k !== "examples") collect(v, depth + 1);
    }
  };
  collect(paths, 0);
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    collect(service.schemas.get(name)?.schema, 0);
  }
  return [...seen].sort();
}

export type { JsonSchema };
