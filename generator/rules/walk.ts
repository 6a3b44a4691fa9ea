/**
 * Flattens a document diff's schema changes (parameters, request bodies, responses, nested properties,
 * items, variants) into one list, so each schema rule is a filter over it.
 */
import type { DocumentDiff, MediaDiffs, OperationDiff, SchemaDiff } from "../diff/types.js";
import type { SchemaNode } from "./types.js";

export function schemaNodes(diff: DocumentDiff): SchemaNode[] {
  const out: SchemaNode[] = [];
  const visit = (op: OperationDiff, node: SchemaDiff | undefined): void => {
    if (!node) return;
    out.push({ op, node });
    for (const child of node.properties.changed) visit(op, child);
    visit(op, node.items);
    visit(op, node.additionalProperties);
    for (const v of node.variants) visit(op, v);
  };
  const media = (op: OperationDiff, m: MediaDiffs | undefined): void => {
    for (const c of m?.changed ?? []) visit(op, c.schema);
  };
  for (const op of diff.operations.changed) {
    for (const p of op.parameters.changed) visit(op, p.schema);
    media(op, op.requestBody?.media);
    for (const r of op.responses.changed) media(op, r.media);
  }
  return out;
}
