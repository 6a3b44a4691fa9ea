/**
 * ajv compiles a spec at the depth limit and a 3,000-schema `$ref` chain; a deeper spec is refused when
 * read, at its line, not with a stack overflow.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../../core/limits.js";
import { deepSpecYaml } from "../../core/testing/deep-spec.js";
import { specFromText } from "../spec/load.js";
import { compileSpec } from "./compile.js";

const AT_LIMIT = Math.floor((DEFAULT_LIMITS.specDepth - 4) / 2);

describe("deep specs in the contract tests", () => {
  it("compiles validators for a spec at the depth limit with a long $ref chain", () => {
    const compiled = compileSpec(specFromText("scp/deep/1.0", "deep.yaml", deepSpecYaml({ nested: AT_LIMIT, chain: 3_000 })));
    expect(compiled.operations.length).toBe(1);
  });

  it("refuses a deeper spec with its line", () => {
    expect(() => specFromText("scp/deep/1.0", "deep.yaml", deepSpecYaml({ nested: 3_000 }))).toThrow(/nesting exceeded maxDepth \(102\) in "[^"]+" \(\d+:\d+\)/);
  });
});
