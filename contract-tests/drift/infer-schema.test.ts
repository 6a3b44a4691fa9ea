import { describe, expect, it } from "vitest";
import { inferSchema } from "./infer-schema.js";

describe("the drift report's schema of a response", () => {
  it("keeps keys named like Object's members as properties (JSON.parse gives `__proto__` as an own key)", () => {
    const schema = inferSchema(JSON.parse('{"constructor": 1, "__proto__": {"a": true}}')) as { properties: Record<string, unknown> };
    expect(Object.getPrototypeOf(schema.properties)).toBe(Object.prototype);
    expect(Object.keys(schema.properties)).toEqual(["__proto__", "constructor"]);
  });
});
