/**
 * Nesting of Huawei parameter tables. A table is flat: `restore | dict`, then `volume_id | string`, and
 * only the order and the dict/list types say that volume_id lies inside restore. The example body says
 * where every field really is, so each row is placed against it:
 *
 * 1. where the example has the field directly in one of the open containers (innermost first; a field
 *    found in an outer one closes the inner ones);
 * 2. else where the example has it deeper below an open container, through objects the table does not
 *    list (added from the example, reported) or through a documented container already closed
 *    (reopened, reported: the table order says otherwise);
 * 3. else in the innermost open container, as the order implies.
 *
 * A table captioned "<name> field description" holds the fields of <name>, placed the same way below it;
 * a numbered table ("Table 4 …") that a row points to ("For details, see Table 4.") holds that row's
 * fields, whatever its caption says.
 */
import { limitHint } from "../../../core/limits.js";
import type { HuaweiContext } from "./context.js";
import type { ExampleBody, FieldRow, FieldTable } from "./fields.js";
import type { FieldNode } from "./field-node.js";
import { childPath, describe, exampleObjects, fieldNode, findField, holdsFields, isPlainObject, objectsIn, wrapperNode } from "./field-node.js";

export interface FieldTree {
  root: FieldNode;
  /** Paths of documented fields the example does not show. */
  notInExample: string[];
  /** Fields whose nesting only the table order gives (no example value there). */
  placedByOrder: string[];
  /** Rows typed with an object type's name whose fields the rows after them are not (see `namesItsTable`). */
  typedWithoutTable: FieldNode[];
}

const MAX_SEARCH_DEPTH = 4;
const MAX_NESTED_PASSES = 8;

export function buildFieldTree(tables: readonly FieldTable[], example: ExampleBody | undefined, what: string, ctx: HuaweiContext): FieldTree {
  const root: FieldNode = {
    name: "",
    type: { text: "object", schema: { type: "object" }, holds: "object", known: true },
    children: [],
    ...(example ? { example: { value: example.value } } : {}),
    path: "",
  };
  const tree: FieldTree = { root, notInExample: [], placedByOrder: [], typedWithoutTable: [] };
  const referenced = new Set(tables.flatMap((t) => t.rows.flatMap((r) => r.refs ?? [])));
  const isNested = (t: FieldTable) => t.of !== undefined || (t.number !== undefined && referenced.has(t.number));
  const nested: Nested = {
    names: new Set(tables.filter((t) => t.of).map((t) => t.of!.name)),
    numbers: new Set(tables.filter(isNested).flatMap((t) => (t.number !== undefined ? [t.number] : []))),
  };
  let last: FieldNode | undefined;
  for (const table of tables.filter((t) => !isNested(t))) {
    const owner = last && holdsFields(last) && last.children.length === 0 && !describedElsewhere(last.row!, nested) ? last : undefined;
    if (owner) {
      // A table without a caption right after an object row that ends the table before it (`subnet | subnet object`,
      // then the subnet's fields): a capture that lost the caption "subnet field description".
      ctx.sink.info("huawei-nested-by-table-order", `${what}: a table without a caption follows the row of object ${JSON.stringify(owner.path)}; read as its fields`, table.pos, {
        field: owner.path,
      });
    }
    last = placeRows(owner ?? root, table, nested, tree, what, ctx);
  }

  let pending = tables.filter(isNested);
  for (let pass = 0; pass < MAX_NESTED_PASSES && pending.length > 0; pass++) {
    const next: FieldTable[] = [];
    for (const table of pending) {
      const referrers = table.number !== undefined ? findReferrers(root, table.number) : [];
      const targets = referrers.length > 0 ? referrers : table.of ? [findField(root, table.of.name)].filter((n) => n !== undefined) : [];
      if (targets.length === 0) next.push(table);
      // A table two rows point to ("old_tag", "new_tag": "see Table 2") lists the fields of each.
      for (const target of targets) if (openForFields(target, table, what, ctx)) placeRows(target, table, nested, tree, what, ctx);
    }
    if (next.length === pending.length) {
      for (const table of next) placeNestedFromExample(root, table, nested, tree, what, ctx);
      break;
    }
    pending = next;
  }
  for (const node of unknownStructures(root)) {
    ctx.sink.warn(
      "huawei-object-table-missing",
      `${what}: ${JSON.stringify(node.path)} is typed ${JSON.stringify(node.type.text)} and points to table ${node.row!.refs!.join(", ")}, which lists no fields of it; its schema is left open`,
      node.row!.pos,
      { field: node.path, type: node.type.text },
    );
  }
  for (const node of tree.typedWithoutTable) {
    if (node.children.length > 0) continue;
    ctx.sink.warn(
      "huawei-object-table-missing",
      `${what}: ${JSON.stringify(node.path)} is typed ${JSON.stringify(node.type.text)}, but the page has no table of ${JSON.stringify(node.type.typeName)}; its fields are left open (the rows after it are its siblings)`,
      node.row!.pos,
      { field: node.path, type: node.type.typeName },
    );
  }
  return tree;
}

