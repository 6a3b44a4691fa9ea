/**
 * One ajv instance per compiled spec: JSON Schema draft 2020-12 (what OpenAPI 3.1 uses), ajv-formats, the
 * OpenAPI and vendor keywords as registered vocabulary, the vendor formats — strict mode on. Whatever ajv
 * would log (strict-mode notes) is collected instead of printed.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import formatsPlugin from "ajv-formats";
import { VENDOR_FORMATS } from "./formats.js";
import { OPENAPI_KEYWORDS, VENDOR_SCHEMA_KEYWORDS } from "./vocabulary.js";

export type AjvInstance = InstanceType<typeof Ajv2020>;

export interface AjvOptions {
  /** Receives ajv's warnings (strict-mode notes) instead of the console. */
  onWarning?: (message: string) => void;
  /**
   * Coerce strings to the documented types before validating (ajv's `coerceTypes: "array"`): for request
   * parameters, which arrive as text (`size=20` is the integer 20, a lone `state=A` an array of one), as Prism
   * reads them. Never for bodies.
   */
  coerceParameters?: boolean;
  /**
   * Skip ajv's optimising pass over the code it generates (`code.optimize: false`): the same validators, compiled in
   * about two thirds of the time and running a little slower — for validators used a few times each (the scrape's
   * example review), not for a mock server's or a contract run's.
   */
  quickCompile?: boolean;
}

export function createAjv(options: AjvOptions = {}): AjvInstance {
  const warn = (...args: unknown[]): void => options.onWarning?.(args.map(String).join(" "));
  const ajv = new Ajv2020({
    strict: true,
    // OpenAPI 3.1 writes nullability as a type array: `type: [string, "null"]`.
    allowUnionTypes: true,
    // Every problem of a body, not only the first.
    allErrors: true,
    // Errors carry the schema node (for x-source and patches) and the data (for inferring a patch).
    verbose: true,
    ...(options.coerceParameters ? { coerceTypes: "array" as const } : {}),
    ...(options.quickCompile ? { code: { optimize: false } } : {}),
    logger: { log: () => undefined, warn, error: warn },
  });
  formatsPlugin.default(ajv);
  ajv.addVocabulary([...OPENAPI_KEYWORDS, ...VENDOR_SCHEMA_KEYWORDS]);
  for (const [name, f] of Object.entries(VENDOR_FORMATS)) ajv.addFormat(name, { type: f.type, validate: f.format } as never);
  return ajv;
}
