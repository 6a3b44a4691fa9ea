/**
 * Every name a dialect read from a page, checked before it becomes a spec path, a `$ref`, a method name
 * or a generated file: the service id and the vendor folder, each API version, each operation id, each
 * schema name (core/safe-name.ts holds the grammar). A refused name is a located error and only what
 * it names is left out — the rest of the page is still read:
 * - a refused service id or vendor: the whole service (it has no folder to go in);
 * - a refused API version: the operations of that version and its row of the version table;
 * - a refused operation id: that operation;
 * - a refused schema name: that schema; every `$ref` to it becomes an unconstrained schema `{}` with
 *   `x-unread-ref` naming what was left out (nothing is invented in its place).
 */
import type { DiagnosticSink } from "../core/diagnostics.js";
import { describeRefusal, refusedName } from "../core/safe-name.js";
import type { ApiOperation, ApiService, JsonSchema } from "./api-model.js";

const RULE = "unsafe-page-name";
const REF_PREFIX = "#/components/schemas/";

export function withSafeNames(services: readonly ApiService[], sink: DiagnosticSink): ApiService[] {
  const kept: ApiService[] = [];
  for (const service of services) {
    const refused = refusedName(service.vendor, "path-segment") ?? refusedName(service.id, "path-segment");
    if (refused !== undefined) {
      const which = refusedName(service.vendor, "path-segment") !== undefined ? ["vendor", service.vendor] : ["service id", service.id];
      sink.error(RULE, describeRefusal(which[0]!, which[1]!, refused), service.source, { use: "path-segment", name: which[1] });
      continue;
    }
    kept.push(withSafeParts(service, sink));
  }
  return kept;
}

function withSafeParts(service: ApiService, sink: DiagnosticSink): ApiService {
  const badVersions = new Set<string>();
  for (const version of new Set([...service.versions.map((v) => v.version), ...service.operations.map((o) => o.apiVersion)])) {
    const reason = refusedName(version, "path-segment");
    if (reason === undefined) continue;
    badVersions.add(version);
    const at = service.operations.find((o) => o.apiVersion === version)?.source ?? service.source;
    sink.error(RULE, describeRefusal(`API version of service ${service.id}`, version, reason), at, { use: "path-segment", name: version });
  }
  const operations = service.operations.filter((op) => !badVersions.has(op.apiVersion) && keepOperation(op, sink));
  const badSchemas = new Set<string>();
  for (const [name, schema] of service.schemas) {
    const reason = refusedName(name, "component-key");
    if (reason === undefined) continue;
    badSchemas.add(name);
    sink.error(RULE, describeRefusal("schema name", name, reason), schema.source, { use: "component-key", name });
  }
  if (badSchemas.size > 0) {
    for (const op of operations) forEachSchemaOf(op, (s) => dropRefs(s, badSchemas));
    for (const [name, schema] of service.schemas) if (!badSchemas.has(name)) dropRefs(schema.schema, badSchemas);
  }
  if (badVersions.size === 0 && operations.length === service.operations.length && badSchemas.size === 0) return service;
  return {
    ...service,
    versions: service.versions.filter((v) => !badVersions.has(v.version)),
    operations,
    schemas: new Map([...service.schemas].filter(([name]) => !badSchemas.has(name))),
  };
}

function keepOperation(op: ApiOperation, sink: DiagnosticSink): boolean {
  const reason = refusedName(op.operationId, "operation-id");
  if (reason === undefined) return true;
  sink.error(RULE, describeRefusal(`operation id of ${op.method.toUpperCase()} ${op.path}`, op.operationId, reason), op.source, { use: "operation-id", name: op.operationId });
  return false;
}

function forEachSchemaOf(op: ApiOperation, visit: (schema: JsonSchema) => void): void {
  for (const p of op.parameters) visit(p.schema);
  if (op.requestBody?.schema) visit(op.requestBody.schema);
  for (const r of op.responses) if (r.schema) visit(r.schema);
}

/** Replaces, in place, every `$ref` to a refused schema by `{}` noting the name (an explicit stack: no recursion on page data). */
function dropRefs(root: JsonSchema, refused: ReadonlySet<string>): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (!node || typeof node !== "object") continue;
    const obj = node as Record<string, unknown>;
    const ref = obj.$ref;
    if (typeof ref === "string" && ref.startsWith(REF_PREFIX) && refused.has(ref.slice(REF_PREFIX.length))) {
      delete obj.$ref;
      obj["x-unread-ref"] = `schema ${JSON.stringify(ref.slice(REF_PREFIX.length))} (name refused)`;
    }
    for (const v of Object.values(obj)) if (v && typeof v === "object") stack.push(v);
  }
}
