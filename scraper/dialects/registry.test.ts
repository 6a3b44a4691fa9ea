import { describe, expect, it } from "vitest";
import { DIALECTS } from "./index.js";
import { DIALECT_VENDORS } from "./vendors.js";

describe("dialect registry", () => {
  it("lists the same vendors as the light-weight vendor list the CLI uses", () => {
    expect(DIALECTS.map((d) => d.vendor)).toEqual([...DIALECT_VENDORS]);
  });
});
