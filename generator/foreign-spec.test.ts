/** A spec cloudspec did not write (a vendor's own OpenAPI document: no x-vendor, x-service-id, x-source) still generates. */
import { describe, expect, it } from "vitest";
import { generateClients, GenerateError } from "./generate.js";

const FOREIGN = `openapi: 3.1.0
info:
  title: Widget Store API
  version: 2.4.1
servers:
  - url: https://api.example.test
paths:
  /widgets/{id}:
    get:
      operationId: getWidget
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { type: object, properties: { id: { type: string } } }
        "404": { description: missing }
`;

describe("a spec from elsewhere", () => {
  it("lands in openapi/<title slug>/<info.version>, importing the runtime by package name", async () => {
    const files = await generateClients([{ path: "my.yaml", content: FOREIGN }], { outDir: "out", fingerprint: "test" });
    expect(files.map((f) => f.path).sort()).toEqual(["out/openapi/widget-store-api/2.4.1/client.ts", "out/openapi/widget-store-api/2.4.1/schema.ts", "out/openapi/widget-store-api/index.ts"]);
    const client = files.find((f) => f.path.endsWith("client.ts"))!.content;
    expect(client).toContain('from "@cloudspec/runtime"');
    expect(client).toMatch(/async getWidget\(/);
  });

  it("without a title, the file name names the service; without a version it is refused", async () => {
    const untitled = FOREIGN.replace("  title: Widget Store API\n", "");
    const files = await generateClients([{ path: "specs/billing.openapi.yaml", content: untitled }], { outDir: "out", fingerprint: "test" });
    expect(files[0]!.path).toMatch(/^out\/openapi\/billing\//);
    await expect(generateClients([{ path: "x.yaml", content: FOREIGN.replace("  version: 2.4.1\n", "") }], { outDir: "out", fingerprint: "test" })).rejects.toThrow(/info\.version/);
  });
});

describe("a spec with a $ref to nothing", () => {
  it("is refused with the spec, the pointer and the ref, before any emitter runs", async () => {
    const dangling = FOREIGN.replace("schema: { type: object, properties: { id: { type: string } } }", 'schema: { $ref: "#/components/schemas/Widget" }');
    await expect(generateClients([{ path: "my.yaml", content: dangling }], { outDir: "out", fingerprint: "test" })).rejects.toThrow(
      new GenerateError(
        'my.yaml#/paths/~1widgets~1{id}/get/responses/200/content/application~1json/schema: $ref "#/components/schemas/Widget" points at nothing in the spec; define it or remove the reference',
      ),
    );
  });
});
