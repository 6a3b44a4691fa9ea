/**
 * Path, query, header and cookie parameters against their documented schemas, as Prism checks them: values
 * arrive as text and are coerced to the documented type first (`size=20` is the integer 20; `size=notanumber`
 * fails `type`), then validated with ajv — types, enums, formats, patterns, ranges — and required parameters
 * must be present. Query parameters the operation does not document are reported as warnings. Validators are
 * compiled per operation on first use, on an ajv instance of the checker's own (coercion on).
 */
import type { ValidateFunction } from "ajv";
import type { ParameterInfo } from "../spec/operations.js";
import type { CompiledSpec, OperationEntry } from "../validate/compile.js";
import { createAjv, type AjvInstance } from "../validate/ajv.js";
import { adoptSchema } from "../validate/bundle.js";
import { explainErrors } from "../validate/explain.js";
import { childPointer, unescapeToken, valueAt } from "../../core/json-pointer.js";
import { docLine as at, type RequestProblem } from "./request-problem.js";

/** What a request carries, already split by location. */
export interface RequestParts {
  /** Path parameters as matched (percent-encoded). */
  path: Record<string, string>;
  query: URLSearchParams;
  /** Lower-case names. */
  headers: Record<string, string | undefined>;
  cookies: Map<string, string>;
}

/** Header parameters OpenAPI says to ignore (§4.8.12.1: described elsewhere). */
const IGNORED_HEADERS = new Set(["accept", "content-type", "authorization"]);

interface CompiledParameter {
  parameter: ParameterInfo;
  /** Validates `{ v: value }` (coercion rewrites `v` in place). */
  validate?: ValidateFunction;
  /** Why the schema could not be compiled (the value is then only checked for presence). */
  compileError?: string;
  array: boolean;
  explode: boolean;
}

export interface ParameterChecker {
  check(entry: OperationEntry, parts: RequestParts, alsoAllowedQuery: ReadonlySet<string>): RequestProblem[];
}

export function createParameterChecker(compiled: CompiledSpec): ParameterChecker {
  let ajv: AjvInstance | undefined;
  const byEntry = new Map<OperationEntry, CompiledParameter[]>();
  const compileFor = (entry: OperationEntry): CompiledParameter[] => {
    if (!ajv) {
      ajv = createAjv({ coerceParameters: true });
      ajv.addSchema(compiled.bundle.root);
    }
    const out = entry.operation.parameters.map((parameter) => compileParameter(compiled, ajv!, entry, parameter));
    byEntry.set(entry, out);
    return out;
  };
  return {
    check(entry, parts, alsoAllowedQuery) {
      const params = byEntry.get(entry) ?? compileFor(entry);
      const problems: RequestProblem[] = [];
      for (const p of params) problems.push(...checkOne(compiled, p, parts));
      const documented = new Set(entry.operation.parameters.filter((p) => p.in === "query").map((p) => p.name));
      for (const name of new Set(parts.query.keys())) {
        if (documented.has(name) || alsoAllowedQuery.has(name)) continue;
        problems.push({
          location: ["query", name],
          code: "unknown-parameter",
          severity: "warning",
          message: `query parameter ${name} is not documented for ${entry.operation.operationId}${documented.size > 0 ? ` (documented: ${[...documented].join(", ")})` : " (it documents none)"}`,
          ...(entry.operation.source ? { documentedAt: at(entry.operation.source) } : {}),
          pointer: entry.operation.pointer,
        });
      }
      return problems;
    },
  };
}

function compileParameter(compiled: CompiledSpec, ajv: AjvInstance, entry: OperationEntry, parameter: ParameterInfo): CompiledParameter {
  const raw = parameter.schema;
  const rawObject = objectAt(compiled.spec.document, parameter.pointer);
  const explode = typeof rawObject.explode === "boolean" ? rawObject.explode : (rawObject.style ?? "form") === "form";
  const base: CompiledParameter = { parameter, array: raw !== undefined && typesOf(compiled, raw).includes("array"), explode };
  if (!raw) return base;
  const fallback = parameter.source ? { source: parameter.source, pointer: parameter.pointer } : entry.operation.source ? { source: entry.operation.source, pointer: entry.operation.pointer } : {};
  const schema = adoptSchema(compiled.bundle, raw, childPointer(parameter.pointer, "schema"), fallback, { close: false });
  try {
    return { ...base, validate: ajv.compile({ type: "object", properties: { v: schema } }) };
  } catch (e) {
    return { ...base, compileError: (e as Error).message };
  }
}

function checkOne(compiled: CompiledSpec, p: CompiledParameter, parts: RequestParts): RequestProblem[] {
  const { parameter } = p;
  if (parameter.in === "header" && IGNORED_HEADERS.has(parameter.name.toLowerCase())) return [];
  const located = { location: [parameter.in, parameter.name], pointer: parameter.pointer, ...(parameter.source ? { documentedAt: at(parameter.source) } : {}) };
  const value = valueOf(p, parts);
  if (value === undefined) {
    return parameter.required ? [{ ...located, code: "required", severity: "error", message: `required ${parameter.in} parameter ${parameter.name} is missing` }] : [];
  }
  if (!p.validate) {
    return p.compileError
      ? [{ ...located, code: "schema-compile", severity: "warning", message: `${parameter.in} parameter ${parameter.name} is not checked: its schema does not compile (${p.compileError})` }]
      : [];
  }
  const holder = { v: value };
  if (p.validate(holder)) return [];
  return explainErrors(p.validate.errors, compiled.bundle).map((v) => {
    const inner = v.instancePath.replace(/^\/v/, "");
    return {
      ...located,
      location: [parameter.in, parameter.name, ...inner.split("/").slice(1).map(unescapeToken)],
      code: v.keyword,
      severity: "error" as const,
      message: `${parameter.in} parameter ${parameter.name}${inner}: ${v.message}`,
      ...(v.source && v.sourcePointer !== parameter.pointer ? { documentedAt: at(v.source) } : {}),
    };
  });
}

/** The parameter's value as text (or a list of texts for arrays and repeated query parameters); undefined when absent. */
function valueOf(p: CompiledParameter, parts: RequestParts): string | string[] | undefined {
  const { name } = p.parameter;
  switch (p.parameter.in) {
    case "path": {
      const raw = parts.path[name];
      if (raw === undefined) return undefined;
      return split(p, safeDecode(raw));
    }
    case "query": {
      const all = parts.query.getAll(name);
      if (all.length === 0) return undefined;
      if (all.length > 1) return all;
      return split(p, all[0]!);
    }
    case "header": {
      const raw = parts.headers[name.toLowerCase()];
      return raw === undefined ? undefined : split(p, raw, true);
    }
    case "cookie": {
      const raw = parts.cookies.get(name);
      return raw === undefined ? undefined : split(p, raw);
    }
  }
}

/** Arrays serialised in one value: comma-separated (`simple`, and `form` without explode). */
function split(p: CompiledParameter, text: string, simple = false): string | string[] {
  if (!p.array) return text;
  if (simple || p.parameter.in === "path" || !p.explode) return text === "" ? [] : text.split(",");
  return [text];
}

function typesOf(compiled: CompiledSpec, schema: Record<string, unknown>): unknown[] {
  let s = schema;
  for (let hops = 0; typeof s.$ref === "string" && hops < 8; hops++) s = objectAt(compiled.spec.document, s.$ref);
  return [s.type].flat();
}

function objectAt(document: unknown, pointer: string): Record<string, unknown> {
  const node = valueAt(document, pointer);
  return node !== null && typeof node === "object" && !Array.isArray(node) ? (node as Record<string, unknown>) : {};
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
