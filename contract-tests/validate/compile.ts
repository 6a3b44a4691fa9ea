/**
 * compileSpec: every validator a spec needs, compiled once — one per (operation, status, content type) for
 * responses and per (operation, content type) for request bodies — plus the router. Problems that stop a
 * schema from compiling are returned as diagnostics (all of them, located), never thrown.
 */
import type { ValidateFunction } from "ajv";
import type { Diagnostic } from "../../core/diagnostics.js";
import type { LoadedSpec } from "../spec/load.js";
import { isJsonMediaType, essence } from "../spec/media-types.js";
import { readOperations, type MediaTypeInfo, type OperationInfo, type ResponseInfo } from "../spec/operations.js";
import { childPointer } from "../../core/json-pointer.js";
import { createRouter, type Router } from "../spec/router.js";
import { buildStatusTable, sortStatusKeys, type StatusTable } from "../spec/statuses.js";
import { createAjv, type AjvInstance } from "./ajv.js";
import { adoptSchema, createBundle, type SchemaBundle } from "./bundle.js";
import { precheckSchemas } from "./precheck.js";
import { componentRefKey, type ValidatorCache } from "./validator-cache.js";

export interface MediaValidator {
  contentType: string;
  /** The media type without parameters, lower case. */
  essence: string;
  media: MediaTypeInfo;
  /** Absent when the media type has no schema or its schema did not compile (see the spec's diagnostics). */
  validate?: ValidateFunction;
  json: boolean;
}

export interface ResponseEntry {
  response: ResponseInfo;
  media: MediaValidator[];
  /** The documented content types, as written. */
  contentTypes: string[];
}

export interface OperationEntry {
  operation: OperationInfo;
  /** Documented status keys, sorted (`200`, `2XX`, `404`, `default`). */
  statusKeys: string[];
  statuses: StatusTable<ResponseEntry>;
  responses: Map<string, ResponseEntry>;
  request?: { required: boolean; media: MediaValidator[] };
}

export interface CompiledSpec {
  spec: LoadedSpec;
  operations: OperationEntry[];
  byOperation: Map<OperationInfo, OperationEntry>;
  byId: Map<string, OperationEntry>;
  router: Router;
  bundle: SchemaBundle;
  ajv: AjvInstance;
  /** Problems found while compiling (unknown keywords or formats, unresolvable refs). */
  diagnostics: Diagnostic[];
  /** The run's shared validators (CompileOptions.validators) and this spec's key for a component reference. */
  shared?: { cache: ValidatorCache; keyOf: (ref: string) => string | undefined };
}

export interface CompileOptions {
  /**
   * An instance shared by a run that compiles one spec after another (the scrape's example review): building one
   * compiles the JSON Schema meta-schema, about a third of a small spec's compile time. Its warnings go to its own
   * `onWarning`, not to this spec's diagnostics; formats and keywords the pre-check registers stay registered (they
   * are registered alike for every spec that uses them); the caller clears its schemas (`ajv.removeSchema()`)
   * before the next spec.
   */
  ajv?: AjvInstance;
  /**
   * Validators of component references shared with the specs compiled before this one on the same `ajv` (the versions
   * of one service): a reference whose components are the same, by name and content, takes the validator compiled
   * for them (validator-cache.ts). For a run that does not report compile warnings (the scrape's example review): a
   * validator taken from an earlier spec is not compiled again, so what compiling it would warn is not said again.
   */
  validators?: ValidatorCache;
}

