/**
 * Where pages come from: the sources manifest (`scraper/pages/sources.json`) for the bundled default
 * input, or files and directories given on the command line.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import type { PageFormat, PageInput } from "./run.js";
import { refusedName } from "../core/safe-name.js";

export interface ManifestEntry {
  file: string;
  vendor: string;
  format?: PageFormat;
  title?: string;
  /** The service id of the page, when the page does not say (see `PageInput.service`). */
  service?: string;
  url?: string;
}

export class SourceError extends Error {}

export const DEFAULT_MANIFEST = "scraper/pages/sources.json";

/** Page id for positions: the path relative to the working directory, with forward slashes. */
export function pageId(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, resolve(path));
  return (rel.startsWith("..") ? resolve(path) : rel).split("\\").join("/");
}

export function formatOf(path: string): PageFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm") return "html";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  return "text";
}

/** A manifest entry with where it is written (for messages) and its page file resolved. */
export interface LocatedEntry extends ManifestEntry {
  /** 1-based line of the entry's `"file"` key in the manifest. */
  line: number;
  /** The bundled page file, relative to the working directory. */
  path: string;
}

/** The manifest's entries, checked for shape, each with its line. */
export function readManifestEntries(manifestPath: string): LocatedEntry[] {
  let raw: string;
  try {
    raw = readFileSync(manifestPath, "utf8");
  } catch (e) {
    throw new SourceError(`cannot read sources manifest ${manifestPath}: ${(e as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (e) {
    throw new SourceError(`${manifestPath}: not valid JSON: ${(e as Error).message}`);
  }
  const pages = (parsed as { pages?: unknown } | null)?.pages ?? [];
  if (!Array.isArray(pages)) throw new SourceError(`${manifestPath}: "pages" must be a list`);
  const base = dirname(manifestPath);
  const lines = raw.split("\n");
  let searchFrom = 0;
  return pages.map((p: unknown, i) => {
    const entry = p as Partial<ManifestEntry> | null;
    const where = `${manifestPath}: pages[${i}]`;
    if (!entry || typeof entry !== "object") throw new SourceError(`${where} is not an object`);
    if (typeof entry.file !== "string" || entry.file === "") throw new SourceError(`${where} has no "file"`);
    if (typeof entry.vendor !== "string" || entry.vendor === "") throw new SourceError(`${where} (${entry.file}) has no "vendor"`);
    if (entry.format !== undefined && !["text", "html", "markdown"].includes(entry.format)) throw new SourceError(`${where} (${entry.file}): "format" must be text, html or markdown`);
    if (entry.url !== undefined && typeof entry.url !== "string") throw new SourceError(`${where} (${entry.file}): "url" must be a string`);
    if (entry.service !== undefined && (typeof entry.service !== "string" || refusedName(entry.service, "path-segment") !== undefined)) {
      throw new SourceError(`${where} (${entry.file}): "service" must be a service id usable as a folder name`);
    }
    const at = lines.findIndex((l, n) => n >= searchFrom && l.includes(JSON.stringify(entry.file)));
    if (at >= 0) searchFrom = at + 1;
    return { ...(entry as ManifestEntry), line: at >= 0 ? at + 1 : 1, path: pageId(join(base, entry.file)) };
  });
}

export function loadManifest(manifestPath: string, vendor?: string): PageInput[] {
  return readManifestEntries(manifestPath)
    .filter((p) => !vendor || p.vendor === vendor)
    .map((p) => ({ ...readPage(p.path, p.vendor, p.format), ...(p.url ? { url: p.url } : {}), ...(p.service ? { service: p.service } : {}) }));
}

export function readPage(path: string, vendor: string, format?: PageFormat): PageInput {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (e) {
    throw new SourceError(`cannot read page ${path}: ${(e as Error).message}`);
  }
  return { page: pageId(path), vendor, format: format ?? formatOf(path), content };
}

/** Pages from files and directories (recursively: .txt .md .markdown .html .htm), in sorted order. */
export function loadInputs(paths: readonly string[], vendor: string, format?: PageFormat): PageInput[] {
  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new SourceError(`input ${p} does not exist`);
    }
    if (st.isDirectory()) files.push(...listPages(p));
    else files.push(p);
  }
  if (files.length === 0) throw new SourceError(`no pages (.txt, .md, .html) found in ${paths.join(", ")}`);
  return files.map((f) => readPage(f, vendor, format));
}

function listPages(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listPages(full));
    else if ([".txt", ".md", ".markdown", ".html", ".htm"].includes(extname(name).toLowerCase())) out.push(full);
  }
  return out;
}
