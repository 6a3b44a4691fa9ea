/**
 * Response headers (`responses.<status>.headers`, `$ref`s followed): added, removed, and changed in
 * type or required flag. Names are compared case-insensitively, as HTTP does.
 */
import { childPointer } from "../../core/json-pointer.js";
import { matchByKey } from "./match.js";
import { isObject, resolve, sourceOf } from "./resolve.js";
import type { Json } from "./resolve.js";
import { viewSchema } from "./schema-view.js";
import type { HeaderDiffs, HeaderInfo } from "./types.js";

interface HeaderEntry {
  info: HeaderInfo;
  types: string[];
}

function headersOf(document: unknown, response: Json, pointer: string): Map<string, HeaderEntry> {
  const out = new Map<string, HeaderEntry>();
  const headers = isObject(response.headers) ? response.headers : {};
  for (const name of Object.keys(headers)) {
    const r = resolve(document, headers[name], childPointer(pointer, "headers", name));
    const source = sourceOf(r.node);
    const view = viewSchema(document, { node: r.node.schema ?? {}, pointer: childPointer(r.pointer, "schema") });
    const types = view.nullable ? [...view.types, "null"] : view.types;
    out.set(name.toLowerCase(), { info: { name, required: r.node.required === true, pointer: r.pointer, ...(source ? { source } : {}) }, types });
  }
  return out;
}

export function diffHeaders(baseDoc: unknown, revDoc: unknown, b: { node: Json; pointer: string }, r: { node: Json; pointer: string }): HeaderDiffs {
  const m = matchByKey(headersOf(baseDoc, b.node, b.pointer), headersOf(revDoc, r.node, r.pointer));
  const out: HeaderDiffs = { added: m.added.map((h) => h.info), removed: m.removed.map((h) => h.info), changed: [] };
  for (const [x, y] of m.both) {
    const type = x.types.join() !== y.types.join() ? { base: x.types, revision: y.types } : undefined;
    const required = x.info.required !== y.info.required ? { base: x.info.required, revision: y.info.required } : undefined;
    if (type || required) out.changed.push({ base: x.info, revision: y.info, ...(type ? { type } : {}), ...(required ? { required } : {}) });
  }
  return out;
}

export function hasHeaderChanges(h: HeaderDiffs): boolean {
  return h.added.length + h.removed.length + h.changed.length > 0;
}
