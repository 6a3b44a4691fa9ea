/**
 * Reading specs for a diff: one file, a folder tree, or the tree at a git ref (read with `git ls-tree`
 * and `git show`, no checkout, no network). YAML goes through js-yaml's core schema, several times
 * faster than `yaml` for reading, and no date or other non-JSON types.
 */
import { readYaml } from "../../core/read-yaml.js";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve as resolvePath } from "node:path";
import { isObject } from "./resolve.js";
import type { SpecDoc } from "./types.js";

export class SpecLoadError extends Error {}

export function parseSpec(text: string, label: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = readYaml(text, label);
  } catch (e) {
    throw new SpecLoadError(`${label}: not valid YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  if (!isObject(parsed)) throw new SpecLoadError(`${label}: not an OpenAPI document (no mapping at the top)`);
  return parsed;
}

function parseJson(text: string, label: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new SpecLoadError(`${label}: not valid JSON: ${(e as Error).message}`);
  }
  return isObject(parsed) ? parsed : {};
}

function isSpecName(name: string): boolean {
  return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
}

function toSpec(path: string, label: string, text: string): SpecDoc | undefined {
  const document = label.endsWith(".json") ? parseJson(text, label) : parseSpec(text, label);
  return typeof document.openapi === "string" ? { path, label, document } : undefined;
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new SpecLoadError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

export function readSpecFile(file: string): SpecDoc {
  const label = file.split("\\").join("/");
  const spec = toSpec(label, label, readText(file));
  if (!spec) throw new SpecLoadError(`${label}: not an OpenAPI document (no \`openapi\` field)`);
  return spec;
}

/** Every OpenAPI document below `dir`, with paths relative to it, in path order. */
export function readSpecTree(dir: string): SpecDoc[] {
  if (!isDirectory(dir)) throw new SpecLoadError(`${dir} is not a folder`);
  const out: SpecDoc[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder).sort()) {
      if (name.startsWith(".")) continue;
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (isSpecName(name)) {
        const path = relative(dir, full).split("\\").join("/");
        const spec = toSpec(path, `${dir.replace(/\/$/, "")}/${path}`, readText(full));
        if (spec) out.push(spec);
      }
    }
  };
  walk(dir);
  return out;
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const stderr = (e as { stderr?: string }).stderr?.trim();
    throw new SpecLoadError(`git ${args.join(" ")}: ${stderr || (e as Error).message}`);
  }
}

/** The OpenAPI documents below `dir` (a working-tree folder) as they were at `ref`. */
export function readGitTree(ref: string, dir: string): SpecDoc[] {
  if (ref.startsWith("-") || ref.trim() === "") throw new SpecLoadError(`not a git ref: ${JSON.stringify(ref)}`);
  const abs = resolvePath(dir);
  const root = git(["rev-parse", "--show-toplevel"], abs).trim();
  let commit: string;
  try {
    commit = git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], root).trim();
  } catch {
    throw new SpecLoadError(`${JSON.stringify(ref)} is not a commit of the repository at ${root}`);
  }
  const prefix = relative(root, abs).split("\\").join("/");
  const listing = git(["ls-tree", "-r", "--name-only", "-z", commit, "--", prefix === "" ? "." : prefix], root);
  const out: SpecDoc[] = [];
  for (const file of listing
    .split("\0")
    .filter((f) => f !== "")
    .sort()) {
    if (!isSpecName(file)) continue;
    const path = prefix === "" ? file : file.slice(prefix.length + 1);
    const spec = toSpec(path, `${ref}:${file}`, git(["show", `${commit}:${file}`], root));
    if (spec) out.push(spec);
  }
  return out;
}
