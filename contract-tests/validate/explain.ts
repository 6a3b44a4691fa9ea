/**
 * ajv errors → violations: plain data with the instance path, the schema path, the keyword, the spec pointer
 * of the schema node that holds the keyword and the page and line that promised it (the nearest `x-source`
 * on that node or an enclosing schema).
 */
import type { ErrorObject } from "ajv";
import type { Severity, SourceLocation } from "../../core/diagnostics.js";
import { classifyKeyword, DRIFT_CATALOGUE, type DriftKind } from "../drift/catalogue.js";
import { childPointer } from "../../core/json-pointer.js";
import type { SchemaBundle } from "./bundle.js";
import { reduceErrors } from "./reduce-errors.js";

export interface Violation {
  kind: DriftKind;
  severity: Severity;
  /** JSON Pointer into the body (`/contents/0/size`; "" for the body itself). */
  instancePath: string;
  /** Path of the failing keyword in the spec (`#/components/schemas/Backup/properties/size/type`); ajv's own when the node is unknown. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  /** `must be integer, got string "3"`. */
  message: string;
  /** Pointer in the spec of the schema node holding the keyword. */
  schemaPointer?: string;
  source?: SourceLocation;
  /** Pointer of the schema node carrying `source`. */
  sourcePointer?: string;
  /** The value that failed (the object, for property errors). */
  data: unknown;
}

export function explainErrors(errors: readonly ErrorObject[] | null | undefined, bundle: SchemaBundle): Violation[] {
  if (!errors || errors.length === 0) return [];
  return reduceErrors(errors).map((e) => {
    const info = e.parentSchema ? bundle.nodes.get(e.parentSchema) : undefined;
    const kind = classifyKeyword(e.keyword);
    const severity = kind === "undocumented-property" && info && !info.closed ? "error" : DRIFT_CATALOGUE[kind].severity;
    const params = e.params as Record<string, unknown>;
    return {
      kind,
      severity,
      instancePath: propertyPath(e.instancePath, e.keyword, params),
      schemaPath: info ? childPointer(info.pointer, e.keyword) : e.schemaPath,
      keyword: e.keyword,
      params,
      message: describe(e, params),
      ...(info ? { schemaPointer: info.pointer } : {}),
      ...(info?.source ? { source: info.source, sourcePointer: info.sourcePointer } : {}),
      data: e.data,
    };
  });
}

/** For property-level keywords, the path of the property itself (`/a` + missing `b` → `/a/b`). */
function propertyPath(instancePath: string, keyword: string, params: Record<string, unknown>): string {
  const name =
    keyword === "required" ? params.missingProperty : keyword === "additionalProperties" ? params.additionalProperty : keyword === "unevaluatedProperties" ? params.unevaluatedProperty : undefined;
  return typeof name === "string" ? childPointer(instancePath, name) : instancePath;
}

function describe(e: ErrorObject, params: Record<string, unknown>): string {
  switch (e.keyword) {
    case "required":
      return `required property is missing`;
    case "additionalProperties":
    case "unevaluatedProperties":
      return `property is not documented`;
    case "anyOf":
    case "oneOf":
      if (!params.type) return `${e.message ?? e.keyword}, got ${preview(e.data)}`;
      return `must be ${[params.type].flat().join(" or ")}, got ${jsonType(e.data)} ${preview(e.data)}`;
    case "type":
      return `must be ${[params.type].flat().join(" or ")}, got ${jsonType(e.data)} ${preview(e.data)}`;
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[] | undefined)?.map((v) => JSON.stringify(v)).join(", ") ?? "the documented values"}, got ${preview(e.data)}`;
    default:
      return `${e.message ?? e.keyword}, got ${preview(e.data)}`;
  }
}

export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
