/**
 * Every example a spec carries from its pages, with the validator of the schema it illustrates: media type
 * `example`/`examples` (requests and responses), parameter `example`, and schema `examples` on models and
 * properties; also a known documentation bug's example moved to `x-doc-example` (mark-doc-bugs.ts), so the
 * allowlist keeps matching it in a marked spec.
 */
import type { ValidateFunction } from "ajv";
import type { SourceLocation } from "../../core/diagnostics.js";
import { childPointer, escapeToken, valueAt } from "../../core/json-pointer.js";
import { adoptSchema } from "../validate/bundle.js";
import type { CompiledSpec, MediaValidator } from "../validate/compile.js";
import { componentOfPointer, inlineSchemaKey, retarget } from "../validate/validator-cache.js";

export interface ExampleCase {
  /** Pointer of the example in the spec. */
  pointer: string;
  value: unknown;
  validate: ValidateFunction;
  /** Where to point when the failing schema node has no x-source of its own (the operation or parameter). */
  fallback?: SourceLocation;
}

export function collectExamples(compiled: CompiledSpec): { cases: ExampleCase[]; uncompiled: string[] } {
  const cases: ExampleCase[] = [];
  const uncompiled: string[] = [];
  const fromMedia = (m: MediaValidator, fallback: SourceLocation | undefined): void => {
    if (!m.validate || !m.json) return;
    const extra = fallback ? { fallback } : {};
    if (m.media.example) cases.push({ pointer: childPointer(m.media.pointer, "example"), value: m.media.example.value, validate: m.validate, ...extra });
    const marked = markedExample(compiled, m.media.pointer);
    if (marked) cases.push({ ...marked, validate: m.validate, ...extra });
    for (const e of m.media.examples) cases.push({ pointer: childPointer(m.media.pointer, "examples", e.name, "value"), value: e.value, validate: m.validate, ...extra });
  };
  for (const entry of compiled.operations) {
    const { operation } = entry;
    for (const m of entry.request?.media ?? []) fromMedia(m, operation.source);
    for (const r of entry.responses.values()) for (const m of r.media) fromMedia(m, operation.source);
    for (const p of operation.parameters) {
      const marked = markedExample(compiled, p.pointer);
      if ((!p.example && !marked) || !p.schema) continue;
      const source = p.source ?? operation.source;
      const schema = adoptSchema(compiled.bundle, p.schema, childPointer(p.pointer, "schema"), source ? { source, pointer: p.pointer } : {});
      const validate = inlineValidator(compiled, p.schema, schema);
      const example = p.example ? { pointer: childPointer(p.pointer, "example"), value: p.example.value } : marked!;
      if (validate) cases.push({ ...example, validate, ...(source ? { fallback: source } : {}) });
      else uncompiled.push(p.pointer);
    }
  }
  const illustrated = compiled.bundle.list.filter((node) => Array.isArray(node.examples));
  compileNodes(compiled, illustrated).forEach((validate, k) => {
    const node = illustrated[k]!;
    const info = compiled.bundle.nodes.get(node)!;
    if (!validate) {
      uncompiled.push(info.pointer);
      return;
    }
    (node.examples as unknown[]).forEach((value, i) => cases.push({ pointer: childPointer(info.pointer, "examples", String(i)), value, validate }));
  });
  return { cases, uncompiled };
}

/**
 * A validator for each schema node, from one compile of them all as the properties of one object schema (each node
 * on its own costs ajv a compile, and a spec has hundreds of illustrated properties): a node's validator checks
 * `{ "<k>": value }` and reports the errors with the key taken off their instance and schema paths. The nodes are the spec's
 * own objects, so every error's schema node leads to its page line as before. When the group does not compile,
 * each node is compiled on its own (undefined for one that does not compile).
 */
