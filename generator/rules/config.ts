/**
 * The diff configuration file (`.cloudspec-diff.yaml`, YAML or JSON): the as-of date for the committed
 * reports, severity overrides per rule id, and suppressions keyed on rule id + location (operation,
 * pointer, document) — never on message text. Every problem in the file is reported at once.
 */
import { readYaml } from "../../core/read-yaml.js";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isIsoDate } from "./dates.js";
import type { Level } from "./types.js";

export interface Suppression {
  rule: string;
  /** `GET /v1/volumes/{volume_id}` (either side's path, parameter names ignored) or an operationId. */
  operation?: string;
  /** A JSON Pointer; matches findings at it or below it. */
  pointer?: string;
  /** Spec path relative to the spec root (`scp/backup/1.2.yaml`), base or revision side. */
  document?: string;
  reason: string;
}

export interface DiffConfig {
  /** Not Before dates are counted from this date in `diff --versions` (the committed reports). */
  asOf?: string;
  severity: Readonly<Record<string, Level | "off">>;
  suppress: readonly Suppression[];
  /** The file it was read from, for messages. */
  file?: string;
}

export const DEFAULT_CONFIG_FILES = [".cloudspec-diff.yaml", ".cloudspec-diff.yml", ".cloudspec-diff.json"];

export class ConfigError extends Error {}

const LEVELS = new Set(["breaking", "warning", "info", "off"]);

/** Reads `file`, or the first default file found in `dir`; an empty configuration when there is none. */
export function loadConfig(file: string | undefined, dir = "."): DiffConfig {
  const path = file ?? DEFAULT_CONFIG_FILES.map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!path) return { severity: {}, suppress: [] };
  let raw: unknown;
  try {
    const text = readFileSync(path, "utf8");
    raw = path.endsWith(".json") ? JSON.parse(text) : readYaml(text, path);
  } catch (e) {
    throw new ConfigError(`${path}: ${(e as Error).message.split("\n")[0]}`);
  }
  return parseConfig(raw ?? {}, path);
}

export function parseConfig(raw: unknown, file: string, knownRules?: ReadonlySet<string>): DiffConfig {
  const problems: string[] = [];
  const obj = (raw && typeof raw === "object" && !Array.isArray(raw) ? raw : (problems.push("the file must hold a mapping"), {})) as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (!["asOf", "severity", "suppress"].includes(k)) problems.push(`unknown key ${k} (expected asOf, severity, suppress)`);
  const asOf = obj.asOf;
  if (asOf !== undefined && (typeof asOf !== "string" || !isIsoDate(asOf))) problems.push(`asOf must be a quoted YYYY-MM-DD date, not ${JSON.stringify(asOf)}`);
  const severity: Record<string, Level | "off"> = {};
  const sev = obj.severity ?? {};
  if (typeof sev !== "object" || sev === null || Array.isArray(sev)) problems.push("severity must map rule ids to breaking|warning|info|off");
  else
    for (const [id, level] of Object.entries(sev)) {
      if (typeof level !== "string" || !LEVELS.has(level)) problems.push(`severity.${id}: ${JSON.stringify(level)} is not breaking|warning|info|off`);
      else severity[id] = level as Level | "off";
      if (knownRules && !knownRules.has(id)) problems.push(`severity.${id}: no such rule`);
    }
  const suppress: Suppression[] = [];
  const list = obj.suppress ?? [];
  if (!Array.isArray(list)) problems.push("suppress must be a list");
  else
    list.forEach((entry: unknown, i) => {
      const e = (entry && typeof entry === "object" ? entry : {}) as Record<string, unknown>;
      for (const k of Object.keys(e)) if (!["rule", "operation", "pointer", "document", "reason"].includes(k)) problems.push(`suppress[${i}]: unknown key ${k}`);
      if (typeof e.rule !== "string") problems.push(`suppress[${i}]: rule (a rule id) is required`);
      else if (knownRules && !knownRules.has(e.rule)) problems.push(`suppress[${i}]: no such rule ${e.rule}`);
      if (typeof e.reason !== "string" || e.reason.trim() === "") problems.push(`suppress[${i}]: reason is required`);
      if (e.operation === undefined && e.pointer === undefined && e.document === undefined)
        problems.push(`suppress[${i}]: give operation, pointer or document (a rule is turned off with severity: off)`);
      for (const k of ["operation", "pointer", "document"] as const) if (e[k] !== undefined && typeof e[k] !== "string") problems.push(`suppress[${i}].${k} must be a string`);
      if (typeof e.rule === "string" && typeof e.reason === "string") {
        suppress.push({ rule: e.rule, reason: e.reason, ...pick(e, "operation"), ...pick(e, "pointer"), ...pick(e, "document") });
      }
    });
  if (problems.length > 0) throw new ConfigError(`${file}:\n  ${problems.join("\n  ")}`);
  return { ...(typeof asOf === "string" ? { asOf } : {}), severity, suppress, file };
}

function pick(e: Record<string, unknown>, k: "operation" | "pointer" | "document"): Partial<Suppression> {
  return typeof e[k] === "string" ? { [k]: e[k] } : {};
}

/** Checks rule ids named by a configuration against the registry. */
export function checkConfigRules(config: DiffConfig, knownRules: ReadonlySet<string>): void {
  parseConfig({ ...(config.asOf ? { asOf: config.asOf } : {}), severity: config.severity, suppress: config.suppress }, config.file ?? "configuration", knownRules);
}
