/**
 * The one reader of spec and settings YAML: js-yaml's core schema (several times faster than `yaml` for
 * reading, and no dates or other non-JSON types, so a parsed spec is plain JSON data). Files whose
 * problems must be reported at their lines (cloudspec.config.yaml) are read with `yaml`'s positions
 * instead (cli/config/load-config.ts).
 */
import type { LoadOptions } from "js-yaml";
import { CORE_SCHEMA, load } from "js-yaml";
import { DEFAULT_LIMITS } from "./limits.js";

export interface ReadYamlOptions {
  /** Deepest nesting read (default: the `specDepth` limit, the depth the scraper writes at most); deeper is an error at its line. */
  maxDepth?: number;
}

/**
 * Parses YAML (or JSON, a subset of it) text; `label` names it in the parser's error messages. Nesting is
 * bounded, so a hostile or hand-made deep file is a located parse error, never a stack overflow in a
 * later walk (diff, ajv, the client emitter).
 */
export function readYaml(text: string, label: string, options: ReadYamlOptions = {}): unknown {
  // js-yaml's `maxDepth` (not in its types yet) counts scalars as a level, and flow (JSON) values one more:
  // +2 reads every document whose collections nest `maxDepth` deep, in block or flow style.
  const loadOptions: LoadOptions & { maxDepth: number } = { schema: CORE_SCHEMA, filename: label, maxDepth: (options.maxDepth ?? DEFAULT_LIMITS.specDepth) + 2 };
  return load(text, loadOptions);
}
