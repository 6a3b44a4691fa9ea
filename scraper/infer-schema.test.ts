import { describe, expect, it } from "vitest";
import { inferSchema } from "./infer-schema.js";

describe("schemas inferred from examples", () => {
  // JSON.parse gives `__proto__` as an own key; a page's example may hold any key.
  const example = JSON.parse('[{"constructor": 1, "toString": "a"}, {"constructor": 2.5, "__proto__": "x"}]') as unknown;

  it("keep keys named like Object's members as properties, merged across array items", () => {
    const schema = inferSchema(example);
    const items = schema.items as { properties: Record<string, unknown> };
    expect(Object.getPrototypeOf(items.properties)).toBe(Object.prototype);
    expect(Object.keys(items.properties)).toEqual(["constructor", "toString", "__proto__"]);
    expect(items.properties.constructor).toEqual({ type: "number" });
    expect(Object.getOwnPropertyDescriptor(items.properties, "__proto__")?.value).toEqual({ type: "string" });
  });
});
