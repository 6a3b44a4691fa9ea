/**
 * Test support: specs that are deep in the two ways a page can make them. `nested` levels of
 * object properties in one schema (each level is two levels of the document: `properties`, then the
 * name), and a chain of `chain` named schemas each referencing the next (deep only for walks that
 * follow `$ref`s).
 */

/** JSON text (a YAML document too), built as text: serializers recurse, and these specs are deep on purpose. */
export function deepSpecYaml(options: { nested?: number; chain?: number; description?: string }): string {
  const nested = options.nested ?? 0;
  const leaf = JSON.stringify({ type: "string", description: options.description ?? "leaf" });
  const opens = Array.from({ length: nested }, (_, k) => `{"type":"object","properties":{"p${nested - 1 - k}":`).join("");
  const deep = `${opens}${leaf}${"}}".repeat(nested)}`;
  const schemas: Record<string, unknown> = { Deep: "@DEEP@" };
  const chain = options.chain ?? 0;
  for (let k = 0; k < chain; k++) {
    schemas[`Link${k}`] =
      k + 1 < chain ? { type: "object", properties: { next: { $ref: `#/components/schemas/Link${k + 1}` } } } : { type: "object", properties: { end: { type: options.description ?? "string" } } };
  }
  const ref = (name: string) => ({ content: { "application/json": { schema: { $ref: `#/components/schemas/${name}` } } } });
  const document = {
    openapi: "3.1.0",
    info: { title: "Deep API", version: "1.0", "x-vendor": "scp", "x-service-id": "deep" },
    paths: {
      "/deep": {
        post: { operationId: "postDeep", requestBody: { required: true, ...ref("Deep") }, responses: { "200": { description: "OK", ...ref(chain > 0 ? "Link0" : "Deep") } } },
      },
    },
    components: { schemas },
  };
  return JSON.stringify(document, null, 1).replace('"@DEEP@"', deep);
}