/** What the nested tables describe: field names from their captions, table numbers rows point to. */
interface Nested {
  names: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
}

/**
 * Whether a nested table lists this row's fields (so the rows after it are not its fields). A row that points to a
 * table ("For details, see Table 7.") has its fields there, whether or not that table is on the page (a capture
 * cut before it): the rows after it are its siblings.
 */
function describedElsewhere(row: FieldRow, nested: Nested): boolean {
  return nested.names.has(row.name) || (row.type?.typeName !== undefined && nested.names.has(row.type.typeName)) || (row.refs ?? []).length > 0;
}

/** The fields whose rows point to table `number` and have no fields yet (each gets the table's rows); else the first one pointing to it. */
function findReferrers(root: FieldNode, number: string): FieldNode[] {
  const queue: FieldNode[] = [...root.children];
  const found: FieldNode[] = [];
  while (queue.length > 0) {
    const n = queue.shift()!;
    if (n.row?.refs?.includes(number)) found.push(n);
    queue.push(...n.children);
  }
  const open = found.filter((n) => n.children.length === 0);
  return open.length > 0 ? open : found.slice(0, 1);
}

/** Places a table's rows below `container`; returns the node of its last row (undefined when none was placed). */
function placeRows(container: FieldNode, table: FieldTable, nested: Nested, tree: FieldTree, what: string, ctx: HuaweiContext): FieldNode | undefined {
  const stack: FieldNode[] = [container];
  let last: FieldNode | undefined;
  const { schemaDepth } = ctx.limits;
  for (const [r, row] of table.rows.entries()) {
    if (stack.length > schemaDepth) {
      // The walks over the tree recurse; a table nesting past the limit (a page repeating an object row) stops here.
      ctx.sink.error(
        "schema-too-deep",
        `${what}: the table nests fields more than ${schemaDepth} levels deep; this row and the ${table.rows.length - r - 1} after it are not read; ${limitHint("schemaDepth", ctx.limits)}`,
        row.pos,
        { limit: "schemaDepth" },
      );
      break;
    }
    const parent = placeRow(stack, row, tree, what, ctx);
    if (parent.children.some((c) => c.name === row.name)) {
      ctx.sink.warn("doc-duplicate-field", `${what}: field ${JSON.stringify(row.name)} is listed twice in ${describe(parent)}; the first row is kept`, row.pos);
      continue;
    }
    const node = fieldNode(row, parent);
    parent.children.push(node);
    last = node;
    if (holdsFields(node) && !describedElsewhere(row, nested)) {
      if (namesItsTable(row, table)) tree.typedWithoutTable.push(node);
      else stack.push(node);
    }
  }
  return last;
}

