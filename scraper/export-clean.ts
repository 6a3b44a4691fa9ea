/**
 * `cloudspec export --clean` as a library function: written spec files → the same specs without
 * provenance extensions (core/provenance.ts), in the scrape's own YAML form, so a clean export of
 * `spec/` is byte-identical to a scrape with `provenance: false`. File reading and writing sit at the edge.
 */
import type { StripOptions } from "../core/provenance.js";
import { stripProvenance } from "../core/provenance.js";
import { readYaml } from "../core/read-yaml.js";
import { toYaml } from "./run.js";

export interface SpecText {
  /** Path relative to the spec folder (`scp/backup/1.2.yaml`). */
  path: string;
  content: string;
}

export function exportCleanSpecs(files: readonly SpecText[], options: StripOptions = {}): SpecText[] {
  return files.map((f) => ({ path: f.path, content: toYaml(stripProvenance(readYaml(f.content, f.path), options)) }));
}
