import { describe, expect, it } from "vitest";
import { expandedDepth } from "./expanded-depth.js";

const chain = (n: number, cycle = false) => ({
  paths: { "/x": { get: { schema: { $ref: "#/components/schemas/L0" } } } },
  components: {
    schemas: Object.fromEntries(
      Array.from({ length: n }, (_, k): [string, object] => [`L${k}`, { properties: { next: { $ref: `#/components/schemas/L${k + 1 < n ? k + 1 : cycle ? 0 : "End"}` } } }]).concat([
        ["End", { type: "string" }],
      ]),
    ),
  },
});

describe("expandedDepth", () => {
  it("is the plain depth without references", () => {
    expect(expandedDepth({ a: { b: [1] } })).toEqual({ depth: 3, pointer: "#" });
  });

  it("follows a reference chain (each link adds its own depth) and names the first reference", () => {
    // root → paths → /x → get → schema ($ref, depth 5); each link is {properties:{next:{$ref}}}: 3 levels, the last 1.
    expect(expandedDepth(chain(1))).toEqual({ depth: 4 + 3 + 1 - 1, pointer: "#/paths/~1x/get/schema" });
    expect(expandedDepth(chain(50_000)).depth).toBe(4 + 2 * 50_000 + 1);
  });

  it("stops at a cycle (each link followed once on any path)", () => {
    // From /paths: L0 → L1 → L2 → (L0 again: stop) = 4 + 7; from components/schemas/L2: 5 + L2 → L0 → L1 → L2 = 12.
    expect(expandedDepth(chain(3, true)).depth).toBe(12);
    expect(expandedDepth(chain(3_000, true)).depth).toBeLessThan(3 * 3_000);
  });
});
