/**
 * The on-disk compile cache of the emitters' CommonJS dependencies: what is `require`d while it is on is
 * written to the cache folder, an ES module `require`d meanwhile still loads (openapi-typescript does
 * that), switching it off leaves `require` alone, and stopping it restores Node's own compile step.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cacheCompiledModules, compileCacheDir } from "./compile-cache.js";

const nodeModule = createRequire(import.meta.url)("node:module") as { prototype: { _compile: unknown } };
const dirs: string[] = [];

function fixtures(): { dir: string; cjs: string; esm: string; detected: string } {
  const dir = mkdtempSync(join(tmpdir(), "compile-cache-"));
  dirs.push(dir);
  writeFileSync(join(dir, "plain.cjs"), "module.exports = { answer: 6 * 7 };\n");
  mkdirSync(join(dir, "esm-package"));
  writeFileSync(join(dir, "esm-package", "package.json"), JSON.stringify({ name: "esm-package", type: "module" }));
  writeFileSync(join(dir, "esm-package", "index.js"), "export const kind = 'module';\n");
  mkdirSync(join(dir, "untyped"));
  writeFileSync(join(dir, "untyped", "index.js"), "export const kind = 'detected';\n");
  return { dir, cjs: join(dir, "plain.cjs"), esm: join(dir, "esm-package", "index.js"), detected: join(dir, "untyped", "index.js") };
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("compile cache", () => {
  it("writes what was required to its folder, keeps ES modules loading and restores require afterwards", () => {
    const f = fixtures();
    const env = { CLOUDSPEC_COMPILE_CACHE_DIR: join(f.dir, "cache") };
    const nodeCompile = nodeModule.prototype._compile;
    const save = cacheCompiledModules("test", env);
    expect(save).toBeTypeOf("function");
    expect(nodeModule.prototype._compile).not.toBe(nodeCompile);
    const require = createRequire(join(f.dir, "entry.cjs"));
    expect((require(f.cjs) as { answer: number }).answer).toBe(42);
    expect((require(f.esm) as { kind: string }).kind).toBe("module");
    expect((require(f.detected) as { kind: string }).kind).toBe("detected");
    save!();
    expect(nodeModule.prototype._compile).toBe(nodeCompile);
    const folder = compileCacheDir(env);
    expect(readdirSync(folder).sort()).toEqual(["cloudspec-test.BLOB", "cloudspec-test.MAP"]);
    const map = JSON.parse(readFileSync(join(folder, "cloudspec-test.MAP"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(map)).toContain(f.cjs);
    expect(Object.keys(map)).not.toContain(f.esm);
  });

  it("is off with CLOUDSPEC_NO_COMPILE_CACHE", () => {
    const f = fixtures();
    const nodeCompile = nodeModule.prototype._compile;
    expect(cacheCompiledModules("test", { CLOUDSPEC_COMPILE_CACHE_DIR: join(f.dir, "cache"), CLOUDSPEC_NO_COMPILE_CACHE: "1" })).toBeUndefined();
    expect(nodeModule.prototype._compile).toBe(nodeCompile);
  });

  it("lives under XDG_CACHE_HOME, one folder per V8 version", () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: "/x" })).toBe(join("/x", "cloudspec", `v8-${process.versions.v8}`));
    expect(compileCacheDir({ CLOUDSPEC_COMPILE_CACHE_DIR: "/c", XDG_CACHE_HOME: "/x" })).toBe(join("/c", `v8-${process.versions.v8}`));
  });
});
