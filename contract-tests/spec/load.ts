/**
 * Finding and reading specs: `spec/<vendor>/<service>/<version>.yaml` is known by its id `vendor/service/version`
 * (`scp/backup/1.2`). Reading is the edge; everything after works on the parsed document.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { readYaml } from "../../core/read-yaml.js";

export interface LoadedSpec {
  /** `scp/backup/1.2`. */
  id: string;
  vendor: string;
  service: string;
  version: string;
  /** Repository-relative (or as given) path of the YAML file. */
  path: string;
  /** sha256 of the file, as the generated clients' headers record it. */
  sha256: string;
  document: Record<string, unknown>;
}

export class SpecNotFoundError extends Error {
  override readonly name = "SpecNotFoundError";
}

/** Every spec id under `specDir`, sorted. */
export function listSpecIds(specDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(name)) out.push(relative(specDir, full).split("\\").join("/").replace(/\.ya?ml$/, ""));
    }
  };
  if (existsSync(specDir)) walk(specDir);
  return out.filter((id) => id.split("/").length === 3).sort();
}

/**
 * Ids matching a selector: a full id (`scp/backup/1.2`), a service (`scp/backup`), a vendor (`scp`) or nothing
 * (all). Throws SpecNotFoundError naming what exists when nothing matches.
 */
export function selectSpecIds(specDir: string, selectors: readonly string[]): string[] {
  const all = listSpecIds(specDir);
  if (selectors.length === 0) return all;
  const picked = new Set<string>();
  for (const selector of selectors) {
    const s = selector.replace(/\.ya?ml$/, "").replace(/^\/+|\/+$/g, "");
    const hits = all.filter((id) => id === s || id.startsWith(`${s}/`));
    if (hits.length === 0) throw new SpecNotFoundError(`no spec matches "${selector}" under ${specDir}; known: ${all.join(", ") || "(none)"}`);
    for (const id of hits) picked.add(id);
  }
  return [...picked].sort();
}

export function loadSpec(specDir: string, id: string): LoadedSpec {
  const [vendor, service, version] = id.split("/");
  const path = [join(specDir, `${id}.yaml`), join(specDir, `${id}.yml`)].find((p) => existsSync(p));
  if (!vendor || !service || !version || !path) {
    throw new SpecNotFoundError(`no spec "${id}" under ${specDir}; known: ${listSpecIds(specDir).join(", ") || "(none)"}`);
  }
  const text = readFileSync(path, "utf8");
  return specFromText(id, path.split("\\").join("/"), text);
}

/** A spec from YAML text (tests build small specs this way). */
export function specFromText(id: string, path: string, text: string): LoadedSpec {
  const [vendor = "", service = "", version = ""] = id.split("/");
  const document = readYaml(text, path) as Record<string, unknown>;
  return { id, vendor, service, version, path, sha256: createHash("sha256").update(text).digest("hex"), document };
}
