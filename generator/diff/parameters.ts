/**
 * Parameters of an operation (path-level and operation-level merged, `$ref`s followed) and their diff:
 * added, removed, and changed (name of a path parameter, required flag, serialization, schema).
 */
import { childPointer } from "../../core/json-pointer.js";
import { isObject, resolve, sourceOf } from "./resolve.js";
import type { Json } from "./resolve.js";
import { diffSchema } from "./schema-diff.js";
import { templateParameters } from "./operation-key.js";
import type { SchemaSlot } from "./schema-view.js";
import type { ParameterDiff, ParameterInfo } from "./types.js";

export interface ParameterEntry {
  info: ParameterInfo;
  schema: SchemaSlot;
  style: string;
  explode: boolean;
}

/** OpenAPI 3.1 §4.8.12.4: `form` for query and cookie parameters, `simple` for path and header; `explode` true only for `form`. */
function serialization(p: Json): { style: string; explode: boolean } {
  const style = typeof p.style === "string" ? p.style : p.in === "query" || p.in === "cookie" ? "form" : "simple";
  return { style, explode: typeof p.explode === "boolean" ? p.explode : style === "form" };
}

/** The effective parameters of `paths[path][method]`, keyed by `ParameterInfo.key`. */
export function collectParameters(document: unknown, path: string, pathItem: Json, operation: Json, opPointer: string): Map<string, ParameterEntry> {
  const out = new Map<string, ParameterEntry>();
  const template = templateParameters(path);
  const pathItemPointer = opPointer.slice(0, opPointer.lastIndexOf("/"));
  // Operation-level parameters come second and replace path-level ones of the same key.
  const lists: [unknown, string][] = [
    [pathItem.parameters, childPointer(pathItemPointer, "parameters")],
    [operation.parameters, childPointer(opPointer, "parameters")],
  ];
  for (const [list, listPointer] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, i) => {
      const r = resolve(document, raw, childPointer(listPointer, String(i)));
      const p = r.node;
      if (typeof p.name !== "string" || typeof p.in !== "string") return;
      // The version header, declared on every operation for other tools, is judged once (info.x-version-header).
      if (p["x-cloudspec-version-header"] === true) return;
      const position = p.in === "path" ? template.indexOf(p.name) : -1;
      const key = position >= 0 ? `path:#${position}` : `${p.in}:${p.in === "header" ? p.name.toLowerCase() : p.name}`;
      const source = sourceOf(p);
      out.set(key, {
        info: { key, name: p.name, in: p.in, required: p.required === true, pointer: r.pointer, ...(source ? { source } : {}) },
        schema: { node: isObject(p.schema) ? p.schema : {}, pointer: childPointer(r.pointer, "schema"), ...(source ? { source } : {}) },
        ...serialization(p),
      });
    });
  }
  return out;
}

export function diffParameters(baseDoc: unknown, revDoc: unknown, base: Map<string, ParameterEntry>, revision: Map<string, ParameterEntry>) {
  const added: ParameterInfo[] = [];
  const removed: ParameterInfo[] = [];
  const changed: ParameterDiff[] = [];
  for (const [key, b] of base) {
    const r = revision.get(key);
    if (!r) {
      removed.push(b.info);
      continue;
    }
    const d: ParameterDiff = { key, base: b.info, revision: r.info };
    if (b.info.name !== r.info.name) d.name = { base: b.info.name, revision: r.info.name };
    if (b.info.required !== r.info.required) d.required = { base: b.info.required, revision: r.info.required };
    if (b.style !== r.style) d.style = { base: b.style, revision: r.style };
    if (b.explode !== r.explode) d.explode = { base: b.explode, revision: r.explode };
    const ctx = { base: baseDoc, revision: revDoc, direction: "request" as const, where: `${r.info.in} parameter ${r.info.name}`, field: `${r.info.in}.${r.info.name}` };
    const schema = diffSchema(ctx, b.schema, r.schema);
    if (schema) d.schema = schema;
    if (d.name || d.required || d.style || d.explode !== undefined || d.schema) changed.push(d);
  }
  for (const [key, r] of revision) if (!base.has(key)) added.push(r.info);
  return { added, removed, changed };
}
