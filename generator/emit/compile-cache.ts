/**
 * V8's compiled code for the emitters' CommonJS dependencies (TypeScript twice, since ts-morph ships its
 * own copy; ts-morph; openapi-typescript and Redocly: about 25 MB of JavaScript), kept on disk between
 * runs so that a generation does not compile them again every time. Node 20 has no module compile cache
 * of its own; v8-compile-cache-lib (the one ts-node uses) hooks `require`'s compile step for this thread.
 *
 * What is cached is V8 code keyed by file and checked against the file's source; generated files never
 * depend on it. It lives in `$CLOUDSPEC_COMPILE_CACHE_DIR`, else `$XDG_CACHE_HOME/cloudspec` or
 * `~/.cache/cloudspec`, one folder per V8 version. `CLOUDSPEC_NO_COMPILE_CACHE=1` (or the library's own
 * `DISABLE_V8_COMPILE_CACHE=1`) turns it off; a cache folder that cannot be written is skipped silently.
 */
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";

interface CompileCacheLib {
  install(options?: { cacheDir?: string; prefix?: string }): { uninstall(): void } | undefined;
}

/** Where the cache of this V8 version lives (see the module comment). */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.CLOUDSPEC_COMPILE_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "cloudspec");
  return join(base, `v8-${process.versions.v8}`);
}

/**
 * Caches what this thread compiles with `require` from now on, under the name `role` (each thread kind
 * its own, so two threads never overwrite each other's entries). Returns the function that writes the
 * new entries and stops caching; it also runs when the thread exits. Undefined when turned off.
 */
export function cacheCompiledModules(role: string, env: NodeJS.ProcessEnv = process.env): (() => void) | undefined {
  if (env.CLOUDSPEC_NO_COMPILE_CACHE) return undefined;
  const require = createRequire(import.meta.url);
  const lib = require("v8-compile-cache-lib") as CompileCacheLib;
  const proto = (require("node:module") as { prototype: { _compile: ModuleCompile } }).prototype;
  const nodeCompile = proto._compile;
  const installed = lib.install({ cacheDir: compileCacheDir(env), prefix: `cloudspec-${role}` });
  if (!installed) return undefined;
  // The library compiles every file as CommonJS. Node hands an ES module that is `require`d (openapi-typescript
  // requires parse-json, `"type": "module"`) to the same step with format "module", and detects ES syntax in a
  // file of no declared type from the SyntaxError: both stay Node's. Stopping restores Node's step.
  const cachedCompile = proto._compile;
  const wrapped: ModuleCompile = function (this: unknown, content: string, filename: string, format?: string) {
    if (format === "module") return nodeCompile.call(this, content, filename, format);
    try {
      return cachedCompile.call(this, content, filename, format);
    } catch (e) {
      if (e instanceof SyntaxError) return nodeCompile.call(this, content, filename, format);
      throw e;
    }
  };
  proto._compile = wrapped;
  return () => {
    // The library restores Node's step only when its own is still in place.
    if (proto._compile === wrapped) proto._compile = cachedCompile;
    installed.uninstall();
  };
}

type ModuleCompile = (this: unknown, content: string, filename: string, format?: string) => unknown;
