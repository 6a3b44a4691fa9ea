/**
 * What the mock answers for each operation and documented status, serialised once: the page's example for
 * that media type (as the docs show it, even when it breaks its own schema — a documentation bug the
 * doc-consistency report lists and the scrape marks, moving it to `x-doc-example`), else a body synthesised
 * from the schema and checked against the same validator. With `validOnly`, an example that does not validate
 * is replaced by a synthesised body.
 */
import type { Diagnostic } from "../../core/diagnostics.js";
import { isJsonMediaType, essence } from "../spec/media-types.js";
import { concreteStatus, isSuccessKey } from "../spec/statuses.js";
import type { CompiledSpec, MediaValidator, OperationEntry } from "../validate/compile.js";
import { synthesize } from "./synthesize.js";

export interface PreparedResponse {
  status: number;
  statusKey: string;
  contentType?: string;
  body?: string;
  /** `example` (the page's), `synthesized`, `dynamic` (`Prefer: dynamic=true`), or `empty` (the docs give no body). */
  origin: "example" | "synthesized" | "dynamic" | "empty";
  /** False when the body does not validate against its documented schema (a documented example's bug). */
  valid: boolean;
  /** The answer's headers and body bytes, made once (content-type, content-length, x-mock-origin). */
  headers: Record<string, string>;
  bytes?: Buffer;
}

export interface PreparedOperation {
  entry: OperationEntry;
  /** The status served when the request does not ask for one: the first documented success. */
  defaultKey: string;
  byKey: Map<string, PreparedResponse>;
}

export interface PrepareOptions {
  validOnly?: boolean;
}

export function prepareResponses(compiled: CompiledSpec, diagnostics: Diagnostic[], options: PrepareOptions = {}): Map<OperationEntry, PreparedOperation> {
  const out = new Map<OperationEntry, PreparedOperation>();
  for (const entry of compiled.operations) {
    const byKey = new Map<string, PreparedResponse>();
    for (const key of entry.statusKeys) {
      const response = entry.responses.get(key)!;
      const media = response.media.find((m) => m.json) ?? response.media[0];
      const status = concreteStatus(key, media !== undefined, entry.statusKeys);
      if (!media) byKey.set(key, finish({ status, statusKey: key, origin: "empty", valid: true }));
      else byKey.set(key, finish({ status, statusKey: key, contentType: media.contentType, ...prepareBody(compiled, entry, media, diagnostics, options) }));
    }
    const defaultKey = entry.statusKeys.find(isSuccessKey) ?? entry.statusKeys[0] ?? "200";
    if (!byKey.has(defaultKey)) byKey.set(defaultKey, finish({ status: 200, statusKey: defaultKey, origin: "empty", valid: true }));
    out.set(entry, { entry, defaultKey, byKey });
  }
  return out;
}

function prepareBody(compiled: CompiledSpec, entry: OperationEntry, media: MediaValidator, diagnostics: Diagnostic[], options: PrepareOptions): Pick<PreparedResponse, "body" | "origin" | "valid"> {
  const valid = (value: unknown): boolean => !media.validate || media.validate(value);
  const examples = [media.media.example, ...media.media.examples.map((e) => ({ value: e.value })), media.media.docExample].filter((e) => e !== undefined);
  const good = examples.find((e) => valid(e.value));
  if (good) return { body: serialise(media.contentType, good.value), origin: "example", valid: true };
  if (examples[0] && !options.validOnly) return { body: serialise(media.contentType, examples[0].value), origin: "example", valid: false };
  for (const useExamples of [true, false]) {
    const value = synthesize(media.media.schema, compiled.spec.document, { useExamples });
    if (valid(value)) return { body: serialise(media.contentType, value), origin: "synthesized", valid: true };
  }
  diagnostics.push({
    ruleId: "mock-synthesis-invalid",
    severity: "warning",
    message: `${entry.operation.operationId}: no valid body could be made for ${media.contentType}; serving one that does not validate`,
    at: entry.operation.source ?? { pointer: media.media.pointer, document: compiled.spec.path },
  });
  return { body: serialise(media.contentType, synthesize(media.media.schema, compiled.spec.document, { useExamples: false })), origin: "synthesized", valid: false };
}

/** Headers and bytes made once; `label` replaces the origin in `x-mock-origin` (`example:<name>`). */
export function finish(r: Omit<PreparedResponse, "headers" | "bytes">, label: string = r.origin): PreparedResponse {
  if (r.body === undefined) return { ...r, headers: { "x-mock-origin": label, "content-length": "0" } };
  const bytes = Buffer.from(r.body, "utf8");
  return { ...r, bytes, headers: { "x-mock-origin": label, "content-type": r.contentType ?? "application/json", "content-length": String(bytes.length) } };
}

export function serialise(contentType: string, value: unknown): string {
  if (isJsonMediaType(essence(contentType)) || typeof value !== "string") return JSON.stringify(value);
  return value;
}
