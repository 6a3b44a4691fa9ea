/**
 * The generator's fingerprint: a hash of its own emitting code and the versions of the tools it runs.
 * Generated files carry it; when it changes, every client is regenerated.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const TOOLS = ["openapi-typescript", "ts-morph", "prettier"];

export function generatorFingerprint(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  for (const dir of [here, join(here, "emit")]) {
    for (const name of readdirSync(dir).sort()) {
      // The sources in this repository; the compiled .js files of an installed build.
      if (!/\.(ts|js)$/.test(name) || /\.test\.(ts|js)$/.test(name) || name.endsWith(".d.ts")) continue;
      hash.update(name).update(readFileSync(join(dir, name)));
    }
  }
  const require = createRequire(import.meta.url);
  const versions = TOOLS.map((t) => `${t}@${(require(`${t}/package.json`) as { version: string }).version}`);
  hash.update(versions.join(","));
  return `cloudspec-generator ${hash.digest("hex").slice(0, 16)} (${versions.join(", ")})`;
}
