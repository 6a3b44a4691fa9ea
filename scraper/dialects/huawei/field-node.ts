/**
 * One field of a request or response body as the tree builder places it: its table row (if any), type,
 * children and the example value at its place; with the small helpers that read examples along it.
 */
import type { FieldRow } from "./fields.js";
import type { TypeInfo } from "./type-words.js";

export interface FieldNode {
  name: string;
  /** Undefined for an object the table does not list, known only from the example. */
  row?: FieldRow;
  type: TypeInfo;
  children: FieldNode[];
  /** The example value at this place, when the example has one. */
  example?: { value: unknown };
  /** A string field whose JSON content a nested table describes (`service_metadata`). */
  jsonContent?: boolean;
  /** Dotted path for messages: `backup.links[].href`. */
  path: string;
  /** The example shows null here: the field is nullable. */
  nullable?: boolean;
}

export function findField(root: FieldNode, name: string): FieldNode | undefined {
  const all: FieldNode[] = [];
  const queue: FieldNode[] = [...root.children];
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q]!;
    all.push(n);
    for (const c of n.children) queue.push(c);
  }
  const byName = all.filter((n) => n.name === name);
  return (
    byName.find((n) => n.children.length === 0 && (holdsFields(n) || n.type.holds === "maybeArray")) ??
    byName.find((n) => n.children.length === 0) ??
    byName[0] ??
    all.find((n) => n.type.typeName === name && n.children.length === 0) ??
    all.find((n) => n.name.toLowerCase() === name.toLowerCase()) ??
    all.find((n) => n.children.length === 0 && isPluralOf(n.name, name))
  );
}

/** "groups" for a caption naming "Group", "export_locations" for "export_location": a list captioned by its item. */
function isPluralOf(field: string, caption: string): boolean {
  const f = field.toLowerCase();
  const c = caption.toLowerCase();
  return f === `${c}s` || f === `${c}es`;
}

export function fieldNode(row: FieldRow, parent: FieldNode): FieldNode {
  const inExample = childExample(parent, row.name);
  const type: TypeInfo = row.type ?? { text: "", schema: {}, known: false };
  const node: FieldNode = { name: row.name, row, type, children: [], ...(inExample ? { example: inExample } : {}), path: childPath(parent, row.name) };
  if (type.holds === "maybeArray" && inExample && objectsIn(inExample.value).length > 0) {
    node.type = { ...type, schema: { type: "array", items: { type: "object" } }, holds: "array" };
  }
  if (type.holds === "structure") {
    const list = Array.isArray(inExample?.value);
    node.type = { ...type, schema: list ? { type: "array", items: { type: "object" } } : { type: "object" }, holds: list ? "array" : "object" };
  }
  return node;
}

export function wrapperNode(key: string, parent: FieldNode): FieldNode {
  const inExample = childExample(parent, key);
  const value = inExample?.value;
  const type: TypeInfo = Array.isArray(value)
    ? { text: "array (from the example)", schema: { type: "array", items: { type: "object" } }, holds: "array", known: true }
    : { text: "object (from the example)", schema: { type: "object" }, holds: "object", known: true };
  return { name: key, type, children: [], ...(inExample ? { example: inExample } : {}), path: childPath(parent, key) };
}

export function childPath(parent: FieldNode, name: string): string {
  const base = parent.path === "" ? "" : parent.type.holds === "array" ? `${parent.path}[].` : `${parent.path}.`;
  return `${base}${name}`;
}

export function holdsFields(node: FieldNode): boolean {
  return node.type.holds === "object" || node.type.holds === "array" || node.jsonContent === true;
}

/** The example objects whose keys are this node's fields (the items of an array, parsed JSON content). */
export function exampleObjects(node: FieldNode): Array<Record<string, unknown>> {
  if (!node.example) return [];
  const value = node.example.value;
  if (node.jsonContent) {
    const parsed = parseJsonString(value);
    return isPlainObject(parsed) ? [parsed] : [];
  }
  if (node.type.holds === "array") return Array.isArray(value) ? value.filter(isPlainObject) : [];
  return isPlainObject(value) ? [value] : [];
}

export function childExample(parent: FieldNode, name: string): { value: unknown } | undefined {
  const holder = exampleObjects(parent).find((o) => Object.hasOwn(o, name));
  return holder ? { value: holder[name] } : undefined;
}

export function objectsIn(value: unknown): Array<Record<string, unknown>> {
  if (isPlainObject(value)) return [value];
  if (Array.isArray(value)) return value.filter(isPlainObject);
  return [];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function parseJsonString(value: unknown): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value.trim());
  } catch {
    return undefined;
  }
}

export function describe(node: FieldNode): string {
  return node.path === "" ? "the top level" : JSON.stringify(node.path);
}
