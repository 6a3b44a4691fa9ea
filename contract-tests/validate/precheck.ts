/**
 * Before compiling: every keyword ajv does not know and every format it cannot check, across all schema
 * nodes of a spec, each located — ajv itself would stop at the first. Unknown formats are then registered as
 * unchecked (a warning: the value is not checked), unknown keywords as annotations (an error: add them to
 * vocabulary.ts), so the rest of the spec is still validated.
 */
import type { Diagnostic } from "../../core/diagnostics.js";
import type { AjvInstance } from "./ajv.js";
import type { SchemaBundle } from "./bundle.js";
import { childPointer } from "../../core/json-pointer.js";

export function precheckSchemas(ajv: AjvInstance, bundle: SchemaBundle, document: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const unknownKeywords = new Set<string>();
  const unknownFormats = new Set<string>();
  for (const node of bundle.list) {
    const info = bundle.nodes.get(node);
    const at = info?.source ?? { pointer: info?.pointer ?? "#", document };
    for (const key of Object.keys(node)) {
      if (key in ajv.RULES.keywords) continue;
      unknownKeywords.add(key);
      out.push({
        ruleId: "contract-unknown-keyword",
        severity: "error",
        message: `unknown schema keyword "${key}" at ${childPointer(info?.pointer ?? "#", key)}: register it in contract-tests/validate/vocabulary.ts`,
        at,
        data: { keyword: key, pointer: info?.pointer, document },
      });
    }
    const format = node.format;
    if (typeof format === "string" && !(format in ajv.formats)) {
      unknownFormats.add(format);
      out.push({
        ruleId: "contract-unknown-format",
        severity: "warning",
        message: `format "${format}" at ${info?.pointer ?? "#"} is not known; values are not checked against it (add it to contract-tests/validate/formats.ts)`,
        at,
        data: { format, pointer: info?.pointer, document },
      });
    }
  }
  for (const keyword of unknownKeywords) ajv.addKeyword({ keyword });
  for (const format of unknownFormats) ajv.addFormat(format, true);
  return out;
}
