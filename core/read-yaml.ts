/**
 * The one reader of spec and settings YAML: js-yaml's core schema (several times faster than `yaml` for
 * reading, and no dates or other non-JSON types, so a parsed spec is plain JSON data). Files whose
 * problems must be reported at their lines (cloudspec.config.yaml) are read with `yaml`'s positions
 * instead (cli/config/load-config.ts).
 */
import { CORE_SCHEMA, load } from "js-yaml";

/** Parses YAML (or JSON, a subset of it) text; `label` names it in the parser's error messages. */
export function readYaml(text: string, label: string): unknown {
  return load(text, { schema: CORE_SCHEMA, filename: label });
}
