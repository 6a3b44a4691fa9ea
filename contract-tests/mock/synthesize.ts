/**
 * A body for a schema the docs give no example for: documented examples, defaults and enum values first
 * (`useExamples`), else values made from the type and format. The caller validates the result and retries
 * without examples when a documented example is itself wrong.
 */
import { valueAt } from "../../core/json-pointer.js";

type Obj = Record<string, unknown>;

const FORMAT_VALUES: Readonly<Record<string, string>> = {
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "00:00:00Z",
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  "numeric-string": "0",
  email: "user@example.com",
  uri: "https://example.com/",
  url: "https://example.com/",
  hostname: "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  byte: "AA==",
  duration: "P1D",
};
/** Tried in order against a `pattern` (the pages' patterns are mostly timestamps and ids). */
const PATTERN_CANDIDATES = [
  "2024-01-01T00:00:00.000000",
  "2024-01-01T00:00:00Z",
  "2024-01-01T00:00:00",
  "2024-01-01 00:00:00",
  "2024-01-01",
  "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  "0",
  "1",
  "a",
  "A",
  "abc",
  "example",
];

export interface SynthesizeOptions {
  useExamples: boolean;
}

export function synthesize(schema: unknown, document: unknown, options: SynthesizeOptions): unknown {
  return make(schema, document, options, 0, new Set());
}

function make(schema: unknown, document: unknown, options: SynthesizeOptions, depth: number, refs: Set<string>): unknown {
  if (schema === true || schema === undefined) return {};
  if (schema === null || typeof schema !== "object") return null;
  const s = schema as Obj;
  if (typeof s.$ref === "string") {
    if (refs.has(s.$ref) || depth > 12) return null;
    const next = new Set(refs).add(s.$ref);
    return make(valueAt(document, s.$ref), document, options, depth + 1, next);
  }
  if ("const" in s) return s.const;
  if (options.useExamples) {
    if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
    if ("example" in s) return s.example;
    if ("default" in s) return s.default;
  }
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum.find((v) => v !== null) ?? s.enum[0];
  for (const key of ["oneOf", "anyOf"] as const) {
    const branches = s[key];
    if (Array.isArray(branches) && branches.length > 0) {
      const branch = branches.find((b) => (b as Obj)?.type !== "null") ?? branches[0];
      return make(branch, document, options, depth + 1, refs);
    }
  }
  if (Array.isArray(s.allOf)) {
    const parts = s.allOf.map((b) => make(b, document, options, depth + 1, refs));
    if (parts.every((p) => p !== null && typeof p === "object" && !Array.isArray(p))) return Object.assign({}, ...parts, make({ ...s, allOf: undefined }, document, options, depth + 1, refs));
    return parts[0];
  }
  const types = [s.type ?? (s.properties ? "object" : s.items ? "array" : undefined)].flat().filter((t) => t !== undefined);
  const type = types.find((t) => t !== "null") ?? types[0];
  switch (type) {
    case "object": {
      const out: Obj = {};
      for (const [name, sub] of Object.entries((s.properties as Obj | undefined) ?? {})) {
        if (depth > 10 && !(Array.isArray(s.required) && s.required.includes(name))) continue;
        out[name] = make(sub, document, options, depth + 1, refs);
      }
      return out;
    }
    case "array": {
      const n = Math.max(typeof s.minItems === "number" ? s.minItems : 1, depth > 10 ? 0 : 1);
      return Array.from({ length: n }, () => make(s.items, document, options, depth + 1, refs));
    }
    case "string":
      return makeString(s);
    case "integer":
    case "number":
      return makeNumber(s, type === "integer");
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return {};
  }
}

function makeString(s: Obj): string {
  let value = (typeof s.format === "string" ? FORMAT_VALUES[s.format] : undefined) ?? "string";
  if (typeof s.pattern === "string") {
    const re = compile(s.pattern);
    if (re && !re.test(value)) value = PATTERN_CANDIDATES.find((c) => re.test(c)) ?? value;
  }
  if (typeof s.minLength === "number" && value.length < s.minLength) value = value.padEnd(s.minLength, "x");
  if (typeof s.maxLength === "number" && value.length > s.maxLength) value = value.slice(0, s.maxLength);
  return value;
}

function makeNumber(s: Obj, integer: boolean): number {
  let value = typeof s.minimum === "number" ? s.minimum : typeof s.exclusiveMinimum === "number" ? s.exclusiveMinimum + 1 : 1;
  if (typeof s.maximum === "number" && value > s.maximum) value = s.maximum;
  return integer ? Math.ceil(value) : value;
}

function compile(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return undefined;
  }
}
