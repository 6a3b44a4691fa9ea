/**
 * Writes a scrape's spec files and report into an output directory atomically: everything goes to a
 * temporary directory first and each vendor folder is swapped in at the end, so a failed run (or a
 * crash mid-write) leaves the previous specs untouched.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathInside } from "../core/contained-path.js";
import { writeFileAtomic } from "../core/write-atomic.js";
import type { SpecFile } from "./run.js";

/** Replaces `<outDir>/<vendor>/` for every vendor in `vendors` with the given files; writes the report. */
export function writeSpecTree(outDir: string, files: readonly SpecFile[], vendors: readonly string[], report: { name: string; content: string }): void {
  mkdirSync(outDir, { recursive: true });
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(outDir, `.tmp-${stamp}`);
  const retired = join(outDir, `.old-${stamp}`);
  try {
    for (const f of files) {
      const target = pathInside(staging, f.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.bytes);
    }
    mkdirSync(retired, { recursive: true });
    for (const vendor of vendors) {
      const live = pathInside(outDir, vendor);
      const fresh = pathInside(staging, vendor);
      if (existsSync(live)) renameSync(live, join(retired, vendor));
      if (existsSync(fresh)) renameSync(fresh, live);
    }
    writeFileAtomic(pathInside(outDir, report.name), report.content);
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(retired, { recursive: true, force: true });
  }
}