/** Rows typed with a word the vocabulary does not know that point to a table, and got no fields from it. */
function unknownStructures(root: FieldNode): FieldNode[] {
  const out: FieldNode[] = [];
  const queue: FieldNode[] = [...root.children];
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q]!;
    if (n.row?.refs?.length && !n.type.known && n.type.typeName === undefined && n.children.length === 0 && !n.jsonContent) out.push(n);
    queue.push(...n.children);
  }
  return out;
}

/**
 * A row typed with an object type's name (`Array of Tag objects`, `Tag object`) in a captioned table: the page
 * gives that type's fields in a table of its own, captioned with the name, so the rows after it are its siblings,
 * whether or not the capture kept that table. (In a capture that lost every caption the order still nests.)
 */
function namesItsTable(row: FieldRow, table: FieldTable): boolean {
  return row.type?.typeName !== undefined && (table.number !== undefined || table.of !== undefined);
}

function placeRow(stack: FieldNode[], row: FieldRow, tree: FieldTree, what: string, ctx: HuaweiContext): FieldNode {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (exampleObjects(stack[i]!).some((o) => Object.hasOwn(o, row.name))) {
      stack.length = i + 1;
      return stack[i]!;
    }
  }
  for (let i = stack.length - 1; i >= 0; i--) {
    const path = findExamplePath(stack[i]!, row.name);
    const chain = path ? descend(stack[i]!, path, stack, row, what, ctx) : undefined;
    if (!chain) continue;
    stack.length = i + 1;
    for (const n of chain) if (holdsFields(n)) stack.push(n);
    return chain[chain.length - 1] ?? stack[i]!;
  }
  const parent = stack[stack.length - 1]!;
  const at = childPath(parent, row.name);
  if (exampleObjects(parent).length > 0) tree.notInExample.push(at);
  else if (stack.length > 1) tree.placedByOrder.push(at);
  return parent;
}

/**
 * Walks `path` from `from`, reusing documented children and adding the objects the table does not list;
 * undefined when the path crosses a documented field whose type holds no fields (the example disagrees
 * with that type, which the example checks report).
 */
function descend(from: FieldNode, path: readonly string[], stack: readonly FieldNode[], row: FieldRow, what: string, ctx: HuaweiContext): FieldNode[] | undefined {
  let cur = from;
  for (const key of path) {
    const child = cur.children.find((c) => c.name === key);
    if (!child) break;
    if (!holdsFields(child)) return undefined;
    cur = child;
  }
  const chain: FieldNode[] = [];
  cur = from;
  let reopened = false;
  for (const key of path) {
    let child = cur.children.find((c) => c.name === key);
    if (child && !stack.includes(child)) reopened = true;
    if (!child) {
      child = wrapperNode(key, cur);
      cur.children.push(child);
      ctx.sink.warn(
        "doc-table-omits-field",
        `${what}: the example nests ${JSON.stringify(row.name)} in ${JSON.stringify(child.path)}, which the table does not list; ${JSON.stringify(child.path)} is taken from the example`,
        row.pos,
        { field: row.name, added: child.path },
      );
    }
    chain.push(child);
    cur = child;
  }
  if (reopened) {
    ctx.sink.warn(
      "doc-field-placement-conflict",
      `${what}: the table order puts ${JSON.stringify(row.name)} in ${describe(stack[stack.length - 1]!)}, but the example has it in ${describe(cur)}; following the example`,
      row.pos,
      { field: row.name, example: cur.path },
    );
  }
  return chain;
}

/** Shortest path of keys from `node`'s example objects to an object that has `name` (not directly). */
function findExamplePath(node: FieldNode, name: string): string[] | undefined {
  let level: Array<{ obj: Record<string, unknown>; path: string[] }> = exampleObjects(node).map((obj) => ({ obj, path: [] }));
  for (let depth = 0; depth < MAX_SEARCH_DEPTH && level.length > 0; depth++) {
    const next: typeof level = [];
    for (const { obj, path } of level) {
      for (const [key, value] of Object.entries(obj)) {
        for (const child of objectsIn(value)) {
          if (Object.hasOwn(child, name)) return [...path, key];
          next.push({ obj: child, path: [...path, key] });
        }
      }
    }
    level = next;
  }
  return undefined;
}

