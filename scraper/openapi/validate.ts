/**
 * Spec checks: the OpenAPI 3.1 schema (a maintained validator, not a hand-written meta-schema) and
 * `$ref` resolution. Problems come back as Diagnostics with a JSON Pointer.
 */
import { childPointer, resolveLocalRef } from "../../core/json-pointer.js";
import { Validator } from "@seriousme/openapi-schema-validator";
import type { Diagnostic } from "../../core/diagnostics.js";

export async function validateOpenApi(document: Record<string, unknown>, name: string): Promise<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const validator = new Validator();
  // The validator may keep a reference; give it a copy.
  const result = await validator.validate(structuredClone(document));
  if (!result.valid) {
    const errors = Array.isArray(result.errors) ? result.errors : [result.errors];
    for (const e of errors as Array<{ instancePath?: string; message?: string; params?: unknown }>) {
      out.push({
        ruleId: "spec-openapi-schema",
        severity: "error",
        message: `${e.message ?? "invalid"}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`,
        at: { pointer: `#${e.instancePath ?? ""}`, document: name },
      });
    }
  }
  for (const { pointer, ref } of unresolvedRefs(document)) {
    out.push({ ruleId: "spec-unresolved-ref", severity: "error", message: `$ref ${ref} does not resolve`, at: { pointer, document: name } });
  }
  return out;
}

/** Every local `$ref` whose target does not exist, with the pointer of the referring node. */
export function unresolvedRefs(document: unknown): Array<{ pointer: string; ref: string }> {
  const out: Array<{ pointer: string; ref: string }> = [];
  const walk = (node: unknown, pointer: string): void => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      node.forEach((v, k) => walk(v, `${pointer}/${k}`));
      return;
    }
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (k === "$ref" && typeof v === "string") {
        if (resolveLocalRef(document, v) === undefined) out.push({ pointer, ref: v });
      } else if (k !== "example" && k !== "examples") {
        walk(v, childPointer(pointer, k));
      }
    }
  };
  walk(document, "#");
  return out;
}