export function compileSpec(spec: LoadedSpec, options: CompileOptions = {}): CompiledSpec {
  const diagnostics: Diagnostic[] = [];
  const ajv = options.ajv ?? createAjv({ onWarning: (message) => diagnostics.push({ ruleId: "contract-schema-warning", severity: "warning", message, at: { pointer: "#", document: spec.path } }) });
  const { validators } = options;
  const bundle = createBundle(spec.document, `https://cloudspec.invalid/${spec.id}/schemas.json`, validators ? { nodes: validators.nodes } : {});
  const componentTexts = new Map<string, string | undefined>();
  const keyOf = (ref: string): string | undefined => componentRefKey(spec.document, ref, componentTexts);
  const operations = readOperations(spec.document);

  // Copy every inline schema first, so the pre-check sees all nodes before anything compiles.
  const adopted = new Map<MediaTypeInfo, Record<string, unknown>>();
  for (const op of operations) {
    const fallback = op.source ? { source: op.source, pointer: op.pointer } : {};
    for (const media of [...(op.requestBody?.content ?? []), ...op.responses.flatMap((r) => r.content)]) {
      if (media.schema) adopted.set(media, adoptSchema(bundle, media.schema, childPointer(media.pointer, "schema"), fallback));
    }
  }
  diagnostics.push(...precheckSchemas(ajv, bundle, spec.path));
  ajv.addSchema(bundle.root);

  const compileMedia = (media: MediaTypeInfo): MediaValidator => {
    const schema = adopted.get(media);
    const entry: MediaValidator = { contentType: media.contentType, essence: essence(media.contentType), media, json: isJsonMediaType(essence(media.contentType)) };
    if (!schema) return entry;
    try {
      if (isPureRef(schema)) {
        const ref = media.schema?.$ref;
        const key = validators && typeof ref === "string" ? keyOf(ref) : undefined;
        entry.validate = (key !== undefined ? validators!.get(key) : undefined) ?? ajv.getSchema(schema.$ref as string);
        if (key !== undefined && entry.validate) validators!.set(key, entry.validate);
      } else entry.validate = ajv.compile(schema);
      if (!entry.validate) throw new Error(`cannot resolve ${String(schema.$ref)}`);
    } catch (e) {
      diagnostics.push({
        ruleId: "contract-schema-compile",
        severity: "error",
        message: `the schema of ${media.contentType} cannot be compiled: ${(e as Error).message}`,
        at: { pointer: childPointer(media.pointer, "schema"), document: spec.path },
      });
    }
    return entry;
  };

  const entries: OperationEntry[] = operations.map((operation) => {
    const responses = new Map<string, ResponseEntry>();
    for (const response of operation.responses) responses.set(response.key, { response, media: response.content.map(compileMedia), contentTypes: response.content.map((m) => m.contentType) });
    return {
      operation,
      statusKeys: sortStatusKeys(operation.responses.map((r) => r.key)),
      statuses: buildStatusTable([...responses].map(([key, value]) => ({ key, value }))),
      responses,
      ...(operation.requestBody ? { request: { required: operation.requestBody.required, media: operation.requestBody.content.map(compileMedia) } } : {}),
    };
  });
  return {
    spec,
    operations: entries,
    byOperation: new Map(entries.map((e) => [e.operation, e])),
    byId: new Map(entries.map((e) => [e.operation.operationId, e])),
    router: createRouter(operations, serverBasePaths(spec.document)),
    bundle,
    ajv,
    diagnostics,
    ...(validators ? { shared: { cache: validators, keyOf } } : {}),
  };
}

/** `{ $ref }` alone (annotations aside): compiled once per target through ajv's own cache. */
function isPureRef(schema: Record<string, unknown>): boolean {
  return typeof schema.$ref === "string" && Object.keys(schema).every((k) => k === "$ref" || k === "description");
}

/** The path part of each server URL (`https://h/api/v2` → `/api/v2`), variables left as they are. */
export function serverBasePaths(document: Record<string, unknown>): string[] {
  const servers = Array.isArray(document.servers) ? (document.servers as Array<Record<string, unknown>>) : [];
  return servers.flatMap((s) => {
    const url = typeof s.url === "string" ? s.url : "";
    const m = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(url) ?? /^(\/.*)$/.exec(url);
    return m?.[1] && !m[1].includes("{") ? [m[1]] : [];
  });
}
