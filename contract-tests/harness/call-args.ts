/**
 * The argument of a generated method for one operation: `{ path, query, header, body }` from values the caller
 * gives (live runs: tenant and project ids), else the page's parameter examples, else values made from the
 * schema. Only required query and header parameters are sent; a request body example is used when it
 * validates, else one is synthesised.
 */
import type { OperationEntry, CompiledSpec } from "../validate/compile.js";
import { synthesize } from "../mock/synthesize.js";

export type CallArgs = { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, string>; body?: unknown };

export function callArgs(compiled: CompiledSpec, entry: OperationEntry, given: Readonly<Record<string, unknown>> = {}): CallArgs {
  const args: CallArgs = {};
  for (const p of entry.operation.parameters) {
    if (p.in === "cookie" || (!p.required && !(p.name in given))) continue;
    const value = p.name in given ? given[p.name] : parameterValue(compiled, p.schema, p.example?.value);
    const bucket = p.in === "header" ? "header" : p.in;
    const target = (args[bucket] ??= {}) as Record<string, unknown>;
    target[p.name] = p.in === "header" ? String(value) : value;
  }
  const request = entry.request;
  if (request && (request.required || request.media.length > 0)) {
    const media = request.media.find((m) => m.json) ?? request.media[0];
    if (media) {
      const valid = (v: unknown): boolean => !media.validate || media.validate(v);
      const example = [media.media.example, ...media.media.examples].find((e) => e !== undefined && valid(e.value));
      args.body = example ? example.value : bodyFromSchema(compiled, media.media.schema, valid);
    }
  }
  return args;
}

function parameterValue(compiled: CompiledSpec, schema: Record<string, unknown> | undefined, example: unknown): unknown {
  const allowed = Array.isArray(schema?.enum) ? (schema.enum as unknown[]) : undefined;
  // An example outside its own enumeration (a documentation bug) is not sent: the first allowed value is.
  const usable = example !== undefined && example !== null && (!allowed || allowed.includes(example));
  const value = usable ? example : synthesize(schema ?? { type: "string" }, compiled.spec.document, { useExamples: !allowed });
  // Path segments must not be empty, `.` or `..` (the runtime refuses them).
  if (value === null || value === "" || value === "." || value === "..") return "example";
  return value;
}

function bodyFromSchema(compiled: CompiledSpec, schema: unknown, valid: (v: unknown) => boolean): unknown {
  const first = synthesize(schema, compiled.spec.document, { useExamples: true });
  return valid(first) ? first : synthesize(schema, compiled.spec.document, { useExamples: false });
}
