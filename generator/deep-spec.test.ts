/**
 * Specs as deep as the scraper writes at most (the `specDepth` limit), and `$ref` chains thousands of
 * schemas long, go through the client emitter and the diff without an exception; a deeper spec is a
 * located error (file:line:column), never a stack overflow.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../core/limits.js";
import { deepSpecYaml } from "../core/testing/deep-spec.js";
import { diffDocuments } from "./diff/document-diff.js";
import { parseSpec as parseDiffSpec, SpecLoadError } from "./diff/load.js";
import { generatorFingerprint } from "./fingerprint.js";
import { GenerateError, generateClients } from "./generate.js";

/** Property levels that make the request body's schema exactly `specDepth` deep (3 levels above it, 2 per property). */
const AT_LIMIT = Math.floor((DEFAULT_LIMITS.specDepth - 4) / 2);

describe("deep specs downstream", () => {
  it("a spec at the depth limit with a $ref chain at the expanded-depth limit generates a client", async () => {
    const content = deepSpecYaml({ nested: AT_LIMIT, chain: 190 });
    const files = await generateClients([{ path: "spec/scp/deep/1.0.yaml", content }], { fingerprint: generatorFingerprint(), readExisting: () => undefined });
    expect(files.find((f) => f.path.endsWith("schema.ts"))!.content).toContain("Link189");
  }, 60_000);

  it("a 3,000-schema $ref chain is refused before the emitter's reference walk, naming the first reference", async () => {
    const content = deepSpecYaml({ chain: 3_000 });
    await expect(generateClients([{ path: "spec/scp/deep/1.0.yaml", content }], { fingerprint: generatorFingerprint(), readExisting: () => undefined })).rejects.toThrow(
      /spec\/scp\/deep\/1\.0\.yaml#\/paths\/~1deep\/post\/responses\/200\/content\/application~1json\/schema: with every \$ref followed the spec nests \d+ levels.*--limit expanded-depth=N/,
    );
  });

  it("the diff of two such specs finds the change at the end of the chain", () => {
    const base = parseDiffSpec(deepSpecYaml({ nested: AT_LIMIT, chain: 3_000 }), "base.yaml");
    const revision = parseDiffSpec(deepSpecYaml({ nested: AT_LIMIT, chain: 3_000, description: "integer" }), "revision.yaml");
    expect(() => diffDocuments({ path: "deep.yaml", label: "base", document: base }, { path: "deep.yaml", label: "revision", document: revision })).not.toThrow();
  });

  it("a spec deeper than the limit is refused by generate and diff at its line, not with a stack overflow", async () => {
    const content = deepSpecYaml({ nested: 3_000 });
    await expect(generateClients([{ path: "spec/scp/deep/1.0.yaml", content }], { fingerprint: generatorFingerprint(), readExisting: () => undefined })).rejects.toThrow(GenerateError);
    await expect(generateClients([{ path: "spec/scp/deep/1.0.yaml", content }], { fingerprint: generatorFingerprint(), readExisting: () => undefined })).rejects.toThrow(
      /spec\/scp\/deep\/1\.0\.yaml: not valid YAML: nesting exceeded maxDepth \(102\) in "[^"]+" \(\d+:\d+\)/,
    );
    expect(() => parseDiffSpec(content, "deep.yaml")).toThrow(SpecLoadError);
    expect(() => parseDiffSpec(content, "deep.yaml")).toThrow(/deep\.yaml: not valid YAML: nesting exceeded maxDepth/);
  });
});
