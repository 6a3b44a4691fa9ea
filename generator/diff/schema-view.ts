/**
 * A schema object (OpenAPI 3.1 Schema Object, JSON Schema 2020-12) flattened into what the diff compares:
 * `$ref` followed, `allOf` merged, `null` taken out of `type`/`enum`/`anyOf`/`oneOf` into `nullable`.
 */
import { childPointer } from "../../core/json-pointer.js";
import type { Json } from "./resolve.js";
import { isObject, resolve, sourceOf, str } from "./resolve.js";
import type { LimitKeyword, Source } from "./types.js";

export const LIMIT_KEYWORDS: readonly LimitKeyword[] = ["minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems"];

/** A schema still to be viewed: the node and where it sits. */
export interface SchemaSlot {
  node: unknown;
  pointer: string;
  /** Where the holder was documented (a parameter's `x-source`), for a schema without its own. */
  source?: Source;
}

export interface SchemaView {
  pointer: string;
  source?: Source;
  /** `$ref` targets followed to reach this schema (for cycle detection). */
  refs: string[];
  types: string[];
  nullable: boolean;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  default?: { value: unknown };
  readOnly: boolean;
  writeOnly: boolean;
  limits: Partial<Record<LimitKeyword, number>>;
  properties: Map<string, SchemaSlot>;
  required: Set<string>;
  items?: SchemaSlot;
  additionalProperties?: SchemaSlot;
  variants: SchemaSlot[];
}

export function viewSchema(document: unknown, slot: SchemaSlot, inheritedSource?: Source): SchemaView {
  const r = resolve(document, slot.node, slot.pointer);
  const view: SchemaView = {
    pointer: r.pointer,
    source: sourceOf(r.node) ?? inheritedSource ?? slot.source,
    refs: r.refs,
    types: [],
    nullable: false,
    readOnly: false,
    writeOnly: false,
    limits: {},
    properties: new Map(),
    required: new Set(),
    variants: [],
  };
  mergeInto(document, view, r.node, r.pointer, 0);
  if (view.types.length === 0 && view.properties.size > 0) view.types = ["object"];
  if (view.types.length === 0 && view.items) view.types = ["array"];
  view.types.sort();
  return view;
}

function mergeInto(document: unknown, view: SchemaView, node: Json, pointer: string, depth: number): void {
  const types = Array.isArray(node.type) ? node.type.filter((t): t is string => typeof t === "string") : typeof node.type === "string" ? [node.type] : [];
  for (const t of types) {
    if (t === "null") view.nullable = true;
    else if (!view.types.includes(t)) view.types.push(t);
  }
  if (node.nullable === true) view.nullable = true;
  view.format ??= str(node.format);
  view.pattern ??= str(node.pattern);
  if (Array.isArray(node.enum)) {
    if (node.enum.includes(null)) view.nullable = true;
    view.enum ??= node.enum.filter((v) => v !== null);
  }
  for (const k of LIMIT_KEYWORDS) if (typeof node[k] === "number") view.limits[k] ??= node[k];
  if ("default" in node) view.default ??= { value: node.default };
  if (node.readOnly === true) view.readOnly = true;
  if (node.writeOnly === true) view.writeOnly = true;
  if (isObject(node.properties)) {
    for (const name of Object.keys(node.properties)) {
      if (!view.properties.has(name)) view.properties.set(name, { node: node.properties[name], pointer: childPointer(pointer, "properties", name) });
    }
  }
  if (Array.isArray(node.required)) for (const n of node.required) if (typeof n === "string") view.required.add(n);
  if (node.items !== undefined && !view.items) view.items = { node: node.items, pointer: childPointer(pointer, "items") };
  if (isObject(node.additionalProperties) && !view.additionalProperties) view.additionalProperties = { node: node.additionalProperties, pointer: childPointer(pointer, "additionalProperties") };
  if (depth > 8) return;
  if (Array.isArray(node.allOf)) {
    node.allOf.forEach((member, i) => {
      const r = resolve(document, member, childPointer(pointer, "allOf", String(i)));
      if (!view.refs.some((ref) => r.refs.includes(ref))) mergeInto(document, view, r.node, r.pointer, depth + 1);
    });
  }
  for (const keyword of ["anyOf", "oneOf"] as const) {
    const members = node[keyword];
    if (!Array.isArray(members)) continue;
    const kept: SchemaSlot[] = [];
    members.forEach((member, i) => {
      const slot = { node: member, pointer: childPointer(pointer, keyword, String(i)) };
      if (isNullSchema(document, slot)) view.nullable = true;
      else kept.push(slot);
    });
    // `anyOf: [X, {type: null}]` is "nullable X": view it as X itself.
    if (kept.length === 1) {
      const r = resolve(document, kept[0]!.node, kept[0]!.pointer);
      if (!view.refs.some((ref) => r.refs.includes(ref))) {
        view.source ??= sourceOf(r.node);
        mergeInto(document, view, r.node, r.pointer, depth + 1);
      }
    } else {
      view.variants.push(...kept);
      for (const k of kept) {
        const t = resolve(document, k.node, k.pointer).node.type;
        if (typeof t === "string" && t !== "null" && !view.types.includes(t)) view.types.push(t);
      }
    }
  }
}

function isNullSchema(document: unknown, slot: SchemaSlot): boolean {
  const node = resolve(document, slot.node, slot.pointer).node;
  return node.type === "null" || (Array.isArray(node.enum) && node.enum.length === 1 && node.enum[0] === null);
}
