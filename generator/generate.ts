/**
 * Specs → typed clients, as a library function: for every `spec/<vendor>/<service>/<version>.yaml`,
 * `generated/<vendor>/<service>/<version>/schema.ts` (openapi-typescript) and `client.ts` (ts-morph), and
 * per service an `index.ts`; all formatted by the pinned prettier, each with a header naming its specs and
 * their hashes. A spec whose hash (and the generator's fingerprint) matches the existing files is not
 * regenerated. Nothing here writes files; see `write-generated.ts`.
 */
import { firstDanglingRef } from "../core/dangling-refs.js";
import { expandedDepth } from "../core/expanded-depth.js";
import type { Limits } from "../core/limits.js";
import { limitHint, resolveLimits } from "../core/limits.js";
import { readYaml } from "../core/read-yaml.js";
import { createHash } from "node:crypto";
import { dirname, join, relative } from "node:path";
import { compareVersionStrings } from "../core/versions.js";
import { generatedHeader, hasIntactBody, readHeader, withBody } from "./emit/header.js";
import type { VersionEntry } from "./emit/service-index.js";
import type { SpecSummary } from "./spec-summary.js";
import { assertInside } from "../core/contained-path.js";
import { summariseSpec } from "./spec-summary.js";
import type { Emitters } from "./emitters.js";
import { PendingTexts } from "./pending-texts.js";

export interface SpecInput {
  /** Path as shown in headers and messages, relative to the project (`spec/scp/backup/1.2.yaml`). */
  path: string;
  content: string;
}

export interface GeneratedFile {
  /** Path relative to the project (`generated/scp/backup/1.2/client.ts`). */
  path: string;
  content: string;
  /** True when the content was taken over unchanged from the existing file (spec hash unchanged). */
  reused: boolean;
}

export interface GenerateOptions {
  /** Output folder relative to the project (default `generated`). */
  outDir?: string;
  /**
   * How generated code imports the runtime: a package specifier (default `@cloudspec/runtime`, the
   * workspace package in generator/runtime), or a project path starting with `./` that is imported
   * relatively (for a copy of the runtime inside the output folder).
   */
  runtimeImport?: string;
  /** Reads an existing generated file (to skip unchanged specs); undefined when absent. */
  readExisting?: (path: string) => string | undefined;
  /** Folder the spec paths are under (default `spec`), for the no-parse fast path. */
  specRoot?: string;
  /** Identifies the generator build; a change regenerates everything. */
  fingerprint: string;
  onSpec?: (path: string, index: number, total: number, reused: boolean) => void;
  /** Depth limits (core/limits.ts): `specDepth` for reading, `expandedDepth` for the emitter's `$ref` walk. */
  limits?: Partial<Limits>;
  /**
   * Threads to use (default 1: everything in this thread); more puts `schema.ts` emission on
   * `threads - 1` worker threads. The files are the same for every thread count.
   */
  threads?: number;
}

export class GenerateError extends Error {}

