/**
 * `schema.ts`: the spec's types (`paths`, `components`, `operations`) by openapi-typescript's Node API,
 * in this process.
 */
import openapiTS, { astToString } from "openapi-typescript";

export async function emitSchemaTypes(document: Record<string, unknown>): Promise<string> {
  // openapi-typescript may annotate the object it is given; it gets its own copy.
  const ast = await openapiTS(structuredClone(document) as unknown as Parameters<typeof openapiTS>[0], { silent: true });
  return astToString(ast);
}
