/**
 * Limits on what the dialects built from a page, before it becomes a spec: every example (of a parameter,
 * body or response) deeper than `exampleDepth` is dropped, every schema deeper than `schemaDepth` becomes
 * an unconstrained schema marked `x-limit-cut`, each with a located error at its source. Values can reach
 * the model from table cells and paragraphs as well as from code blocks, so this is the guard that holds
 * for every dialect. The services belong to this run and are edited in place.
 */
import type { DiagnosticSink } from "../../core/diagnostics.js";
import type { Limits } from "../../core/limits.js";
import { limitHint, nestingDepth } from "../../core/limits.js";
import type { ApiService, JsonSchema } from "../api-model.js";
import type { Position } from "../document/model.js";

interface Holder {
  schema?: JsonSchema;
  example?: unknown;
  source: Position;
}

export function enforceModelLimits(services: readonly ApiService[], limits: Limits, sink: DiagnosticSink): void {
  for (const service of services) {
    for (const op of service.operations) {
      const label = `${op.method.toUpperCase()} ${op.path}`;
      for (const p of op.parameters) limitHolder(p, `parameter ${p.name} of ${label}`, limits, sink);
      if (op.requestBody) limitHolder(op.requestBody, `request body of ${label}`, limits, sink);
      for (const r of op.responses) limitHolder(r, `response ${r.status} of ${label}`, limits, sink);
    }
    for (const named of service.schemas.values()) {
      const cut = limitSchema(named.schema, `schema ${named.name}`, named.source, limits, sink);
      if (cut) named.schema = cut;
    }
  }
}

function limitHolder(holder: Holder, label: string, limits: Limits, sink: DiagnosticSink): void {
  if (holder.example !== null && typeof holder.example === "object") {
    const { depth, pointer } = nestingDepth(holder.example, limits.exampleDepth);
    if (depth > limits.exampleDepth) {
      sink.error("example-too-deep", `the example of the ${label} nests more than ${limits.exampleDepth} levels (at ${pointer}); it is left out; ${limitHint("exampleDepth", limits)}`, holder.source, {
        limit: "exampleDepth",
        pointer,
      });
      delete holder.example;
    }
  }
  if (holder.schema) {
    const cut = limitSchema(holder.schema, `schema of the ${label}`, holder.source, limits, sink);
    if (cut) holder.schema = cut;
  }
}

/** An unconstrained replacement when `schema` is too deep, else undefined. */
function limitSchema(schema: JsonSchema, label: string, source: Position, limits: Limits, sink: DiagnosticSink): JsonSchema | undefined {
  const { depth, pointer } = nestingDepth(schema, limits.schemaDepth);
  if (depth <= limits.schemaDepth) return undefined;
  sink.error("schema-too-deep", `the ${label} nests more than ${limits.schemaDepth} levels (at ${pointer}); it is written unconstrained; ${limitHint("schemaDepth", limits)}`, source, {
    limit: "schemaDepth",
    pointer,
  });
  return { "x-limit-cut": "schemaDepth" };
}