export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export async function generateClients(specs: readonly SpecInput[], options: GenerateOptions): Promise<GeneratedFile[]> {
  const outDir = options.outDir ?? "generated";
  const runtimeImport = options.runtimeImport ?? RUNTIME_PACKAGE;
  // Output made for another runtime import is not the same output: the fingerprint says which.
  if (runtimeImport !== RUNTIME_PACKAGE) options = { ...options, fingerprint: `${options.fingerprint}; runtime ${JSON.stringify(runtimeImport)}` };
  const specRoot = options.specRoot ?? "spec";
  const limits = resolveLimits(options.limits);
  const files: GeneratedFile[] = [];
  const services = new Map<string, Array<{ input: SpecInput; hash: string; version: string; summary?: SpecSummary }>>();
  const sorted = [...specs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const threads = Math.max(1, Math.floor(options.threads ?? 1));
  // Loaded when the first file must be made; worker threads only when a spec is emitted.
  let emitters: Promise<Emitters> | undefined;
  const emit = (withThreads: number) => (emitters ??= import("./emitters.js").then((m) => m.loadEmitters(withThreads)));
  // schema.ts and client.ts texts still being made (on worker threads), in spec order.
  const pending = new PendingTexts();
  try {
    for (const [index, input] of sorted.entries()) {
      const hash = hashText(input.content);
      const header = generatedHeader([{ path: input.path, hash }], options.fingerprint);
      // Fast path: `spec/<vendor>/<service>/<version>.yaml` whose outputs already carry this hash.
      const guess = conventionalLocation(input.path, specRoot);
      if (guess) {
        const dir = join(outDir, guess.vendor, guess.service, guess.version);
        const reused = [join(dir, "schema.ts"), join(dir, "client.ts")].map((p) => [p, reuse(p, header, options)] as const);
        if (reused.every(([, c]) => c !== undefined)) {
          for (const [path, content] of reused) files.push({ path, content: content!, reused: true });
          addVersion(services, `${guess.vendor}/${guess.service}`, { input, hash, version: guess.version });
          options.onSpec?.(input.path, index, sorted.length, true);
          continue;
        }
      }
      const document = parseSpec(input, limits);
      const dangling = firstDanglingRef(document);
      if (dangling) throw new GenerateError(`${input.path}${dangling.at}: $ref ${JSON.stringify(dangling.ref)} points at nothing in the spec; define it or remove the reference`);
      const expanded = expandedDepth(document);
      if (expanded.depth > limits.expandedDepth) {
        throw new GenerateError(
          `${input.path}${expanded.pointer}: with every $ref followed the spec nests ${expanded.depth} levels, more than the client emitter is given; ${limitHint("expandedDepth", limits)}`,
        );
      }
      let summary: SpecSummary;
      try {
        summary = summariseSpec(document, input.path);
      } catch (e) {
        throw new GenerateError((e as Error).message);
      }
      const dir = join(outDir, summary.vendor, summary.service, summary.version);
      assertInside(outDir, dir);
      const schemaPath = join(dir, "schema.ts");
      const clientPath = join(dir, "client.ts");
      const emitters = await emit(threads);
      let client: string;
      try {
        client = emitters.client(summary, input.path, runtimeSpecifier(clientPath, runtimeImport));
      } catch (e) {
        throw new GenerateError((e as Error).message);
      }
      // openapi-typescript prints with the TypeScript printer (deterministic, already formatted): prettier
      // on ~100 KB of types per spec would be most of the run's time for no change in meaning.
      const schemaFile: GeneratedFile = { path: schemaPath, content: "", reused: false };
      const clientFile: GeneratedFile = { path: clientPath, content: "", reused: false };
      pending.add(emitters.schema(document), (text) => (schemaFile.content = withBody(header, text)));
      pending.add(emitters.formatClient(client), (text) => (clientFile.content = withBody(header, text)));
      files.push(schemaFile, clientFile);
      await pending.settle(emitters.ahead);
      options.onSpec?.(input.path, index, sorted.length, false);
      addVersion(services, `${summary.vendor}/${summary.service}`, { input, hash, version: summary.version, summary });
    }
    await pending.settle(0);
  } catch (e) {
    // What a run on one thread would have reported first: a schema error of an earlier spec.
    throw (await pending.earlierError(e)) ?? e;
  } finally {
    await (await emitters)?.closeThreads();
  }

  for (const [key, entries] of [...services.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    entries.sort((a, b) => compareVersionStrings(b.version, a.version));
    const indexPath = join(outDir, key, "index.ts");
    const header = generatedHeader(
      entries.map((e) => ({ path: e.input.path, hash: e.hash })),
      options.fingerprint,
    );
    const existing = reuse(indexPath, header, options);
    if (existing !== undefined) {
      files.push({ path: indexPath, content: existing, reused: true });
      continue;
    }
    const versions: VersionEntry[] = entries.map((e) => ({ spec: e.summary ?? summariseSpec(parseSpec(e.input), e.input.path), folder: e.version }));
    const emitters = await emit(1);
    const text = emitters.index(versions, runtimeSpecifier(indexPath, runtimeImport));
    files.push({ path: indexPath, content: withBody(header, await emitters.format(text)), reused: false });
  }
  return files;
}

function addVersion<T extends { input: SpecInput; version: string }>(services: Map<string, T[]>, key: string, entry: T): void {
  const list = services.get(key) ?? [];
  if (list.some((e) => e.version === entry.version)) throw new GenerateError(`${entry.input.path}: a second spec for ${key} ${entry.version}`);
  list.push(entry);
  services.set(key, list);
}

function parseSpec(input: SpecInput, limits?: Limits): Record<string, unknown> {
  try {
    return readYaml(input.content, input.path, limits ? { maxDepth: limits.specDepth } : {}) as Record<string, unknown>;
  } catch (e) {
    throw new GenerateError(`${input.path}: not valid YAML: ${(e as Error).message}`);
  }
}

/** `<specRoot>/<vendor>/<service>/<version>.yaml` → its parts (the layout the scraper writes). */
function conventionalLocation(path: string, specRoot: string): { vendor: string; service: string; version: string } | undefined {
  const rel = relative(specRoot, path).split("\\").join("/");
  const m = /^([^/]+)\/([^/]+)\/([^/]+)\.ya?ml$/.exec(rel);
  return m && !rel.startsWith("..") ? { vendor: m[1]!, service: m[2]!, version: m[3]! } : undefined;
}

/** The existing file's content when its header is exactly the one we would write (same specs and generator). */
function reuse(path: string, header: string, options: GenerateOptions): string | undefined {
  const existing = options.readExisting?.(path);
  // A hand-edited body is regenerated (and `--check` reports it): the body hash must still match.
  if (existing === undefined || !hasIntactBody(existing, header)) return undefined;
  const parsed = readHeader(existing);
  return parsed?.fingerprint === options.fingerprint ? existing : undefined;
}

/** The runtime's package name: what generated code imports unless told otherwise. */
export const RUNTIME_PACKAGE = "@cloudspec/runtime";

/** A bare package specifier as given; a `./path` as the relative specifier from the generated file to it. */
function runtimeSpecifier(fromFile: string, runtimeImport: string): string {
  if (!runtimeImport.startsWith("./")) return runtimeImport;
  const rel = relative(dirname(fromFile), runtimeImport).split("\\").join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}
