/**
 * A placed field tree → JSON Schema 2020-12: dicts as objects with their properties and required
 * fields, lists of dicts as arrays of such objects, strings holding JSON as `contentMediaType` +
 * `contentSchema`, fields the example shows as null as nullable.
 */
import type { DiagnosticSink } from "../../../core/diagnostics.js";
import type { JsonSchema } from "../../api-model.js";
import { applyProseConstraints, proseLines } from "../../prose/constraints.js";
import { applyEnumeration } from "./enumerations.js";
import type { FieldNode } from "./field-node.js";
import { HUAWEI_LABELS } from "./labels.js";
import { withLengthLimits } from "./limit-labels.js";

/** `sink` receives the notes of constraints the descriptions state unclearly (see `prose/constraints.ts`). */
export function objectSchema(children: readonly FieldNode[], sink?: DiagnosticSink): JsonSchema {
  const schema: JsonSchema = { type: "object" };
  if (children.length > 0) schema.properties = Object.fromEntries(children.map((c) => [c.name, fieldSchema(c, sink)]));
  const required = children.filter((c) => c.row?.required === true).map((c) => c.name);
  if (required.length > 0) schema.required = required;
  return schema;
}

export function fieldSchema(node: FieldNode, sink?: DiagnosticSink): JsonSchema {
  const out: JsonSchema = {};
  if (node.row?.description) out.description = node.row.description;
  const base = structuredClone(node.type.schema);
  if (node.jsonContent) {
    Object.assign(out, base, { contentMediaType: "application/json", contentSchema: objectSchema(node.children, sink) });
  } else if (node.type.holds === "array") {
    const items = isSchema(base.items) ? base.items : {};
    Object.assign(out, base, { items: { ...items, ...objectSchema(node.children, sink) } });
  } else if (node.type.holds === "object") {
    Object.assign(out, base, objectSchema(node.children, sink));
  } else {
    Object.assign(out, base);
    if (node.row) applyEnumeration(out, node.row.description);
    if (node.row)
      applyProseConstraints(out, withLengthLimits(proseLines(node.row.description, node.row.pos), out, HUAWEI_LABELS), { ...(sink ? { sink } : {}), where: `field ${node.path}`, locate: true });
  }
  if (node.nullable && typeof out.type === "string") out.type = [out.type, "null"];
  return out;
}

function isSchema(value: unknown): value is JsonSchema {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
