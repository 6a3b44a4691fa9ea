/**
 * Reads `cloudspec.config.yaml` (or `.yml` / `.json`, or the file `--config` names): parsed with `yaml`
 * keeping positions, validated against CONFIG_SCHEMA with ajv, every problem reported at once as
 * `file:line: message`. Paths in the file are relative to the file's folder and come back resolved
 * against it, so a config works from any working directory.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { CONFIG_SCHEMA } from "./schema.js";

export const CONFIG_FILES = ["cloudspec.config.yaml", "cloudspec.config.yml", "cloudspec.config.json"];

export interface PageSource {
  vendor: "scp" | "nhn" | "huawei";
  /** Resolved against the config file's folder (relative to the working directory when inside it). */
  file: string;
  format?: "text" | "html" | "markdown";
  url?: string;
  title?: string;
}

export interface ProjectConfig {
  /** The file it was read from (relative to the working directory when inside it). */
  file: string;
  sources?: { manifest?: string; pages?: PageSource[] };
  scrape?: { out?: string; strict?: boolean };
  generate?: { spec?: string; out?: string; package?: string };
  /** Inline diff settings (the keys of .cloudspec-diff.yaml), or `file` naming such a file. */
  diff?: { file?: string; asOf?: string; severity?: Record<string, string>; suppress?: unknown[] };
  contract?: { specDir?: string; generatedDir?: string; allowlist?: string };
}

export class ConfigFileError extends Error {
  override readonly name = "ConfigFileError";
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
  }
}

/** The config `explicit` names, else the first of CONFIG_FILES in `cwd`; undefined when there is none. */
export function findConfigFile(explicit: string | undefined, cwd = process.cwd()): string | undefined {
  if (explicit !== undefined) {
    if (!existsSync(explicit)) throw new ConfigFileError([`${explicit}: no such config file`]);
    return explicit;
  }
  return CONFIG_FILES.map((f) => join(cwd, f)).find((f) => existsSync(f));
}

export function loadProjectConfig(explicit?: string, cwd = process.cwd()): ProjectConfig | undefined {
  const path = findConfigFile(explicit, cwd);
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ConfigFileError([`${path}: cannot read: ${(e as Error).message}`]);
  }
  return parseProjectConfig(text, displayPath(path, cwd), cwd);
}

/** Parses and validates config text; `file` is used for messages and as the base of relative paths. */
export function parseProjectConfig(text: string, file: string, cwd = process.cwd()): ProjectConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
  if (doc.errors.length > 0) throw new ConfigFileError(doc.errors.map((e) => `${file}:${lineOf(e.pos[0])}: ${e.message.split("\n")[0]}`));
  const raw: unknown = doc.toJS() ?? {};
  const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(CONFIG_SCHEMA);
  if (!validate(raw)) {
    const located = dedupe(validate.errors ?? []).map((e) => ({ line: lineOf(nodeAt(doc, e)?.range?.[0]), text: describe(e) }));
    throw new ConfigFileError(located.sort((a, b) => a.line - b.line).map((p) => `${file}:${p.line}: ${p.text}`));
  }
  return resolvePaths(raw as Omit<ProjectConfig, "file">, file, cwd);
}

function resolvePaths(raw: Omit<ProjectConfig, "file">, file: string, cwd: string): ProjectConfig {
  const base = dirname(resolve(cwd, file));
  const at = (p: string | undefined) => (p === undefined ? undefined : displayPath(resolve(base, p), cwd));
  const out: ProjectConfig = { file };
  if (raw.sources) {
    out.sources = {
      ...(raw.sources.manifest ? { manifest: at(raw.sources.manifest)! } : {}),
      ...(raw.sources.pages ? { pages: raw.sources.pages.map((p) => ({ ...p, file: at(p.file)! })) } : {}),
    };
  }
  if (raw.scrape) out.scrape = { ...raw.scrape, ...(raw.scrape.out ? { out: at(raw.scrape.out)! } : {}) };
  if (raw.generate) out.generate = { ...raw.generate, ...(raw.generate.spec ? { spec: at(raw.generate.spec)! } : {}), ...(raw.generate.out ? { out: at(raw.generate.out)! } : {}) };
  if (raw.diff) out.diff = { ...raw.diff, ...(raw.diff.file ? { file: at(raw.diff.file)! } : {}) };
  if (raw.contract) {
    out.contract = {
      ...(raw.contract.specDir ? { specDir: at(raw.contract.specDir)! } : {}),
      ...(raw.contract.generatedDir ? { generatedDir: at(raw.contract.generatedDir)! } : {}),
      ...(raw.contract.allowlist ? { allowlist: at(raw.contract.allowlist)! } : {}),
    };
  }
  return out;
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, path));
  return (rel === "" ? "." : rel.startsWith("..") ? resolve(cwd, path) : rel).split("\\").join("/");
}

/** The YAML node an ajv error is about (for `required`/`additionalProperties`, the offending key). */
function nodeAt(doc: Document, e: ErrorObject): Node | undefined {
  const path = e.instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const steps = path.map((s) => (/^[0-9]+$/.test(s) ? Number(s) : s));
  const node = (steps.length === 0 ? doc.contents : doc.getIn(steps, true)) as Node | undefined;
  const extra = (e.params as { additionalProperty?: string }).additionalProperty;
  if (extra !== undefined && isMap(node)) {
    const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === extra);
    if (pair?.key) return pair.key as Node;
  }
  if (isSeq(node) || isMap(node) || node) return node;
  return undefined;
}

function describe(e: ErrorObject): string {
  const where = e.instancePath === "" ? "the file" : e.instancePath.slice(1).replace(/\//g, ".");
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "additionalProperties":
      return `${where}: unknown key ${JSON.stringify(p.additionalProperty)}`;
    case "required":
      return `${where}: ${JSON.stringify(p.missingProperty)} is required`;
    case "enum":
      return `${where}: must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "not":
      return `${where}: give either "file" or the settings inline, not both`;
    default:
      return `${where}: ${e.message ?? e.keyword}`;
  }
}

/** ajv repeats a failed `if`/`anyOf` branch; one message per place and keyword is enough. */
function dedupe(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
