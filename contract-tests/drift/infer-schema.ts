/** A JSON Schema describing an observed value, for suggested spec patches (`2024-05-17T00:23:17Z` → date-time). */

type Obj = Record<string, unknown>;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function inferSchema(value: unknown, depth = 0): Obj {
  if (value === null) return { type: "null" };
  if (Array.isArray(value)) return value.length > 0 && depth < 8 ? { type: "array", items: inferSchema(value[0], depth + 1) } : { type: "array" };
  switch (typeof value) {
    case "string":
      if (DATE_TIME.test(value)) return { type: "string", format: "date-time" };
      if (UUID.test(value)) return { type: "string", format: "uuid" };
      return { type: "string" };
    case "number":
      return { type: Number.isInteger(value) ? "integer" : "number" };
    case "boolean":
      return { type: "boolean" };
    case "object": {
      if (depth >= 8) return { type: "object" };
      // fromEntries defines own properties: a response key `__proto__` is a property, not a prototype.
      const properties: Obj = Object.fromEntries(
        Object.entries(value as Obj)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, v]) => [k, inferSchema(v, depth + 1)]),
      );
      return Object.keys(properties).length > 0 ? { type: "object", properties } : { type: "object" };
    }
    default:
      return {};
  }
}
