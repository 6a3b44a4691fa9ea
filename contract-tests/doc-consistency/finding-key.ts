/**
 * What identifies a documentation bug across spec versions and runs: the rule id, the page and line that
 * promised the value (the schema's x-source) and the field within that schema (`/properties/size/type`,
 * `/required/name`). Never the message text. Contract failures against the mock map to the same key, so a
 * known documentation bug is known to both.
 */
import { isSourceLocation, type Diagnostic } from "../../core/diagnostics.js";
import { docRuleId, type DriftKind } from "../drift/catalogue.js";
import { tokensOf, pointerOf } from "../../core/json-pointer.js";

export interface FindingKey {
  ruleId: string;
  /** `page:line`. */
  at: string;
  field: string;
}

export const keyString = (k: FindingKey): string => `${k.ruleId} ${k.at} ${k.field}`;

/** The field of a violation: the schema node's pointer relative to the node carrying x-source, plus the keyword. */
export function fieldOf(schemaPointer: string | undefined, sourcePointer: string | undefined, keyword: string, params: Record<string, unknown>): string {
  const node = schemaPointer ? tokensOf(schemaPointer) : [];
  const base = sourcePointer ? tokensOf(sourcePointer) : [];
  const relative = base.every((t, i) => node[i] === t) ? node.slice(base.length) : node;
  const property = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty;
  const tail = keyword === "required" || keyword === "additionalProperties" || keyword === "unevaluatedProperties" ? [keyword, String(property)] : [keyword];
  return pointerOf([...relative, ...tail]).slice(1);
}

/** The doc-consistency key a contract diagnostic corresponds to (undefined when it has no page location). */
export function docKeyOfContractDiagnostic(d: Diagnostic): FindingKey | undefined {
  const data = d.data ?? {};
  if (!isSourceLocation(d.at) || typeof data.kind !== "string" || typeof data.keyword !== "string") return undefined;
  return {
    ruleId: docRuleId(data.kind as DriftKind),
    at: `${d.at.page}:${d.at.line}`,
    field: fieldOf(data.schemaPointer as string | undefined, data.sourcePointer as string | undefined, data.keyword, (data.params as Record<string, unknown> | undefined) ?? {}),
  };
}
