/**
 * The file-system edge of the generator: read existing output, write changed files atomically, remove
 * generated files whose spec is gone, and compare for `generate --check`.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../core/write-atomic.js";
import { assertInside } from "../core/contained-path.js";
import type { GeneratedFile } from "./generate.js";
import { readHeader } from "./emit/header.js";

export function readExisting(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Every file under `dir` (recursively) that this generator wrote, by its header. */
export function listGenerated(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listGenerated(full));
    else if (name.endsWith(".ts") && readHeader(readExisting(full) ?? "") !== undefined) out.push(full);
  }
  return out;
}

export interface WriteSummary {
  written: string[];
  unchanged: string[];
  removed: string[];
}

export function writeGenerated(files: readonly GeneratedFile[], outDir: string): WriteSummary {
  const summary: WriteSummary = { written: [], unchanged: [], removed: [] };
  const wanted = new Set(files.map((f) => f.path));
  for (const f of files) {
    if (f.reused || readExisting(f.path) === f.content) {
      summary.unchanged.push(f.path);
      continue;
    }
    assertInside(outDir, f.path);
    writeFileAtomic(f.path, f.content);
    summary.written.push(f.path);
  }
  for (const path of listGenerated(outDir)) {
    if (!wanted.has(path)) {
      rmSync(path);
      summary.removed.push(path);
    }
  }
  return summary;
}

export interface CheckResult {
  stale: string[];
  missing: string[];
  extra: string[];
}

/** What `generate --check` reports: files that differ, are missing, or have no spec any more. */
export function checkGenerated(files: readonly GeneratedFile[], outDir: string): CheckResult {
  const result: CheckResult = { stale: [], missing: [], extra: [] };
  const wanted = new Set(files.map((f) => f.path));
  for (const f of files) {
    const existing = readExisting(f.path);
    if (existing === undefined) result.missing.push(f.path);
    else if (existing !== f.content) result.stale.push(f.path);
  }
  for (const path of listGenerated(outDir)) if (!wanted.has(path)) result.extra.push(path);
  return result;
}