/** A nested table whose field no row lists: placed where the example has that field, else left out. */
function placeNestedFromExample(root: FieldNode, table: FieldTable, nested: Nested, tree: FieldTree, what: string, ctx: HuaweiContext): void {
  if (!table.of) {
    ctx.sink.warn("doc-nested-table-unknown-field", `${what}: table ${table.number ?? ""} lists fields of a row that cannot be placed; its ${table.rows.length} rows are left out`, table.pos, {
      table: table.number,
    });
    return;
  }
  const name = table.of.name;
  const direct = exampleObjects(root).some((o) => Object.hasOwn(o, name));
  const path = direct ? [] : findExamplePath(root, name);
  if (!path) {
    ctx.sink.warn(
      "doc-nested-table-unknown-field",
      `${what}: a table describes the fields of ${JSON.stringify(name)}, but no table row and no example has that field; its ${table.rows.length} rows are left out`,
      table.of!.pos,
      { field: name },
    );
    return;
  }
  let cur = root;
  for (const key of [...path, name]) {
    let child = cur.children.find((c) => c.name === key);
    if (!child) {
      child = wrapperNode(key, cur);
      cur.children.push(child);
    }
    cur = child;
  }
  ctx.sink.warn(
    "doc-nested-table-unknown-field",
    `${what}: a table describes the fields of ${JSON.stringify(name)}, which no row lists; placed at ${JSON.stringify(cur.path)} as in the example`,
    table.of!.pos,
    { field: name, added: cur.path },
  );
  if (openForFields(cur, table, what, ctx)) placeRows(cur, table, nested, tree, what, ctx);
}

/** Makes a node ready to take a nested table's rows; false (reported) when its type cannot hold fields. */
function openForFields(node: FieldNode, table: FieldTable, what: string, ctx: HuaweiContext): boolean {
  if (holdsFields(node)) return true;
  if (node.type.map) {
    ctx.sink.warn(
      "doc-nested-table-for-map",
      `${what}: a table lists fields of the values of map ${JSON.stringify(node.path)} (${node.type.text}); its ${table.rows.length} rows are not read into the map's value schema`,
      table.of?.pos ?? table.pos,
      { field: node.path },
    );
    return false;
  }
  const value = node.example?.value;
  if (node.type.holds === "maybeArray" || (Array.isArray(value) && value.some(isPlainObject))) {
    node.type = { ...node.type, schema: { type: "array", items: { type: "object" } }, holds: "array" };
    return true;
  }
  if (isPlainObject(value) || (node.type.schema.type === undefined && node.type.holds === undefined)) {
    // The example (or, with an unreadable type, the table itself) shows an object: the type word is wrong.
    if (node.type.known) {
      ctx.sink.warn(
        "doc-scalar-with-fields",
        `${what}: ${JSON.stringify(node.path)} is typed ${JSON.stringify(node.type.text)}, but a table lists its fields and the example shows an object; written as an object`,
        node.row?.pos ?? table.pos,
        { field: node.path, type: node.type.text },
      );
    }
    node.type = { ...node.type, schema: { type: "object" }, holds: "object" };
    return true;
  }
  if (node.type.schema.type === "string") {
    node.jsonContent = true;
    ctx.sink.info(
      "doc-string-field-with-fields",
      `${what}: ${JSON.stringify(node.path)} is typed ${node.type.text} but a table lists its fields; written as a string holding JSON with those fields (contentSchema)`,
      table.of?.pos ?? table.pos,
      { field: node.path },
    );
    return true;
  }
  ctx.sink.warn(
    "doc-nested-table-for-scalar",
    `${what}: a table lists fields of ${JSON.stringify(node.path)}, whose type ${JSON.stringify(node.type.text)} holds none; its ${table.rows.length} rows are left out`,
    table.of?.pos ?? table.pos,
    { field: node.path },
  );
  return false;
}
