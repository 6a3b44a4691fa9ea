/**
 * Doc-consistency checks of a field tree against the example it was placed with: values of another
 * type than the table says, example fields no table lists, documented fields the example leaves out,
 * nulls (the field is then nullable). Disagreements are warnings; omissions the docs commonly make
 * (optional fields missing from an example, nulls) are notes.
 */
import type { Position } from "../../document/model.js";
import type { HuaweiContext } from "./context.js";
import type { FieldNode } from "./field-node.js";
import { exampleObjects, holdsFields, isPlainObject, parseJsonString } from "./field-node.js";
import type { FieldTree } from "./field-tree.js";

export function checkAgainstExample(tree: FieldTree, examplePos: Position | undefined, tablePos: Position, what: string, ctx: HuaweiContext): void {
  const { sink } = ctx;
  const nulls: string[] = [];
  const walk = (node: FieldNode): void => {
    if (node.row && node.example) {
      const value = node.example.value;
      if (value === null) {
        node.nullable = true;
        nulls.push(node.path);
      } else if (!valueFits(node, value)) {
        sink.warn("doc-example-type-mismatch", `${what}: ${JSON.stringify(node.path)} is typed ${JSON.stringify(node.type.text)} in the table, but the example has ${preview(value)}`, node.row.pos, {
          field: node.path,
          type: node.type.text,
        });
      }
    }
    if ((holdsFields(node) || node === tree.root) && examplePos) {
      const keys = [...new Set(exampleObjects(node).flatMap((o) => Object.keys(o)))];
      const undocumented = keys.filter((k) => !node.children.some((c) => c.name === k));
      const documented = node.children.filter((c) => c.row).length;
      const where = node.path === "" ? "the top level" : JSON.stringify(node.path);
      if (undocumented.length > 0 && documented > 0) {
        sink.warn("doc-example-field-undocumented", `${what}: the example has ${list(undocumented)} in ${where}, which no table lists`, examplePos, { at: node.path, fields: undocumented });
      } else if (undocumented.length > 0 && node !== tree.root) {
        sink.info("doc-container-without-fields", `${what}: the table lists no field of ${where} (${node.type.text}); the example shows ${list(undocumented)}`, node.row?.pos ?? examplePos, {
          at: node.path,
          fields: undocumented,
        });
      }
    }
    for (const c of node.children) walk(c);
  };
  walk(tree.root);
  if (nulls.length > 0 && examplePos) {
    sink.info("doc-example-null", `${what}: the example has null for ${list(nulls)}; written as nullable`, examplePos, { fields: nulls });
  }
  if (tree.notInExample.length > 0 && examplePos) {
    sink.info("doc-field-not-in-example", `${what}: the example leaves out ${list(tree.notInExample)}`, examplePos, { fields: tree.notInExample });
  }
  if (tree.placedByOrder.length > 0) {
    sink.info("huawei-nesting-by-order", `${what}: the nesting of ${list(tree.placedByOrder)} follows the table order alone (no example value confirms it)`, tablePos, { fields: tree.placedByOrder });
  }
}

function valueFits(node: FieldNode, value: unknown): boolean {
  if (node.jsonContent) return typeof value === "string" && isPlainObject(parseJsonString(value));
  switch (node.type.schema.type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "object":
      return isPlainObject(value);
    case "array":
      return Array.isArray(value);
    default:
      return true;
  }
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function list(items: readonly string[]): string {
  return items.map((i) => JSON.stringify(i)).join(", ");
}
