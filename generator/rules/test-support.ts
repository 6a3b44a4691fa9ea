/** Fixture pairs for rule tests: `fixtures/<case>_base.yaml` and `fixtures/<case>_revision.yaml`. */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { diffDocuments } from "../diff/document-diff.js";
import { parseSpec } from "../diff/load.js";
import type { SpecDoc } from "../diff/types.js";
import type { DiffConfig } from "./config.js";
import type { Finding } from "./judge.js";
import { judge } from "./judge.js";
import { loadRegistry } from "./registry.js";
import type { Mode } from "./types.js";

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");

export function fixtureCases(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith("_base.yaml"))
    .map((f) => f.slice(0, -"_base.yaml".length))
    .sort();
}

/** The fixture as a spec, or undefined when the file holds no document (a spec absent from that tree). */
export function loadFixture(name: string): SpecDoc | undefined {
  const text = readFileSync(join(FIXTURES, name), "utf8");
  if (text.split("\n").every((l) => l.trim() === "" || l.trimStart().startsWith("#"))) return undefined;
  return { path: "test/fixture/1.0.yaml", label: `fixtures/${name}`, document: parseSpec(text, name) };
}

export const NO_CONFIG: DiffConfig = { severity: {}, suppress: [] };

export function runCase(name: string, options: { swapped?: boolean; mode?: Mode; asOf: string; config?: DiffConfig }): Finding[] {
  const base = loadFixture(`${name}_base.yaml`);
  const revision = loadFixture(`${name}_revision.yaml`);
  const [b, r] = options.swapped ? [revision, base] : [base, revision];
  return judge(diffDocuments(b, r), { mode: options.mode ?? "snapshot", asOf: options.asOf, config: options.config ?? NO_CONFIG, rules: loadRegistry() }).findings;
}