export function compileNodes(compiled: CompiledSpec, nodes: ReadonlyArray<Record<string, unknown>>): Array<ValidateFunction | undefined> {
  const { shared } = compiled;
  if (!shared) return compileGroup(compiled, nodes);
  // With the run's shared validators: one group per component, taken from an earlier version of the service when
  // the component and what it reaches are the same (the nodes of the same content come in the same order).
  const byComponent = new Map<string | undefined, number[]>();
  nodes.forEach((node, k) => {
    const name = componentOfPointer(compiled.bundle.nodes.get(node)?.pointer);
    const members = byComponent.get(name);
    if (members) members.push(k);
    else byComponent.set(name, [k]);
  });
  const out = new Array<ValidateFunction | undefined>(nodes.length);
  // The nodes of every component not met before, compiled as one group (one compile per spec, as without the cache).
  const pending: number[] = [];
  const fresh: Array<{ key: string; members: number[] }> = [];
  for (const [name, members] of byComponent) {
    const key = name === undefined ? undefined : shared.keyOf(`#/components/schemas/${escapeToken(name)}`);
    const known = key === undefined ? undefined : shared.cache.getGroup(key);
    if (known?.length === members.length) {
      members.forEach((k, j) => (out[k] = known[j]));
      continue;
    }
    pending.push(...members);
    if (key !== undefined) fresh.push({ key, members });
  }
  const now = compileGroup(
    compiled,
    pending.map((k) => nodes[k]!),
  );
  pending.forEach((k, j) => (out[k] = now[j]));
  for (const { key, members } of fresh)
    shared.cache.setGroup(
      key,
      members.map((k) => out[k]),
    );
  return out;
}

function compileGroup(compiled: CompiledSpec, nodes: ReadonlyArray<Record<string, unknown>>): Array<ValidateFunction | undefined> {
  if (nodes.length === 0) return [];
  let group: ValidateFunction | undefined;
  try {
    group = compiled.ajv.compile({ type: "object", properties: Object.fromEntries(nodes.map((node, k) => [String(k), node])) });
  } catch {
    return nodes.map((node) => tryCompile(compiled, node));
  }
  return nodes.map((_, k) => memberValidator(group, String(k)));
}

function memberValidator(group: ValidateFunction, key: string): ValidateFunction {
  const prefix = `/${key}`;
  const schemaPrefix = `#/properties/${key}`;
  const schemaPath = (path: string): string => (path === schemaPrefix ? "#" : path.startsWith(`${schemaPrefix}/`) ? `#${path.slice(schemaPrefix.length)}` : path);
  const validate = ((value: unknown): boolean => {
    const ok = group({ [key]: value }) as boolean;
    validate.errors = ok ? null : (group.errors ?? []).map((e) => ({ ...e, instancePath: e.instancePath.slice(prefix.length), schemaPath: schemaPath(e.schemaPath) }));
    return ok;
  }) as ValidateFunction;
  validate.errors = null;
  return validate;
}

function markedExample(compiled: CompiledSpec, holder: string): { pointer: string; value: unknown } | undefined {
  const node = valueAt(compiled.spec.document, holder);
  if (node === null || typeof node !== "object" || !("x-doc-example" in node)) return undefined;
  return { pointer: childPointer(holder, "x-doc-example"), value: (node as Record<string, unknown>)["x-doc-example"] };
}

/** The validator of an inline schema (`adopted`, the bundle's copy of `schema`), from the run's shared validators when it has one. */
function inlineValidator(compiled: CompiledSpec, schema: unknown, adopted: Record<string, unknown>): ValidateFunction | undefined {
  const { shared } = compiled;
  const key = shared ? inlineSchemaKey(schema, shared.keyOf) : undefined;
  const known = key === undefined ? undefined : shared!.cache.getInline(key);
  if (known) return retarget(known.validate, known.root, adopted);
  const validate = tryCompile(compiled, adopted);
  if (key !== undefined && validate) shared!.cache.setInline(key, { validate, root: adopted });
  return validate;
}

function tryCompile(compiled: CompiledSpec, schema: Record<string, unknown>): ValidateFunction | undefined {
  try {
    return compiled.ajv.compile(schema);
  } catch {
    return undefined;
  }
}
