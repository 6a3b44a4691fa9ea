/**
 * The house rule, checked: imports run downwards only. cli/ on top may import every stage; the stages
 * (scraper, generator, contract-tests) import core/ and never each other or cli/; core/ imports no
 * stage. Generated clients (generated/) are output a stage may load; the runtime is a package.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ALLOWED: Record<string, readonly string[]> = {
  core: ["core"],
  scraper: ["core", "scraper"],
  generator: ["core", "generator", "generated"],
  "contract-tests": ["core", "contract-tests", "generated"],
};

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === "node_modules" || name === "dist") return [];
    return statSync(full).isDirectory() ? tsFiles(full) : name.endsWith(".ts") ? [full] : [];
  });
}

function crossings(layer: string): string[] {
  const out: string[] = [];
  const files = tsFiles(layer);
  if (files.length === 0) return [`${layer}/: no TypeScript files found (run from the repository root)`];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = relative(".", normalize(join(dirname(file), m[1]!)));
      const top = target.split("/")[0]!;
      if (!ALLOWED[layer]!.includes(top)) out.push(`${file}: imports ${m[1]} (${top}/)`);
    }
  }
  return out;
}

describe("imports run downwards only", () => {
  for (const layer of Object.keys(ALLOWED)) {
    it(`${layer}/ imports only ${ALLOWED[layer]!.join(", ")}`, () => {
      expect(crossings(layer)).toEqual([]);
    });
  }
});
