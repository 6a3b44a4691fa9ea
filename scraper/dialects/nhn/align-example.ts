/**
 * Table names against the example, level by level. The example shows what the server sends, so when a
 * table names a field the example does not have and the example has exactly one field of the same name
 * but for number (`snapshot` in the table, `snapshots` in the example), the table's rows move under the
 * example's name; a parent written in the wrong number (`volumes.nhn_encryption` under a `volume`
 * response) is merged into the field it means. Every such fix, and every example field the table does
 * not list at a level it documents, is a `doc-…` warning with both positions.
 */
import type { Position } from "../../document/model.js";
import type { NhnContext } from "./context.js";
import type { FieldNode } from "./field-tree.js";
import { firstPosition, mergeNode } from "./field-tree.js";
import { sameExceptNumber } from "./words.js";

export interface Example {
  value: unknown;
  pos: Position;
}

export interface AlignEnv {
  ctx: NhnContext;
  /** "List Snapshots response", for messages. */
  where: string;
  example?: Example;
}

export function alignWithExample(root: FieldNode, env: AlignEnv): void {
  alignLevel(root, env.example ? [env.example.value] : [], [], env);
}

function alignLevel(node: FieldNode, samples: readonly unknown[], examplePath: readonly string[], env: AlignEnv): void {
  const holders = objectsIn(samples);
  if (node.children.length > 0) {
    if (holders.length > 0) alignByExample(node, holders, examplePath, env);
    else alignWithinTable(node, env);
  }
  for (const child of node.children) {
    const values = childValues(node, child, holders).filter((v) => v !== undefined);
    alignLevel(child, values, [...examplePath, child.key], env);
  }
}

/** The example values of a child: its key in each holder, or for a dynamic child every key no listed sibling has. */
export function childValues(parent: FieldNode, child: FieldNode, holders: ReadonlyArray<Record<string, unknown>>): unknown[] {
  if (!child.dynamic) return holders.map((h) => h[child.key]);
  const listed = new Set(parent.children.filter((c) => !c.dynamic).map((c) => c.key));
  return holders.flatMap((h) =>
    Object.entries(h)
      .filter(([k]) => !listed.has(k))
      .map(([, v]) => v),
  );
}

function alignByExample(node: FieldNode, holders: ReadonlyArray<Record<string, unknown>>, examplePath: readonly string[], env: AlignEnv): void {
  const { sink } = env.ctx;
  const example = env.example!;
  const keys = [...new Set(holders.flatMap((h) => Object.keys(h)))];
  if (examplePath.length === 0) wrapInExampleRoot(node, holders, keys, env);
  for (const child of [...node.children]) {
    if (child.dynamic || keys.includes(child.key)) continue;
    const candidates = keys.filter((k) => sameExceptNumber(child.key, k));
    if (candidates.length !== 1) continue;
    const exampleName = [...examplePath, candidates[0]!].join(".");
    const at = firstPosition(child) ?? example.pos;
    sink.warn(
      "doc-table-name-differs-from-example",
      `${env.where}: the table names ${JSON.stringify(child.path)} but the example returns ${JSON.stringify(exampleName)}; following the example, keeping the table's descriptions`,
      at,
      { table: at, example: example.pos, tableName: child.path, exampleName },
    );
    const target = node.children.find((c) => c.key === candidates[0]);
    if (target) {
      mergeNode(target, child, env.ctx);
      node.children.splice(node.children.indexOf(child), 1);
    } else {
      child.key = candidates[0]!;
    }
  }
  moveUnderListedParent(node, holders, keys, env);
  if (node.children.some((c) => c.dynamic)) return; // every other key is one of the dynamic child's
  const listedKeys = new Set(node.children.map((c) => c.key));
  for (const key of keys) {
    if (listedKeys.has(key)) continue;
    const exampleName = [...examplePath, key].join(".");
    const at = firstPosition(node) ?? example.pos;
    sink.warn("doc-example-field-not-in-table", `${env.where}: the example has ${JSON.stringify(exampleName)}, which the table does not list`, example.pos, {
      table: at,
      example: example.pos,
      exampleName,
    });
  }
}

/**
 * A table whose rows all sit one level too high: none of its top names is in the example, and one top-level
 * object of the example holds them: the only one (`auth`), or beside the common envelope (`header` and `data`,
 * `header` and `results[]`) the one holding most of them. The rows are read under that name.
 */
