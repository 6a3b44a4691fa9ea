import { describe, expect, it } from "vitest";
import { scrapePages } from "../run.js";
import { loadManifest, DEFAULT_MANIFEST } from "../sources.js";
import { unresolvedRefs, validateOpenApi } from "./validate.js";

const result = scrapePages(loadManifest(DEFAULT_MANIFEST));

describe("every spec of the bundled pages", () => {
  it("is produced", () => {
    expect(result.files.length).toBeGreaterThanOrEqual(16);
  });
  for (const file of result.files) {
    it(`${file.path} is valid OpenAPI 3.1 and every $ref resolves`, async () => {
      expect(await validateOpenApi(file.document, file.path)).toEqual([]);
    });
  }
});

describe("the checks can fail", () => {
  it("reports a document that breaks the OpenAPI schema", async () => {
    const bad = { openapi: "3.1.0", info: { title: "x" }, paths: { "/a": { get: { responses: { "200": {} } } } } };
    const problems = await validateOpenApi(bad, "bad.yaml");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.ruleId).toBe("spec-openapi-schema");
  });
  it("reports a dangling $ref with the pointer of the referring node", () => {
    const doc = { paths: { "/a": { get: { responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Nope" } } } } } } } }, components: { schemas: {} } };
    expect(unresolvedRefs(doc)).toEqual([{ pointer: "#/paths/~1a/get/responses/200/content/application~1json/schema", ref: "#/components/schemas/Nope" }]);
  });
});
