/**
 * A JSON Schema inferred from an example value, for schemas that a page names but never defines.
 * It claims only what the example shows: types and property names, no `required`, no enums.
 */
import type { JsonSchema } from "./api-model.js";

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function inferSchema(value: unknown, depth = 0): JsonSchema {
  if (depth > 64) return {};
  if (value === null || value === undefined) return {};
  if (Array.isArray(value)) {
    const items = mergeAll(value.map((v) => inferSchema(v, depth + 1)));
    return { type: "array", items };
  }
  switch (typeof value) {
    case "string":
      return RFC3339.test(value) ? { type: "string", format: "date-time" } : { type: "string" };
    case "number":
      return Number.isInteger(value) ? { type: "integer" } : { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "object": {
      // fromEntries defines own properties: an example key `__proto__` is a property, not a prototype.
      const properties = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, inferSchema(v, depth + 1)]));
      return { type: "object", properties };
    }
    default:
      return {};
  }
}

/** One schema covering all items of an array example (properties united, integer widened to number). */
function mergeAll(schemas: JsonSchema[]): JsonSchema {
  if (schemas.length === 0) return {};
  return schemas.reduce((a, b) => merge(a, b));
}

function merge(a: JsonSchema, b: JsonSchema): JsonSchema {
  if (Object.keys(a).length === 0) return b;
  if (Object.keys(b).length === 0) return a;
  if (a.type === "object" && b.type === "object") {
    const pa = (a.properties ?? {}) as Record<string, JsonSchema>;
    const pb = (b.properties ?? {}) as Record<string, JsonSchema>;
    const properties = new Map(Object.entries(pa));
    for (const [k, v] of Object.entries(pb)) properties.set(k, Object.hasOwn(pa, k) ? merge(pa[k]!, v) : v);
    return { type: "object", properties: Object.fromEntries(properties) };
  }
  if (a.type === "array" && b.type === "array") return { type: "array", items: merge(a.items as JsonSchema, b.items as JsonSchema) };
  if ((a.type === "integer" && b.type === "number") || (a.type === "number" && b.type === "integer")) return { type: "number" };
  if (a.type === b.type) return a.format === b.format ? a : { type: a.type };
  return {};
}
