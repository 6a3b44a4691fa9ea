/**
 * Worker threads change where `schema.ts` is made, never what any file says: the same files, byte for
 * byte, with 1 and 2 threads, and the same first error when specs fail.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SpecInput } from "./generate.js";
import { generateClients } from "./generate.js";
import { listGenerated } from "./write-generated.js";

const fingerprint = "threads-test";
// The specs the committed clients were made from, as their headers name them.
const specs: SpecInput[] = listGenerated("generated")
  .filter((p) => p.endsWith("schema.ts"))
  .map((p) => /\/\/ Spec: (\S+) /.exec(readFileSync(p, "utf8"))![1]!)
  .map((path) => ({ path, content: readFileSync(path, "utf8") }));

describe("generate on worker threads", () => {
  it("writes the same bytes with 1 and 2 threads (every bundled spec)", async () => {
    const one = await generateClients(specs, { fingerprint, threads: 1 });
    const two = await generateClients(specs, { fingerprint, threads: 2 });
    expect(two.map((f) => f.path)).toEqual(one.map((f) => f.path));
    for (const [i, f] of two.entries()) expect(f.content === one[i]!.content, f.path).toBe(true);
    expect(one.length).toBeGreaterThanOrEqual(44);
  }, 180_000);

  it("reports the first spec's error, as on one thread", async () => {
    const backup = specs.filter((s) => s.path.includes("/backup/"));
    // openapi-typescript refuses a $ref into another file it cannot read (a schema.ts error) in the first spec;
    // the second spec fails earlier in its own pipeline (no info.version), before its schema is made.
    const unresolved = backup[0]!.content.replace('$ref: "#/components/schemas/', '$ref: "no-such-file.yaml#/components/schemas/');
    const failing = [
      { ...backup[0]!, content: unresolved },
      { path: "spec/scp/backup/9.9.yaml", content: "openapi: 3.1.0\ninfo:\n  title: x\npaths: {}\n" },
    ];
    const messages = await Promise.all(
      [1, 2].map((threads) =>
        generateClients(failing, { fingerprint, threads }).then(
          () => "no error",
          (e: Error) => e.message,
        ),
      ),
    );
    expect(messages[1]).toBe(messages[0]);
    expect(messages[0]).toMatch(/^Can't resolve \$ref/);
  }, 120_000);
});
