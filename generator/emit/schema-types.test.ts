/**
 * The two ways to `schema.ts` (openapi-typescript's transform alone, and openapiTS with its Redocly pass)
 * give the same text for every document the gate lets through; what the gate holds back still meets
 * Redocly, which fails it as before.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { OpenAPI3 } from "openapi-typescript";
import { loadOpenapiTypescript, loadRedoclyCore } from "./load-cjs.js";
import { redoclyPassNeeded } from "./redocly-gate.js";
import { transformDocument } from "./schema-transform.js";
import { createSchemaEmitter } from "./schema-types.js";

const SPEC_DIR = join(import.meta.dirname, "../../spec");

function specFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? specFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
    });
}

/** Shapes openapi-typescript treats specially: discriminators, compositions, enums, nullables, maps, 3.0. */
const SHAPES: Record<string, unknown> = {
  openapi: "3.0.3",
  info: { title: "Shapes", version: "1" },
  paths: {
    "/pets/{id}": {
      parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }],
      get: {
        operationId: "getPet",
        parameters: [{ name: "fields", in: "query", schema: { type: "array", items: { type: "string", enum: ["a", "b"] } } }],
        responses: {
          "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } },
          default: { description: "error", content: { "application/json": { schema: { type: "object", additionalProperties: { type: "string" } } } } },
        },
      },
      put: {
        operationId: "putPet",
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } },
        responses: { "204": { description: "none" } },
      },
    },
  },
  components: {
    schemas: {
      Pet: {
        oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
        discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" } },
      },
      Base: { type: "object", required: ["kind"], properties: { kind: { type: "string" }, name: { type: "string", nullable: true, default: "x" } } },
      Cat: { allOf: [{ $ref: "#/components/schemas/Base" }, { type: "object", properties: { lives: { type: "integer", minimum: 0, maximum: 9 } } }] },
      Dog: { allOf: [{ $ref: "#/components/schemas/Base" }, { type: "object", properties: { tags: { type: "array", items: { type: "string" } } }, deprecated: true }] },
    },
  },
};

describe("schema.ts without openapi-typescript's Redocly pass", () => {
  const oat = loadOpenapiTypescript();
  const config = loadRedoclyCore().createConfig({ rules: { "operation-operationId-unique": { severity: "error" } } }, { extends: ["minimal"] });
  const bothWays = async (document: Record<string, unknown>): Promise<[string, string]> => {
    const direct = oat.astToString(transformDocument(oat, structuredClone(document) as unknown as OpenAPI3, await config));
    const full = oat.astToString(await oat.default(structuredClone(document) as unknown as OpenAPI3, { silent: true, redocly: await config }));
    return [direct, full];
  };

  it("is the same text as openapiTS for every bundled spec and for the shapes it treats specially", async () => {
    const documents = [...specFiles(SPEC_DIR).map((f) => parse(readFileSync(f, "utf8")) as Record<string, unknown>), SHAPES];
    expect(documents.length).toBeGreaterThan(10);
    for (const document of documents) {
      expect(redoclyPassNeeded(document)).toBeUndefined();
      const [direct, full] = await bothWays(document);
      expect(direct).toBe(full);
    }
    expect((await bothWays(SHAPES))[0]).toMatch(/kind: "cat"/);
  });

  it("openapi-typescript's Redocly configuration has one rule, the one the gate checks", async () => {
    const rules = (await config).styleguide.rules;
    expect(Object.keys(rules.oas3_0 ?? {})).toEqual(["operation-operationId-unique"]);
    expect(Object.keys(rules.oas3_1 ?? {})).toEqual(["operation-operationId-unique"]);
  });

  it("holds back what Redocly could fail or bundle, saying why", () => {
    expect(redoclyPassNeeded({ ...SHAPES, servers: [{ url: "https://api.example.test/" }] })).toBeUndefined();
    const twice = structuredClone(SHAPES) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    twice.paths["/pets/{id}"]!.put!.operationId = "getPet";
    expect(redoclyPassNeeded(twice)).toMatch(/operationId getPet repeats/);
    const external = structuredClone(SHAPES) as { components: { schemas: Record<string, unknown> } };
    external.components.schemas.Pet = { $ref: "./pets.yaml#/Pet" };
    expect(redoclyPassNeeded(external)).toMatch(/\.\/pets\.yaml#\/Pet is not local/);
    const dangling = structuredClone(SHAPES) as typeof external;
    dangling.components.schemas.Cat = { $ref: "#/components/schemas/Lion" };
    expect(redoclyPassNeeded(dangling)).toMatch(/Lion does not resolve/);
    expect(redoclyPassNeeded({ ...SHAPES, openapi: "3.2.0" })).toMatch(/not OpenAPI 3\.0 or 3\.1/);
    expect(redoclyPassNeeded({ swagger: "2.0", info: { title: "x", version: "1" } })).toMatch(/not OpenAPI/);
  });

  it("a document held back meets openapi-typescript's errors as before", async () => {
    const emitter = createSchemaEmitter();
    const twice = structuredClone(SHAPES) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    twice.paths["/pets/{id}"]!.put!.operationId = "getPet";
    await expect(emitter.emit(twice)).rejects.toThrow(/unique `operationId`/);
    await expect(emitter.emit({ swagger: "2.0", info: { title: "x", version: "1" }, paths: {} })).rejects.toThrow(/Swagger version: 2\.x/);
    await expect(emitter.emit(SHAPES)).resolves.toContain("getPet");
  });
});
