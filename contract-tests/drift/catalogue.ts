/**
 * Drift kinds: how a response (or a documentation example) differs from the spec. One entry per kind with its
 * rule ids, severity and the question a maintainer answers with it — the docs or the API is wrong. Rule ids
 * never change once shipped; suppressions key on them.
 */
import type { Severity } from "../../core/diagnostics.js";

export const DRIFT_KINDS = [
  "undocumented-property",
  "missing-required-property",
  "type-mismatch",
  "format-mismatch",
  "enum-mismatch",
  "constraint-violation",
  "undocumented-status",
  "undocumented-content-type",
  "undocumented-operation",
  "missing-body",
  "unparseable-body",
] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

export interface DriftEntry {
  title: string;
  severity: Severity;
  /** What the suggested patch does, and what to check before applying it. */
  advice: string;
}

export const DRIFT_CATALOGUE: Readonly<Record<DriftKind, DriftEntry>> = {
  "undocumented-property": {
    title: "undocumented property",
    severity: "warning",
    advice: "the patch documents the property; if the API should not send it, the API is wrong",
  },
  "missing-required-property": {
    title: "missing required property",
    severity: "error",
    advice: "the patch makes the property optional; if the docs are right the API dropped a field",
  },
  "type-mismatch": {
    title: "type mismatch",
    severity: "error",
    advice: "the patch widens the documented type to the observed one; check the docs' type column first",
  },
  "format-mismatch": {
    title: "format mismatch",
    severity: "error",
    advice: "the patch drops the format; if the docs' format is right the API sends a malformed value",
  },
  "enum-mismatch": {
    title: "value not in the documented enumeration",
    severity: "error",
    advice: "the patch adds the observed value to the enumeration",
  },
  "constraint-violation": {
    title: "constraint violated (pattern, length, range)",
    severity: "error",
    advice: "the patch removes the constraint; check whether the docs' constraint or the value is wrong",
  },
  "undocumented-status": {
    title: "undocumented status code",
    severity: "error",
    advice: "the patch documents the status with the observed body's shape",
  },
  "undocumented-content-type": {
    title: "undocumented content type",
    severity: "error",
    advice: "the patch documents the content type with the documented schema",
  },
  "undocumented-operation": {
    title: "undocumented operation",
    severity: "error",
    advice: "the patch adds the operation with the observed response; the path may need a {parameter}",
  },
  "missing-body": {
    title: "documented body missing",
    severity: "error",
    advice: "the patch removes the documented body; if the docs are right the API answered empty",
  },
  "unparseable-body": {
    title: "body is not valid JSON",
    severity: "error",
    advice: "no patch: the API sent a body its content type does not describe",
  },
};

export const contractRuleId = (kind: DriftKind): string => `contract-${kind}`;
export const docRuleId = (kind: DriftKind): string => `doc-example-${kind}`;

const CONSTRAINTS = new Set([
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "contains",
  "minContains",
  "maxContains",
  "dependentRequired",
  "propertyNames",
  "not",
  "oneOf",
]);

/** The drift kind of one ajv error keyword. */
export function classifyKeyword(keyword: string): DriftKind {
  if (keyword === "additionalProperties" || keyword === "unevaluatedProperties") return "undocumented-property";
  if (keyword === "required" || keyword === "dependentRequired") return "missing-required-property";
  if (keyword === "type" || keyword === "anyOf" || keyword === "if") return "type-mismatch";
  if (keyword === "format") return "format-mismatch";
  if (keyword === "enum" || keyword === "const") return "enum-mismatch";
  if (CONSTRAINTS.has(keyword)) return "constraint-violation";
  return "type-mismatch";
}
