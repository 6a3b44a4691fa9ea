/**
 * A spec's schemas as one JSON Schema resource for ajv: `components.schemas` become `$defs` of a schema with
 * an `$id`, every `$ref` is made absolute, and each copied node remembers where it came from (its pointer in
 * the spec and the nearest `x-source`), so an ajv error's `parentSchema` leads back to the page and line.
 *
 * Objects with `properties` are closed (`additionalProperties: false`, marked in the node map) so that a
 * property the docs never mention shows up; drift triage reports it as a warning, not a failure.
 */
import type { SourceLocation } from "../../core/diagnostics.js";
import { sourceOf } from "../spec/operations.js";
import { childPointer, escapeToken } from "../../core/json-pointer.js";

type Obj = Record<string, unknown>;

export interface NodeInfo {
  /** The node's pointer in the spec (`#/components/schemas/Backup/properties/name`). */
  pointer: string;
  /** The nearest `x-source` on the node or an enclosing schema (or the operation's, for inline schemas). */
  source?: SourceLocation;
  /** The pointer of the node that carries `source`. */
  sourcePointer?: string;
  /** True when the bundle closed this object (its additionalProperties errors are undocumented properties). */
  closed: boolean;
}

export interface SchemaBundle {
  uri: string;
  root: Obj;
  nodes: WeakMap<object, NodeInfo>;
  /** Every copied schema node, parents before children (for pre-compile checks). */
  list: Obj[];
}

const SCHEMA_MAPS = ["properties", "patternProperties", "$defs", "dependentSchemas"];
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_VALUES = ["items", "contains", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "propertyNames", "not", "if", "then", "else", "contentSchema"];
const COMPOSED = ["additionalProperties", "unevaluatedProperties", "patternProperties", "allOf", "anyOf", "oneOf", "$ref", "if", "$dynamicRef"];

export interface CopyOptions {
  /** Close objects with `properties` (default true). */
  close?: boolean;
}

export interface BundleOptions extends CopyOptions {
  /** Where to record the nodes' infos: a map shared by the bundles of one run (validator-cache.ts); default a new one. */
  nodes?: WeakMap<object, NodeInfo>;
}

/** A bundle of `components.schemas`; `uri` is the resource's `$id`. */
export function createBundle(document: Obj, uri: string, options: BundleOptions = {}): SchemaBundle {
  const nodes = options.nodes ?? new WeakMap<object, NodeInfo>();
  const bundle: SchemaBundle = { uri, root: {}, nodes, list: [] };
  const components = (document.components as Obj | undefined)?.schemas as Obj | undefined;
  const defs: Obj = {};
  for (const [name, schema] of Object.entries(components ?? {})) {
    defs[name] = copySchema(bundle, schema, `#/components/schemas/${escapeToken(name)}`, undefined, options, false);
  }
  bundle.root = { $id: uri, $defs: defs };
  return bundle;
}

/** Copies an inline schema (at `pointer` in the spec) for compiling against the bundle. */
export function adoptSchema(bundle: SchemaBundle, schema: unknown, pointer: string, fallback: { source?: SourceLocation; pointer?: string } = {}, options: CopyOptions = {}): Obj {
  const inherited = fallback.source ? { source: fallback.source, pointer: fallback.pointer ?? pointer } : undefined;
  return copySchema(bundle, schema, pointer, inherited, options, false) as Obj;
}

/** `#/components/schemas/X/...` → `<uri>#/$defs/X/...`; other refs are left for ajv to resolve (or report). */
export function absoluteRef(bundle: SchemaBundle, ref: string): string {
  return ref.startsWith("#/components/schemas/") ? `${bundle.uri}#/$defs/${ref.slice("#/components/schemas/".length)}` : ref;
}

function copySchema(bundle: SchemaBundle, schema: unknown, pointer: string, inherited: { source: SourceLocation; pointer: string } | undefined, options: CopyOptions, inComposition: boolean): unknown {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return schema;
  const node = schema as Obj;
  const own = sourceOf(node);
  const here = own ? { source: own, pointer } : inherited;
  const out: Obj = {};
  bundle.list.push(out);
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string") out[key] = absoluteRef(bundle, value);
    else if (SCHEMA_MAPS.includes(key) && isObj(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copySchema(bundle, v, childPointer(pointer, key, k), here, options, false)]));
    } else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      out[key] = value.map((v, i) => copySchema(bundle, v, childPointer(pointer, key, String(i)), here, options, key !== "prefixItems"));
    } else if (SCHEMA_VALUES.includes(key) && isObj(value)) {
      out[key] = copySchema(bundle, value, childPointer(pointer, key), here, options, false);
    } else out[key] = value;
  }
  const close = options.close !== false && !inComposition && isObj(node.properties) && !COMPOSED.some((k) => k in node);
  if (close) out.additionalProperties = false;
  bundle.nodes.set(out, { pointer, ...(here ? { source: here.source, sourcePointer: here.pointer } : {}), closed: close });
  return out;
}

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
