import { describe, expect, it } from "vitest";
import { firstDanglingRef } from "./dangling-refs.js";

describe("firstDanglingRef", () => {
  it("names the first $ref that points at nothing, with the pointer of the object holding it", () => {
    const doc = {
      paths: { "/a": { get: { responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/Missing" } } } } } } } },
      components: { schemas: { Known: { type: "object", properties: { next: { $ref: "#/components/schemas/Known" } } } } },
    };
    expect(firstDanglingRef(doc)).toEqual({ ref: "#/components/schemas/Missing", at: "#/paths/~1a/get/responses/200/content/application~1json/schema" });
  });

  it("accepts a document whose refs all resolve, and reads examples and defaults as data", () => {
    const doc = {
      components: {
        schemas: {
          A: { type: "object", example: { $ref: "#/nowhere" }, default: { $ref: "#/nowhere" }, properties: { b: { $ref: "#/components/schemas/B" } } },
          B: { type: "string" },
        },
      },
    };
    expect(firstDanglingRef(doc)).toBeUndefined();
  });

  it("reads a property named like a data keyword as a schema", () => {
    const doc = { components: { schemas: { A: { type: "object", properties: { example: { $ref: "#/components/schemas/Gone" } } } } } };
    expect(firstDanglingRef(doc)).toEqual({ ref: "#/components/schemas/Gone", at: "#/components/schemas/A/properties/example" });
  });
});
