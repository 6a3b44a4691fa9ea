/**
 * `schema.ts`: the spec's types (`paths`, `components`, `operations`) by openapi-typescript's Node API,
 * in this process. One emitter per run: the Redocly configuration openapi-typescript would otherwise
 * build for every spec is built once and shared.
 *
 * A document openapi-typescript's Redocly pass cannot fail or change (`redocly-gate.ts`) goes to its
 * transform directly: that pass walks the whole document twice, over half of a cold generation's schema
 * time. Every other document takes openapiTS's own way.
 */
import type { Config } from "@redocly/openapi-core";
import type { OpenAPI3 } from "openapi-typescript";
import { loadOpenapiTypescript, loadRedoclyCore } from "./load-cjs.js";
import { redoclyPassNeeded } from "./redocly-gate.js";
import { transformDocument } from "./schema-transform.js";

export interface SchemaEmitter {
  /** `owned`: the document is this call's own copy (posted to a worker), so it is not cloned again. */
  emit(document: Record<string, unknown>, owned?: boolean): Promise<string>;
}

export function createSchemaEmitter(): SchemaEmitter {
  const oat = loadOpenapiTypescript();
  let redocly: Promise<Config> | undefined;
  // The configuration openapi-typescript 7.13 builds when given none (lib index: createConfig(...)).
  const config = () => (redocly ??= loadRedoclyCore().createConfig({ rules: { "operation-operationId-unique": { severity: "error" } } }, { extends: ["minimal"] }));
  return {
    async emit(document, owned = false) {
      // openapi-typescript may annotate the object it is given; it gets its own copy.
      const source = owned ? document : structuredClone(document);
      const openapi = source as unknown as OpenAPI3;
      const ast = redoclyPassNeeded(source) === undefined ? transformDocument(oat, openapi, await config()) : await oat.default(openapi, { silent: true, redocly: await config() });
      return oat.astToString(ast);
    },
  };
}
