/**
 * Building hits: the variables every message can use (`operation`, `operationId`, `summary`, `target`)
 * and where a hit points (the base side for something removed, the revision side otherwise).
 */
import type { OperationDiff, OperationInfo, PropertyInfo, SchemaDiff } from "../diff/types.js";
import type { Hit, RuleContext, SchemaNode } from "./types.js";

export function operationLabel(op: OperationInfo): string {
  return `${op.method} ${op.path}`;
}

export function operationVars(op: OperationInfo): Record<string, string> {
  return { operation: operationLabel(op), operationId: op.operationId ?? "no operationId", summary: op.summary ?? op.operationId ?? operationLabel(op) };
}

/** A hit on a whole operation (added, removed, deprecated…). */
export function operationHit(op: OperationInfo, side: Hit["side"], vars: Record<string, string> = {}, other?: OperationInfo): Hit {
  const base = side === "base" ? op : other;
  const revision = side === "revision" ? op : other;
  return {
    operation: op,
    side,
    pointer: op.pointer,
    ...(base?.source ? { baseSource: base.source } : {}),
    ...(revision?.source ? { revisionSource: revision.source } : {}),
    vars: { ...operationVars(op), ...vars },
  };
}

/** A hit on something inside a changed operation; `pointer` is into the `side` document. */
export function changeHit(op: OperationDiff, side: Hit["side"], pointer: string, vars: Record<string, string>, field?: string): Hit {
  return {
    operation: side === "base" ? op.base : op.revision,
    side,
    pointer,
    ...(op.base.source ? { baseSource: op.base.source } : {}),
    ...(op.revision.source ? { revisionSource: op.revision.source } : {}),
    ...(field ? { field } : {}),
    vars: { ...operationVars(op.revision), ...vars },
  };
}

export function fieldOf(node: SchemaDiff, property = node.property): string {
  return property === "" ? node.field : `${node.field}.${property}`;
}

/** `status in response 200 application/json`, or the body/parameter itself for a root schema. */
export function targetOf(node: SchemaDiff): string {
  return node.property === "" ? node.where : `${node.property} in ${node.where}`;
}

/** A hit on a changed schema node, located at the side's resolved schema and its nearest `x-source`. */
export function schemaHit(s: SchemaNode, side: Hit["side"], vars: Record<string, string> = {}): Hit {
  const { op, node } = s;
  return {
    operation: side === "base" ? op.base : op.revision,
    side,
    pointer: node[side].pointer,
    ...(node.base.source ? { baseSource: node.base.source } : op.base.source ? { baseSource: op.base.source } : {}),
    ...(node.revision.source ? { revisionSource: node.revision.source } : op.revision.source ? { revisionSource: op.revision.source } : {}),
    field: fieldOf(node),
    vars: { ...operationVars(op.revision), target: targetOf(node), where: node.where, property: node.property, ...vars },
  };
}

/** A hit on a property added to (`revision`) or removed from (`base`) a changed schema node. */
export function propertyHit(s: SchemaNode, p: PropertyInfo, side: Hit["side"]): Hit {
  const hit = schemaHit(s, side, { property: p.property });
  return { ...hit, pointer: p.pointer, field: fieldOf(s.node, p.property), ...(p.source ? (side === "base" ? { baseSource: p.source } : { revisionSource: p.source }) : {}) };
}

export function nodesIn(ctx: RuleContext, direction: SchemaDiff["direction"]): SchemaNode[] {
  return ctx.schemaNodes.filter((s) => s.node.direction === direction);
}

export function show(value: unknown): string {
  return value === undefined ? "none" : typeof value === "string" ? value : JSON.stringify(value);
}

export function showTypes(types: string[]): string {
  return types.length === 0 ? "any" : types.join(" | ");
}
