/**
 * Generated clients import `@cloudspec/runtime` by name. A user who installed cloudspec from its tarball
 * has the runtime inside it (node_modules/cloudspec/generator/runtime) but not installed under its own
 * name, so clients written into their project would not resolve it: `generate` says so, and how to
 * install the runtime that came with this cloudspec.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";

export const RUNTIME_PACKAGE = "@cloudspec/runtime";

/** Whether `@cloudspec/runtime` resolves for a module inside `dir` (the folder need not exist yet). */
export function runtimeResolvesFrom(dir: string): boolean {
  try {
    createRequire(join(resolve(dir), "index.js")).resolve(`${RUNTIME_PACKAGE}/package.json`);
    return true;
  } catch {
    return false;
  }
}

/**
 * The note to print when clients written to `outDir` cannot resolve the runtime; undefined when they can.
 * `runtimeDir` is the runtime shipped with this cloudspec (its `generator/runtime` folder).
 */
export function runtimeInstallHint(outDir: string, runtimeDir: string, cwd: string = process.cwd()): string | undefined {
  if (runtimeResolvesFrom(outDir)) return undefined;
  const shown = (p: string): string => {
    const rel = relative(cwd, p);
    const path = rel === "" || rel.startsWith("..") ? resolve(p) : rel;
    return /^[\w./@:+-]+$/.test(path) ? path : JSON.stringify(path);
  };
  const lines = [`note: the clients in ${shown(outDir)} import ${RUNTIME_PACKAGE}, which is not installed where they are.`];
  if (existsSync(join(runtimeDir, "package.json")) && existsSync(join(runtimeDir, "dist", "index.js"))) {
    lines.push(
      `  Install the runtime that came with this cloudspec into your project:`,
      `    npm pack ${shown(runtimeDir)} --ignore-scripts   # writes cloudspec-runtime-<version>.tgz`,
      `    npm install ./cloudspec-runtime-<version>.tgz`,
    );
  } else {
    lines.push(`  Build and pack it from a cloudspec checkout (npm pack -w generator/runtime) and npm install the tarball.`);
  }
  lines.push(`  Or write a self-contained npm package of the clients with --package <name>.`);
  return `${lines.join("\n")}\n`;
}
