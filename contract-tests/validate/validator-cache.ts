/**
 * Validators shared by the specs of one run that compiles one spec after another on one ajv instance (the scrape's
 * example review): the versions of a service repeat most of their models word for word — the same page lines — and a
 * model's validator compiled for one version is the validator of the same model in the next. A `$ref` to a component
 * is looked up by what decides its validator: the component and every component it reaches, by name and content
 * (`x-source` included, so a reused validator's errors lead to the same page lines). Anything else is compiled as
 * before.
 *
 * The schema nodes of every spec compiled with the cache are known to each of them (`nodes`), so an error of a
 * validator first compiled for another version still finds its node's pointer and source; they are the same pointer
 * and source, the content being the same.
 */
import type { ValidateFunction } from "ajv";
import { escapeToken, unescapeToken } from "../../core/json-pointer.js";
import type { NodeInfo } from "./bundle.js";

type Obj = Record<string, unknown>;

const COMPONENT_REF = "#/components/schemas/";

export class ValidatorCache {
  /** Node infos of every bundle compiled with this cache. */
  readonly nodes = new WeakMap<object, NodeInfo>();
  private readonly byKey = new Map<string, ValidateFunction>();
  private readonly groups = new Map<string, ReadonlyArray<ValidateFunction | undefined>>();
  private readonly inline = new Map<string, { validate: ValidateFunction; root: object }>();

  /** An inline schema's validator and the schema copy it was compiled from. */
  getInline(key: string): { validate: ValidateFunction; root: object } | undefined {
    return this.inline.get(key);
  }

  setInline(key: string, entry: { validate: ValidateFunction; root: object }): void {
    this.inline.set(key, entry);
  }

  get(key: string): ValidateFunction | undefined {
    return this.byKey.get(key);
  }

  set(key: string, validate: ValidateFunction): void {
    this.byKey.set(key, validate);
  }

  /** The validators of a component's illustrated nodes, in the component's node order. */
  getGroup(key: string): ReadonlyArray<ValidateFunction | undefined> | undefined {
    return this.groups.get(key);
  }

  setGroup(key: string, validators: ReadonlyArray<ValidateFunction | undefined>): void {
    this.groups.set(key, validators);
  }
}

/** The component a schema node belongs to, from its pointer (`#/components/schemas/X/properties/y` → `X`). */
export function componentOfPointer(pointer: string | undefined): string | undefined {
  if (pointer === undefined || !pointer.startsWith(COMPONENT_REF)) return undefined;
  const rest = pointer.slice(COMPONENT_REF.length);
  const slash = rest.indexOf("/");
  return unescapeToken(slash < 0 ? rest : rest.slice(0, slash));
}

/**
 * The key of the validator of `ref` (`#/components/schemas/X`) in `document`: each component `ref` reaches, its name
 * and its JSON, in name order; undefined when `ref` is not a component reference or reaches one the document lacks
 * (left to ajv to compile or report).
 */
export function componentRefKey(document: Obj, ref: string, texts: Map<string, string | undefined>): string | undefined {
  if (!ref.startsWith(COMPONENT_REF)) return undefined;
  const components = ((document.components as Obj | undefined)?.schemas ?? {}) as Obj;
  const first = unescapeToken(ref.slice(COMPONENT_REF.length));
  const seen = new Set<string>([first]);
  const pending = [first];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (!Object.hasOwn(components, name)) return undefined;
    for (const next of componentRefs(components[name])) {
      if (next === undefined) return undefined;
      if (!seen.has(next)) {
        seen.add(next);
        pending.push(next);
      }
    }
  }
  const parts: string[] = [];
  for (const name of [...seen].sort()) {
    let text = texts.get(name);
    if (text === undefined) {
      text = JSON.stringify(components[name]);
      texts.set(name, text);
    }
    parts.push(JSON.stringify(name), text);
  }
  return parts.join("\n");
}

/**
 * The key of the validator of an inline schema (a parameter's): its JSON and the keys of the components it refers
 * to; undefined when it refers to anything but a component `keyOf` knows. Where the validator was compiled for another
 * place, its errors are led back to this place's nodes (`retarget`).
 */
export function inlineSchemaKey(schema: unknown, keyOf: (ref: string) => string | undefined): string | undefined {
  const parts = [JSON.stringify(schema)];
  for (const name of [...new Set(componentRefs(schema))].sort()) {
    const key = name === undefined ? undefined : keyOf(`${COMPONENT_REF}${escapeToken(name)}`);
    if (key === undefined) return undefined;
    parts.push(key);
  }
  return parts.join("\n");
}

/**
 * `validate`, compiled from the schema copy `from`, as the validator of the copy `to` of the same JSON: its errors'
 * schema nodes inside `from` are the matching nodes of `to` (nodes outside it, components, are left as they are).
 */
export function retarget(validate: ValidateFunction, from: object, to: object): ValidateFunction {
  let matching: Map<object, object> | undefined;
  const wrapped = ((value: unknown): boolean => {
    const ok = validate(value) as boolean;
    if (ok) {
      wrapped.errors = null;
      return true;
    }
    matching ??= matchNodes(from, to);
    wrapped.errors = (validate.errors ?? []).map((e) => {
      const node = e.parentSchema ? matching!.get(e.parentSchema) : undefined;
      return node ? { ...e, parentSchema: node as typeof e.parentSchema } : e;
    });
    return false;
  }) as ValidateFunction;
  wrapped.errors = null;
  return wrapped;
}

/** Each object of `from` → the object at the same place in `to` (two copies of the same JSON). */
function matchNodes(from: object, to: object): Map<object, object> {
  const out = new Map<object, object>();
  const stack: Array<[unknown, unknown]> = [[from, to]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    if (a === null || typeof a !== "object" || b === null || typeof b !== "object") continue;
    out.set(a, b);
    for (const k of Object.keys(a)) stack.push([(a as Obj)[k], (b as Obj)[k]]);
  }
  return out;
}

/** The component names a schema's `$ref`s name (undefined for a `$ref` that is not to a component). */
function componentRefs(schema: unknown): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  const stack: unknown[] = [schema];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const v of value) stack.push(v);
      continue;
    }
    for (const [k, v] of Object.entries(value as Obj)) {
      if (k === "$ref" && typeof v === "string") out.push(v.startsWith(COMPONENT_REF) ? unescapeToken(v.slice(COMPONENT_REF.length)) : undefined);
      else stack.push(v);
    }
  }
  return out;
}
