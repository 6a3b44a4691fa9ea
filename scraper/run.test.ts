/**
 * The committed spec/ tree is the golden output of `npm start`: the library scrape must reproduce it (the
 * command line then marks documentation bugs, `x-doc-example`/`x-doc-bug`; byte for byte in
 * cli/committed-spec.test.ts), and two runs must agree.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { scrapePages } from "./run.js";
import { DEFAULT_MANIFEST, loadManifest } from "./sources.js";

function yamlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return yamlFiles(full, base);
    return name.endsWith(".yaml") ? [full.slice(base.length + 1)] : [];
  });
}

/** A committed spec as the library writes it: the command line's doc-bug marks undone. */
function unmarked(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(unmarked);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([k]) => k !== "x-doc-bug")
      .map(([k, v]) => [k === "x-doc-example" ? "example" : k, unmarked(v)]),
  );
}

describe("scrape of the bundled pages", () => {
  const first = scrapePages(loadManifest(DEFAULT_MANIFEST));
  const second = scrapePages(loadManifest(DEFAULT_MANIFEST));

  it("is deterministic: two runs give byte-identical files and report", () => {
    expect(second.files.map((f) => [f.path, f.content])).toEqual(first.files.map((f) => [f.path, f.content]));
    expect(JSON.stringify(second.report)).toBe(JSON.stringify(first.report));
  });

  it("reproduces the committed spec/ tree (regenerate with `npm start` and review the diff)", () => {
    expect(yamlFiles("spec").sort()).toEqual(first.files.map((f) => f.path).sort());
    for (const f of first.files) expect(unmarked(parse(readFileSync(join("spec", f.path), "utf8"))), f.path).toEqual(parse(f.content));
    expect(readFileSync("spec/scrape-report.json", "utf8")).toBe(`${JSON.stringify(first.report, null, 2)}\n`);
  });
});
