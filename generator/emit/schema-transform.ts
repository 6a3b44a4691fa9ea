/**
 * openapi-typescript's transform on a document that needs none of its Redocly pass (see `redocly-gate.ts`):
 * the same context `openapiTS(document, { silent: true })` builds (openapi-typescript 7.13, `dist/index.cjs`),
 * every option at its documented default. `schema-transform.test.ts` holds the two ways to the same text.
 */
import type { Config } from "@redocly/openapi-core";
import type { GlobalContext, OpenAPI3 } from "openapi-typescript";
import type ts from "typescript";
import type { loadOpenapiTypescript } from "./load-cjs.js";

type Oat = ReturnType<typeof loadOpenapiTypescript>;

export function transformDocument(oat: Oat, document: OpenAPI3, redoc: Config): ts.Node[] {
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: oat.scanDiscriminators(document, {}),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc,
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => oat.resolveRef(document, $ref, { silent: true }),
  };
  return oat.transformSchema(document, ctx);
}
