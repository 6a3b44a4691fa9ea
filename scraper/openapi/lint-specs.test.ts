/**
 * Every committed spec through a maintained OpenAPI linter (Redocly's `recommended` rules), as users' own
 * pipelines run it: no errors and no warnings. An example that breaks its own schema is a documentation bug the
 * scrape marks (moved to `x-doc-example` beside `x-doc-bug`), so the linter sees none. Rules that ask
 * for what the pages never state are switched off here, each with its reason — the scraper never invents
 * a license, tag descriptions, 4xx responses or servers the documentation does not give.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { createConfig, lint } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";

const NOT_ON_THE_PAGES = {
  "info-license": "the pages state no license",
  "tag-description": "tags are the pages' section titles, which carry no description",
  "operation-4xx-response": "NHN guides document only the success response (errors share one envelope described elsewhere)",
  "no-empty-servers": "Huawei API pages give no endpoint (it depends on the region: users pass baseUrl)",
} as const;

function specFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? specFiles(join(dir, name)) : name.endsWith(".yaml") ? [join(dir, name)] : []));
}

describe("specs in Redocly's linter", async () => {
  const config = await createConfig({ extends: ["recommended"], rules: Object.fromEntries(Object.keys(NOT_ON_THE_PAGES).map((r) => [r, "off"])) });
  const files = specFiles("spec");
  it("finds the committed specs", () => expect(files.length).toBeGreaterThanOrEqual(18));
  for (const file of files) {
    it(`${file}: no errors, no warnings`, async () => {
      const problems = await lint({ ref: file, config });
      const unexplained = problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? "?"}: ${p.message}`);
      expect(unexplained).toEqual([]);
    });
  }
});
