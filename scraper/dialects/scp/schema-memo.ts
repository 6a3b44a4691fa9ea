/**
 * The schema of a parameter or model property, memoised per page by the row it is read from. The same
 * rows repeat in every version section of an API and in versioned models (`X`, `X1Dot1`, `X1Dot2`), and
 * `readRow` gives a repeated row the same `ReadRow`; the schema (type, constraints from the description's
 * prose, default, example) is a pure function of it and of the page's labels.
 *
 * What the reading reported is recorded and reported again, in the same order, at the row of each use:
 * a memo hit is the same schema and the same diagnostics as a fresh read. A reading that reports at any
 * other place than its row is not memoised. Each use gets its own copy of the schema (later stages
 * change schemas in place, and the YAML writer would alias a shared object).
 */
import type { Diagnostic } from "../../../core/diagnostics.js";
import { DiagnosticSink } from "../../../core/diagnostics.js";
import type { JsonSchema } from "../../api-model.js";
import type { Position } from "../../document/model.js";
import type { ScpContext } from "./context.js";
import type { ReadRow } from "./rows.js";

export type SchemaUse = "parameter" | "property";

interface Reading {
  schema: JsonSchema;
  diagnostics: readonly Diagnostic[];
}

/** Readings so far on a page: per row, per use. */
export type SchemaMemo = Map<ReadRow, Partial<Record<SchemaUse, Reading>>>;

export function memoisedSchema(ctx: ScpContext, read: ReadRow, use: SchemaUse, pos: Position, build: (ctx: ScpContext) => JsonSchema): JsonSchema {
  const entry = ctx.schemas.get(read);
  const known = entry?.[use];
  if (known) {
    for (const d of known.diagnostics) ctx.sink.report({ ...d, at: pos });
    return cloneJson(known.schema);
  }
  const local = new DiagnosticSink();
  const schema = build({ ...ctx, sink: local });
  for (const d of local.items) ctx.sink.report(d);
  if (local.items.every((d) => d.at === pos)) {
    const reading = { schema: cloneJson(schema), diagnostics: local.items };
    if (entry) entry[use] = reading;
    else ctx.schemas.set(read, { [use]: reading });
  }
  return schema;
}

/** A copy of a JSON value, without recursion (a default or example cell may nest deeply). */
function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  const root = (Array.isArray(value) ? [] : {}) as Record<string, unknown>;
  const from: object[] = [value];
  const to: Array<Record<string, unknown>> = [root];
  while (from.length > 0) {
    const source = from.pop() as Record<string, unknown>;
    const target = to.pop()!;
    for (const k in source) {
      const v = source[k];
      if (v === null || typeof v !== "object") {
        target[k] = v;
        continue;
      }
      const copy = (Array.isArray(v) ? [] : {}) as Record<string, unknown>;
      target[k] = copy;
      from.push(v);
      to.push(copy);
    }
  }
  return root as T;
}
