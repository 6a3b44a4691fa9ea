/**
 * A request or response body: its parameter tables placed against the example that matches them best
 * (the one sharing most field names), checked, and written as a schema. A body with an example but no
 * table gets a schema inferred from the example, and says so.
 */
import type { JsonSchema } from "../../api-model.js";
import type { Position } from "../../document/model.js";
import { inferSchema } from "../../infer-schema.js";
import type { HuaweiContext } from "./context.js";
import { checkAgainstExample } from "./example-checks.js";
import { fieldSchema, objectSchema } from "./field-schema.js";
import type { FieldNode } from "./field-node.js";
import { isPlainObject } from "./field-node.js";
import { buildFieldTree } from "./field-tree.js";
import type { ExampleBody, FieldTable } from "./fields.js";

export interface BodyRead {
  schema: JsonSchema;
  example?: unknown;
  /** Some top-level field is mandatory. */
  required: boolean;
  source: Position;
  /** Examples that share no field with the tables (alternatives such as error bodies). */
  unmatched: ExampleBody[];
  /** Further examples of the same body (sharing fields with the tables) besides the one attached. */
  alternatives: ExampleBody[];
}

export function readBody(tables: readonly FieldTable[], examples: readonly ExampleBody[], what: string, ctx: HuaweiContext): BodyRead | undefined {
  const rows = tables.flatMap((t) => t.rows);
  if (rows.length === 0 && examples.length === 0) return undefined;
  if (rows.length === 0) {
    const [first, ...rest] = examples as [ExampleBody, ...ExampleBody[]];
    ctx.sink.info("huawei-body-from-example", `${what}: no parameter table; the schema is inferred from the example`, first.pos);
    return { schema: inferSchema(first.value), example: first.value, required: false, source: first.pos, unmatched: rest, alternatives: [] };
  }
  const names = new Set(rows.map((r) => r.name));
  const scored = examples.map((e) => ({ e, score: sharedNames(e.value, names) }));
  const best = scored.reduce<{ e: ExampleBody; score: number } | undefined>((a, b) => (b.score > 0 && (!a || b.score > a.score) ? b : a), undefined);
  const example = best?.e;
  const table = tables.find((t) => !t.of) ?? tables[0]!;
  const tree = buildFieldTree(tables, example, what, ctx);
  checkAgainstExample(tree, example?.pos, table.pos, what, ctx);
  const whole = wholeBodyField(tree.root.children);
  if (whole) {
    ctx.sink.info("huawei-whole-body-row", `${what}: the table's one row ${JSON.stringify(whole.name)} is the body itself (${whole.type.text})`, whole.row?.pos ?? table.pos);
    const { description: _description, ...schema } = fieldSchema(whole, ctx.sink);
    return {
      schema,
      ...(example ? { example: example.value } : {}),
      required: whole.row?.required === true,
      source: table.pos,
      unmatched: scored.filter((x) => x.e !== example && x.score === 0).map((x) => x.e),
      alternatives: scored.filter((x) => x.e !== example && x.score > 0).map((x) => x.e),
    };
  }
  return {
    schema: objectSchema(tree.root.children, ctx.sink),
    ...(example ? { example: example.value } : {}),
    required: tree.root.children.some((c) => c.row?.required === true),
    source: table.pos,
    unmatched: scored.filter((x) => x.e !== example && x.score === 0).map((x) => x.e),
    alternatives: scored.filter((x) => x.e !== example && x.score > 0).map((x) => x.e),
  };
}

/**
 * `[items] | Yes | Array of RecordSet objects`: a body table whose one top-level row has a bracketed name describes the
 * whole body (an array of those objects), not a field called "[items]".
 */
function wholeBodyField(children: readonly FieldNode[]): FieldNode | undefined {
  const only = children.length === 1 ? children[0]! : undefined;
  return only && /^\[[^\]]*\]$/.test(only.name) ? only : undefined;
}

/** How many of the names occur as keys anywhere in the value. */
function sharedNames(value: unknown, names: ReadonlySet<string>): number {
  const found = new Set<string>();
  const stack: unknown[] = [value];
  let visited = 0;
  while (stack.length > 0 && visited < 100_000) {
    const v = stack.pop();
    visited++;
    if (Array.isArray(v)) stack.push(...v);
    else if (isPlainObject(v)) {
      for (const [k, child] of Object.entries(v)) {
        if (names.has(k)) found.add(k);
        stack.push(child);
      }
    }
  }
  return found.size;
}
