/**
 * Dotted field names → a tree: `volumes`, `volumes.attachments`, `volumes.attachments.server_id`
 * become nested nodes. Names may contain `:` and `-` (`os-vol-tenant-attr:tenant_id`); only `.`
 * nests. A parent that is never listed itself (`volumes.nhn_encryption` without `volumes`) is an
 * implicit node without a row. A quoted or bracketed segment (`addresses."Network Name"`,
 * `metadata.{key}`) stands for any key: a dynamic node, written as `additionalProperties`.
 */
import { limitHint } from "../../../core/limits.js";
import type { Position } from "../../document/model.js";
import type { NhnContext } from "./context.js";
import type { FieldRow } from "./field-table.js";

export interface FieldNode {
  key: string;
  /** The dotted name as printed (for messages). */
  path: string;
  row?: FieldRow;
  children: FieldNode[];
  /** The key is a placeholder for any key (`"Network Name"`, `{key}`). */
  dynamic?: boolean;
  /** Some row's name indexed this key (`result[].id`, `list[0].key`): without a row of its own it is an array. */
  indexed?: boolean;
}

export function buildFieldTree(rows: readonly FieldRow[], ctx: NhnContext): FieldNode {
  const root: FieldNode = { key: "", path: "", children: [] };
  // Children by key, so that a table of many rows (or a name of many dots) is read in linear time.
  const index = new Map<FieldNode, Map<string, FieldNode>>();
  const { schemaDepth } = ctx.limits;
  for (const row of rows) {
    const parts = splitDottedName(row.name);
    const keys = parts.map(arrayOf);
    if (keys.length > schemaDepth) {
      ctx.sink.error(
        "schema-too-deep",
        `field name of ${keys.length} dotted parts nests deeper than the schema can (${JSON.stringify(row.name.slice(0, 60))}…); the row is not read; ${limitHint("schemaDepth", ctx.limits)}`,
        row.pos,
        {
          limit: "schemaDepth",
        },
      );
      continue;
    }
    let node = root;
    for (const [k, key] of keys.entries()) {
      let byKey = index.get(node);
      if (!byKey) index.set(node, (byKey = new Map()));
      let child = byKey.get(key);
      if (!child) {
        child = { key, path: node === root ? key : `${node.path}.${key}`, children: [], ...(isDynamicKey(key) ? { dynamic: true } : {}) };
        node.children.push(child);
        byKey.set(key, child);
      }
      if (key !== parts[k]) child.indexed = true;
      node = child;
    }
    if (node.row) {
      ctx.sink.warn("doc-duplicate-field", `field ${JSON.stringify(row.name)} is listed twice in one table; the first row is kept`, row.pos, { first: node.row.pos, second: row.pos });
      continue;
    }
    node.row = row;
  }
  return root;
}

/** Moves `from` (its row, when the target has none, and its children) into `into`. */
export function mergeNode(into: FieldNode, from: FieldNode, ctx: NhnContext): void {
  if (from.row) {
    if (!into.row) into.row = from.row;
    else
      ctx.sink.warn("doc-duplicate-field", `fields ${JSON.stringify(into.row.name)} and ${JSON.stringify(from.row.name)} describe the same field; the first is kept`, from.row.pos, {
        first: into.row.pos,
        second: from.row.pos,
      });
  }
  for (const c of from.children) {
    const same = into.children.find((x) => x.key === c.key);
    if (same) mergeNode(same, c, ctx);
    else into.children.push(c);
  }
}

/** The first table position under a node (its row, or its first described descendant). */
export function firstPosition(node: FieldNode): Position | undefined {
  if (node.row) return node.row.pos;
  for (const c of node.children) {
    const p = firstPosition(c);
    if (p) return p;
  }
  return undefined;
}

const OPEN = "\"'`{<[";
const CLOSE = "\"'`}>]";

/** Splits a field name at dots outside quotes and brackets: `a."b.c".d` → [a, "b.c", d]. */
export function splitDottedName(name: string): string[] {
  const keys: string[] = [];
  let current = "";
  let closer: string | undefined;
  for (const ch of name) {
    if (closer !== undefined) {
      if (ch === closer) closer = undefined;
    } else if (OPEN.includes(ch)) {
      closer = CLOSE[OPEN.indexOf(ch)];
    } else if (ch === ".") {
      keys.push(current.trim());
      current = "";
      continue;
    }
    current += ch;
  }
  keys.push(current.trim());
  return keys.filter((k) => k !== "");
}

/**
 * `result[]` / `list[0]` → `result` / `list`: in `result[].paymentSeq` the index says "an item of the array
 * `result`", not a key of its own. A key that is only a bracket (`[id]`, a placeholder) stays.
 */
export function arrayOf(key: string): string {
  const m = /^([^[\]]+)\[\d*\]$/.exec(key);
  return m ? m[1]!.trim() : key;
}

/** `"Network Name"`, `{key}`, `<name>`, `[id]`: a placeholder for any key. */
export function isDynamicKey(key: string): boolean {
  const k = OPEN.indexOf(key[0] ?? "");
  return key.length >= 2 && k >= 0 && key.endsWith(CLOSE[k]!);
}
