/**
 * Diff of two schemas as they are used (request body, parameter, response): type, format, nullability,
 * enum values, pattern, default, readOnly/writeOnly, limits, properties (added, removed, required) and `items`, recursively. A
 * `$ref` is followed on both sides, so a change inside a referenced schema shows wherever it is used;
 * a pair of references already being compared further up (a recursive schema) is not entered again.
 */
import type { SchemaSlot, SchemaView } from "./schema-view.js";
import { LIMIT_KEYWORDS, viewSchema } from "./schema-view.js";
import type { Change, Direction, LimitChange, PropertyInfo, SchemaDiff } from "./types.js";

export interface SchemaDiffContext {
  base: unknown;
  revision: unknown;
  direction: Direction;
  where: string;
  field: string;
}

/** Levels of nesting compared; deeper, the comparison stops and says so (`cutAtDepth`, rule schema-comparison-cut) instead of recursing without bound. */
export const SCHEMA_DIFF_MAX_DEPTH = 40;

export function diffSchema(ctx: SchemaDiffContext, base: SchemaSlot, revision: SchemaSlot): SchemaDiff | undefined {
  return diffViews(ctx, viewSchema(ctx.base, base), viewSchema(ctx.revision, revision), "", [], 0);
}

function diffViews(ctx: SchemaDiffContext, b: SchemaView, r: SchemaView, property: string, active: string[], depth: number): SchemaDiff | undefined {
  const pairKey = `${b.pointer}|${r.pointer}`;
  if (active.includes(pairKey)) return undefined;
  const inner = [...active, pairKey];
  const d: SchemaDiff = {
    direction: ctx.direction,
    where: ctx.where,
    field: ctx.field,
    property,
    base: { pointer: b.pointer, ...(b.source ? { source: b.source } : {}) },
    revision: { pointer: r.pointer, ...(r.source ? { source: r.source } : {}) },
    limits: limitChanges(b, r),
    properties: { added: [], removed: [], changed: [] },
    variants: [],
  };
  if (depth > SCHEMA_DIFF_MAX_DEPTH) return { ...d, limits: [], cutAtDepth: SCHEMA_DIFF_MAX_DEPTH };
  if (b.types.join() !== r.types.join()) d.type = { base: b.types, revision: r.types };
  if (b.format !== r.format) d.format = { base: b.format, revision: r.format };
  if (b.nullable !== r.nullable) d.nullable = { base: b.nullable, revision: r.nullable };
  if (b.pattern !== r.pattern) d.pattern = { base: b.pattern, revision: r.pattern };
  if (JSON.stringify(b.default) !== JSON.stringify(r.default)) d.default = { base: b.default, revision: r.default };
  if (b.readOnly !== r.readOnly) d.readOnly = { base: b.readOnly, revision: r.readOnly };
  if (b.writeOnly !== r.writeOnly) d.writeOnly = { base: b.writeOnly, revision: r.writeOnly };
  const en = enumChange(b.enum, r.enum);
  if (en) d.enum = en;

  for (const [name, slot] of b.properties) {
    const path = join(property, name);
    const other = r.properties.get(name);
    if (!other) {
      d.properties.removed.push(propertyInfo(ctx.base, name, path, b.required.has(name), slot, b));
      continue;
    }
    const child = diffViews(ctx, viewSchema(ctx.base, slot, b.source), viewSchema(ctx.revision, other, r.source), path, inner, depth + 1);
    const required = requiredChange(b.required.has(name), r.required.has(name));
    const merged = required ? { ...(child ?? emptyAt(ctx, path, slot, other, b, r)), required } : child;
    if (merged) d.properties.changed.push(merged);
  }
  for (const [name, slot] of r.properties) {
    if (!b.properties.has(name)) d.properties.added.push(propertyInfo(ctx.revision, name, join(property, name), r.required.has(name), slot, r));
  }
  if (b.items && r.items) d.items = diffViews(ctx, viewSchema(ctx.base, b.items, b.source), viewSchema(ctx.revision, r.items, r.source), `${property}[]`, inner, depth + 1);
  if (b.additionalProperties && r.additionalProperties) {
    d.additionalProperties = diffViews(ctx, viewSchema(ctx.base, b.additionalProperties, b.source), viewSchema(ctx.revision, r.additionalProperties, r.source), `${property}{}`, inner, depth + 1);
  }
  if (b.variants.length !== r.variants.length) d.variantCount = { base: b.variants.length, revision: r.variants.length };
  const n = Math.min(b.variants.length, r.variants.length);
  for (let i = 0; i < n; i++) {
    const v = diffViews(ctx, viewSchema(ctx.base, b.variants[i]!, b.source), viewSchema(ctx.revision, r.variants[i]!, r.source), `${property}<${i}>`, inner, depth + 1);
    if (v) d.variants.push(v);
  }
  return isEmpty(d) ? undefined : d;
}

export function isEmpty(d: SchemaDiff): boolean {
  return (
    !d.required &&
    !d.type &&
    !d.format &&
    !d.nullable &&
    !d.enum &&
    !d.pattern &&
    !d.default &&
    !d.readOnly &&
    !d.writeOnly &&
    d.limits.length === 0 &&
    d.properties.added.length === 0 &&
    d.properties.removed.length === 0 &&
    d.properties.changed.length === 0 &&
    !d.items &&
    !d.additionalProperties &&
    d.variants.length === 0 &&
    !d.variantCount &&
    d.cutAtDepth === undefined
  );
}

function join(parent: string, name: string): string {
  return parent === "" ? name : `${parent}.${name}`;
}

function propertyInfo(document: unknown, name: string, path: string, required: boolean, slot: SchemaSlot, parent: SchemaView): PropertyInfo {
  const view = viewSchema(document, slot, parent.source);
  return { name, property: path, required, pointer: slot.pointer, ...(view.source ? { source: view.source } : {}) };
}

function emptyAt(ctx: SchemaDiffContext, property: string, b: SchemaSlot, r: SchemaSlot, bp: SchemaView, rp: SchemaView): SchemaDiff {
  return {
    direction: ctx.direction,
    where: ctx.where,
    field: ctx.field,
    property,
    base: { pointer: b.pointer, ...(bp.source ? { source: bp.source } : {}) },
    revision: { pointer: r.pointer, ...(rp.source ? { source: rp.source } : {}) },
    limits: [],
    properties: { added: [], removed: [], changed: [] },
    variants: [],
  };
}

function requiredChange(base: boolean, revision: boolean): Change<boolean> | undefined {
  return base === revision ? undefined : { base, revision };
}

function limitChanges(b: SchemaView, r: SchemaView): LimitChange[] {
  const out: LimitChange[] = [];
  for (const keyword of LIMIT_KEYWORDS) {
    const base = b.limits[keyword];
    const revision = r.limits[keyword];
    if (base !== revision) out.push({ keyword, ...(base !== undefined ? { base } : {}), ...(revision !== undefined ? { revision } : {}) });
  }
  return out;
}

function enumChange(base: unknown[] | undefined, revision: unknown[] | undefined): SchemaDiff["enum"] | undefined {
  if (!base && !revision) return undefined;
  if (!base || !revision) return { added: [], removed: [], ...(base ? { base } : {}), ...(revision ? { revision } : {}) };
  const b = new Map(base.map((v) => [JSON.stringify(v), v]));
  const r = new Map(revision.map((v) => [JSON.stringify(v), v]));
  const added = [...r].filter(([k]) => !b.has(k)).map(([, v]) => v);
  const removed = [...b].filter(([k]) => !r.has(k)).map(([, v]) => v);
  return added.length === 0 && removed.length === 0 ? undefined : { added, removed };
}
