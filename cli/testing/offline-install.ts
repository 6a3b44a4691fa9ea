/**
 * Installs local tarballs into a folder with no network: package.json plus a package-lock.json whose
 * registry entries are this repository's own locked versions (resolved URL and integrity), so `npm ci
 * --offline` takes them from the npm cache that `npm ci` filled. What a user's registry gives them,
 * without the registry.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  dev?: boolean;
  link?: boolean;
  [key: string]: unknown;
}

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  bin?: Record<string, string> | string;
}

function tarballManifest(tarball: string): Manifest {
  const r = spawnSync("tar", ["-xOzf", tarball, "package/package.json"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cannot read package.json in ${tarball}: ${r.stderr}`);
  return JSON.parse(r.stdout) as Manifest;
}

/** The lock entry npm would use for `name` required from the package at `from` (nested first, then hoisted). */
function findEntry(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const key = `${base ? `${base}/` : ""}node_modules/${name}`;
    if (packages[key]) return key;
    if (!base) return undefined;
    const cut = base.lastIndexOf("/node_modules/");
    base = cut >= 0 ? base.slice(0, cut) : "";
  }
}

export function installOffline(dir: string, tarballs: readonly string[], repoLock: string): void {
  const lock = JSON.parse(readFileSync(repoLock, "utf8")) as { packages: Record<string, LockEntry> };
  const registry = lock.packages;
  const packages: Record<string, LockEntry> = {};
  const rootDeps: Record<string, string> = {};
  const queue: Array<[string, Record<string, string>]> = [];
  for (const tarball of tarballs.map((t) => resolve(t))) {
    const m = tarballManifest(tarball);
    const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
    rootDeps[m.name] = `file:${tarball}`;
    const key = `node_modules/${m.name}`;
    packages[key] = {
      version: m.version,
      resolved: `file:${tarball}`,
      integrity,
      ...(m.dependencies ? { dependencies: m.dependencies } : {}),
      ...(m.bin ? { bin: typeof m.bin === "string" ? { [m.name.replace(/^@[^/]+\//, "")]: m.bin } : m.bin } : {}),
    };
    queue.push([key, m.dependencies ?? {}]);
  }
  while (queue.length > 0) {
    const [from, deps] = queue.shift()!;
    for (const name of Object.keys(deps)) {
      const key = findEntry(registry, registry[from] ? from : "", name);
      if (!key) throw new Error(`${name} (needed by ${from}) is not in ${repoLock}`);
      if (packages[key]) continue;
      const entry = { ...registry[key]! };
      delete entry.dev;
      packages[key] = entry;
      queue.push([key, { ...(entry.dependencies ?? {}), ...(entry.optionalDependencies ?? {}) }]);
    }
  }
  const manifest = { name: "offline-install", private: true, type: "module", dependencies: rootDeps };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(
    join(dir, "package-lock.json"),
    `${JSON.stringify({ name: manifest.name, lockfileVersion: 3, requires: true, packages: { "": { name: manifest.name, dependencies: rootDeps }, ...packages } }, null, 2)}\n`,
  );
  const r = spawnSync("npm", ["ci", "--offline", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`npm ci --offline in ${dir} failed:\n${r.stderr}`);
}

/** `npm pack` of a folder (or a workspace with `-w`) into `dest`; returns the tarball's path. */
export function npmPack(cwd: string, dest: string, ...args: string[]): string {
  const r = spawnSync("npm", ["pack", "--json", "--pack-destination", dest, ...args], { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`npm pack ${args.join(" ")} in ${cwd} failed:\n${r.stderr}`);
  // Lifecycle scripts (prepack builds) print before the JSON.
  const start = r.stdout.search(/^\[$/m);
  const out = JSON.parse(r.stdout.slice(Math.max(0, start))) as Array<{ filename: string }>;
  return join(dest, out[0]!.filename);
}