function wrapInExampleRoot(node: FieldNode, holders: ReadonlyArray<Record<string, unknown>>, keys: readonly string[], env: AlignEnv): void {
  const listed = node.children.filter((c) => !c.dynamic);
  if (keys.length === 0 || listed.length === 0 || listed.length !== node.children.length || listed.some((c) => keys.includes(c.key))) return;
  const held = (key: string) => {
    const inner = objectsIn(holders.map((h) => h[key]));
    return listed.filter((c) => inner.some((o) => c.key in o)).length;
  };
  const holding = keys.length === 1 ? keys.filter((k) => held(k) > 0) : keys.filter((k) => held(k) * 2 > listed.length);
  if (holding.length !== 1) return;
  const wrapper = holding[0]!;
  const at = firstPosition(node) ?? env.example!.pos;
  env.ctx.sink.warn("doc-table-omits-wrapper", `${env.where}: the table lists its fields at the top, the example under ${JSON.stringify(wrapper)}; read under ${JSON.stringify(wrapper)}`, at, {
    table: at,
    example: env.example!.pos,
    exampleName: wrapper,
  });
  const wrapped: FieldNode = { key: wrapper, path: wrapper, children: node.children, ...(holders.some((h) => Array.isArray(h[wrapper])) ? { indexed: true } : {}) };
  for (const c of wrapped.children) rebase(c, wrapper);
  node.children = [wrapped];
}

/**
 * A row the example has under one listed sibling instead (`id` beside `servers`, whose items have
 * `id`): the table dropped the parent's name. The row moves under that sibling.
 */
function moveUnderListedParent(node: FieldNode, holders: ReadonlyArray<Record<string, unknown>>, keys: readonly string[], env: AlignEnv): void {
  const inExample = new Set(keys);
  // Which listed siblings hold a key in their example objects, read once (a table of n rows is n lookups, not n²).
  const holdersOf = new Map<string, FieldNode[]>();
  for (const c of node.children) {
    if (c.dynamic) continue;
    const held = new Set(objectsIn(childValues(node, c, holders)).flatMap((o) => Object.keys(o)));
    for (const key of held) holdersOf.set(key, [...(holdersOf.get(key) ?? []), c]);
  }
  const present = new Set(node.children);
  for (const child of [...node.children]) {
    if (child.dynamic || inExample.has(child.key)) continue;
    const owners = (holdersOf.get(child.key) ?? []).filter((c) => c !== child && present.has(c) && !c.children.some((g) => g.key === child.key && g.row));
    if (owners.length !== 1) continue;
    const owner = owners[0]!;
    const at = firstPosition(child) ?? env.example!.pos;
    const exampleName = `${owner.path}.${child.key}`;
    env.ctx.sink.warn(
      "doc-table-parent-missing",
      `${env.where}: the table lists ${JSON.stringify(child.path)} at the level of ${JSON.stringify(owner.path)}, the example has it as ${JSON.stringify(exampleName)}; read as ${JSON.stringify(exampleName)}`,
      at,
      {
        table: at,
        example: env.example!.pos,
        tableName: child.path,
        exampleName,
      },
    );
    node.children.splice(node.children.indexOf(child), 1);
    present.delete(child);
    rebase(child, owner.path);
    const same = owner.children.find((c) => c.key === child.key);
    if (same) mergeNode(same, child, env.ctx);
    else owner.children.push(child);
  }
}

/** Re-roots a moved node's printed paths under `parent`. */
function rebase(node: FieldNode, parent: string): void {
  node.path = `${parent}.${node.key}`;
  for (const c of node.children) rebase(c, node.path);
}

/** Without an example: an unlisted parent named like a listed sibling but for number is that sibling. */
function alignWithinTable(node: FieldNode, env: AlignEnv): void {
  for (const child of [...node.children]) {
    if (child.row || child.dynamic) continue;
    const target = node.children.find((c) => c !== child && c.row && !c.dynamic && sameExceptNumber(child.key, c.key));
    if (!target) continue;
    const at = firstPosition(child)!;
    env.ctx.sink.warn(
      "doc-table-name-differs-from-table",
      `${env.where}: the table lists ${JSON.stringify(child.path)} under ${JSON.stringify(child.key)}, which it never lists; read as ${JSON.stringify(target.key)}`,
      at,
      {
        table: at,
        listed: target.row!.pos,
        tableName: child.path,
        listedName: target.path,
      },
    );
    mergeNode(target, child, env.ctx);
    node.children.splice(node.children.indexOf(child), 1);
  }
}

/** The objects at a level: object values, and the object elements of array values. */
export function objectsIn(samples: readonly unknown[]): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  for (const v of samples) {
    if (Array.isArray(v)) for (const e of v) if (isObject(e)) out.push(e);
    if (isObject(v)) out.push(v);
  }
  return out;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
