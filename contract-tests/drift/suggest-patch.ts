/**
 * Suggested spec patches (RFC 6902 JSON Patch against the spec document) for each drift: what the docs would
 * say if the API is right. `test` operations guard removals so a patch never applies to a changed spec.
 */
import type { OperationInfo } from "../spec/operations.js";
import { childPointer, patchPath, pointerOf, valueAt } from "../../core/json-pointer.js";
import { jsonType, type Violation } from "../validate/explain.js";
import { inferSchema } from "./infer-schema.js";

export interface PatchOperation {
  op: "add" | "remove" | "replace" | "test";
  path: string;
  value?: unknown;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});

/** The patch for a schema violation; empty when the schema node is not known. */
export function patchForViolation(document: unknown, v: Violation): PatchOperation[] {
  if (!v.schemaPointer) return [];
  const node = obj(valueAt(document, v.schemaPointer));
  const at = (...tokens: string[]): string => patchPath(childPointer(v.schemaPointer!, ...tokens));
  const guardedRemove = (key: string): PatchOperation[] =>
    key in node
      ? [
          { op: "test", path: at(key), value: node[key] },
          { op: "remove", path: at(key) },
        ]
      : [];
  switch (v.kind) {
    case "undocumented-property": {
      const name = String(v.params.additionalProperty ?? v.params.unevaluatedProperty ?? "");
      const value = obj(v.data)[name];
      return node.properties ? [{ op: "add", path: at("properties", name), value: inferSchema(value) }] : [{ op: "add", path: at("properties"), value: { [name]: inferSchema(value) } }];
    }
    case "missing-required-property": {
      const required = Array.isArray(node.required) ? (node.required as unknown[]) : [];
      const i = required.indexOf(v.params.missingProperty);
      return i < 0
        ? []
        : [
            { op: "test", path: at("required", String(i)), value: required[i] },
            { op: "remove", path: at("required", String(i)) },
          ];
    }
    case "type-mismatch": {
      const observed = jsonType(v.data);
      if (node.type === undefined && Array.isArray(node.anyOf)) return [{ op: "add", path: at("anyOf", "-"), value: { type: observed } }];
      const current = [node.type ?? []].flat().map(String);
      return [
        { op: "test", path: at("type"), value: node.type },
        { op: "replace", path: at("type"), value: [...current, observed] },
      ];
    }
    case "format-mismatch":
      return guardedRemove("format");
    case "enum-mismatch":
      return "const" in node ? guardedRemove("const") : [{ op: "add", path: at("enum", "-"), value: v.data }];
    case "constraint-violation":
      return guardedRemove(v.keyword);
    default:
      return [];
  }
}

/** Documents an observed status (with the observed body's shape, when there is one). */
export function patchForStatus(operation: OperationInfo, status: number, contentType: string, body: unknown): PatchOperation[] {
  return [
    {
      op: "add",
      path: patchPath(childPointer(operation.pointer, "responses", String(status))),
      value: { description: `Observed ${status} (not in the documentation)`, ...(body === undefined ? {} : { content: { [contentType || "application/json"]: { schema: inferSchema(body) } } }) },
    },
  ];
}

/** Documents an observed content type with the schema of the response's first documented media type. */
export function patchForContentType(responsePointer: string, contentType: string, schema: unknown): PatchOperation[] {
  return [{ op: "add", path: patchPath(childPointer(responsePointer, "content", contentType)), value: schema === undefined ? {} : { schema } }];
}

/** Removes the documented body of a response that came back empty. */
export function patchForMissingBody(document: unknown, responsePointer: string): PatchOperation[] {
  const content = valueAt(document, childPointer(responsePointer, "content"));
  return content === undefined
    ? []
    : [
        { op: "test", path: patchPath(childPointer(responsePointer, "content")), value: content },
        { op: "remove", path: patchPath(childPointer(responsePointer, "content")) },
      ];
}

/** Adds an operation for an observed method and path (to a documented path item when the path is known). */
export function patchForOperation(document: unknown, method: string, pathname: string, template: string, status: number, contentType: string, body: unknown): PatchOperation[] {
  const path = template;
  const operation = {
    summary: `Observed ${method.toUpperCase()} ${pathname} (not in the documentation)`,
    responses: { [String(status)]: { description: `Observed ${status}`, ...(body === undefined ? {} : { content: { [contentType || "application/json"]: { schema: inferSchema(body) } } }) } },
  };
  const item = pointerOf(["paths", path]);
  if (valueAt(document, item) !== undefined) return [{ op: "add", path: patchPath(childPointer(item, method.toLowerCase())), value: operation }];
  return [{ op: "add", path: patchPath(item), value: { [method.toLowerCase()]: operation } }];
}
