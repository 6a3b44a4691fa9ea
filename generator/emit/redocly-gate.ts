/**
 * When openapi-typescript's own Redocly pass (lint, then bundle) can change nothing for a document, so
 * `schema.ts` may be made by openapi-typescript's transform alone.
 *
 * The configuration openapi-typescript 7.13 builds turns on one Redocly rule, `operation-operationId-unique`,
 * as an error (its `extends: ["minimal"]` adds no others; `schema-types.test.ts` holds this), warnings are
 * dropped when silent, and bundling a document whose `$ref`s are all local and resolve is the document
 * itself. So the pass can only fail a document (a repeated operationId, a `$ref` that does not resolve,
 * a version other than 3.x) or bundle one (a `$ref` to another file or URL): such documents take the
 * long way, and what openapi-typescript says about them is said as before.
 */
import { valueAt } from "../../core/json-pointer.js";

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

/** Why the document needs openapi-typescript's Redocly pass, or undefined when the pass would change nothing. */
export function redoclyPassNeeded(document: Record<string, unknown>): string | undefined {
  if (typeof document.openapi !== "string" || !/^3\.[01]\.\d+$/.test(document.openapi)) return "not OpenAPI 3.0 or 3.1";
  const operationIds = new Set<string>();
  for (const group of [document.paths, document.webhooks]) {
    for (const item of Object.values(asRecord(group))) {
      for (const [method, operation] of Object.entries(asRecord(item))) {
        const id = METHODS.has(method) ? asRecord(operation).operationId : undefined;
        if (typeof id !== "string") continue;
        if (operationIds.has(id)) return `operationId ${id} repeats`;
        operationIds.add(id);
      }
    }
  }
  const resolved = new Map<string, boolean>();
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) if (item !== null && typeof item === "object") stack.push(item);
      continue;
    }
    const record = node as Record<string, unknown>;
    // Redocly resolves every `$ref` it walks past, data (`example`, `default`) included.
    const ref = record.$ref;
    if (typeof ref === "string") {
      if (!ref.startsWith("#")) return `$ref ${ref} is not local`;
      let found = resolved.get(ref);
      if (found === undefined) resolved.set(ref, (found = valueAt(document, ref) !== undefined));
      if (!found) return `$ref ${ref} does not resolve`;
    }
    for (const key in record) {
      const value = record[key];
      if (value !== null && typeof value === "object") stack.push(value);
    }
  }
  return undefined;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
