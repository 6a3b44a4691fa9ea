/**
 * Keywords a schema in an OpenAPI 3.1 document may carry besides JSON Schema 2020-12: the OpenAPI base
 * vocabulary (§4.8.24 Schema Object: `discriminator`, `xml`, `externalDocs`, the deprecated `example`) and the
 * vendor extensions the scraper writes into schemas. They are annotations (they validate nothing) and are
 * registered with meta-schemas, so ajv stays in strict mode and still rejects a misspelt keyword. A new `x-*`
 * in a schema fails compilation with a located diagnostic: add it here.
 */
import type { KeywordDefinition } from "ajv";

export const OPENAPI_KEYWORDS: readonly KeywordDefinition[] = [
  { keyword: "example" },
  {
    keyword: "discriminator",
    schemaType: "object",
    metaSchema: {
      type: "object",
      properties: { propertyName: { type: "string" }, mapping: { type: "object", additionalProperties: { type: "string" } } },
      required: ["propertyName"],
    },
  },
  {
    keyword: "xml",
    schemaType: "object",
    metaSchema: {
      type: "object",
      properties: {
        name: { type: "string" },
        namespace: { type: "string" },
        prefix: { type: "string" },
        attribute: { type: "boolean" },
        wrapped: { type: "boolean" },
      },
    },
  },
  {
    keyword: "externalDocs",
    schemaType: "object",
    metaSchema: { type: "object", properties: { url: { type: "string" }, description: { type: "string" } }, required: ["url"] },
  },
];

/** Extensions the scraper writes on schemas (operations and parameters carry more; ajv never sees those). */
export const VENDOR_SCHEMA_KEYWORDS: readonly KeywordDefinition[] = [
  {
    keyword: "x-source",
    schemaType: "object",
    metaSchema: {
      type: "object",
      properties: { page: { type: "string" }, line: { type: "integer", minimum: 1 } },
      required: ["page", "line"],
      additionalProperties: false,
    },
  },
  { keyword: "x-inferred", schemaType: "boolean" },
];
