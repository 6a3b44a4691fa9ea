/** The committed rule list (`docs/diff-rules.md`) is rendered from the registry and must match it. */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderRulesDoc } from "./rules-doc.js";

const FILE = "docs/diff-rules.md";

describe("docs/diff-rules.md", () => {
  it("lists the registry's rules", () => {
    const fresh = renderRulesDoc();
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(FILE, fresh);
    expect(fresh, `${FILE} is stale: UPDATE_GOLDEN=1 npx vitest run generator/rules/rules-doc.test.ts`).toBe(readFileSync(FILE, "utf8"));
  });
});
