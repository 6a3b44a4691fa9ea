/** `cloudspec generate`: every spec under --spec → typed clients under --out (or --check that they are current). */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Command } from "commander";
import type { CommandIo } from "../../core/command-io.js";
import type { Limits } from "../../core/limits.js";
import type { CliContext } from "../context.js";
import { collectLimit } from "../limit-option.js";
import { autoThreads, parseThreads } from "../threads-option.js";
import { packageRoot } from "../package-info.js";
import { runtimeInstallHint } from "./runtime-hint.js";

export interface GenerateCliOptions {
  spec: string;
  out: string;
  check?: boolean;
  quiet?: boolean;
  /** With a name: write an npm package (src, dist, package.json, README) into --out instead of a client tree. */
  package?: string;
  packageVersion?: string;
  limit?: Partial<Limits>;
  /** Threads for a generation (default: `auto`, see cli/threads-option.ts); the output is the same for any count. */
  threads?: number;
}

export function registerGenerateCommand(program: Command, ctx: CliContext): void {
  program
    .command("generate")
    .summary("generate typed TypeScript clients from the specs")
    .description(
      [
        "Generate a typed TypeScript client for every spec: generated/<vendor>/<service>/<version>/{schema,client}.ts",
        "and generated/<vendor>/<service>/index.ts (a factory picking a version). Specs whose hash is unchanged are",
        "skipped. With --check, writes nothing and exits 1 when generated/ is stale. With --package <name>, --out becomes",
        "an npm package of every spec under --spec (one service, or a vendor's services): src/, compiled dist/ (ESM + .d.ts),",
        "package.json with exports per service and API version and @cloudspec/runtime as its dependency, and a README.",
        "The clients import @cloudspec/runtime: when it does not resolve from --out, a note says how to install the one",
        "that came with this cloudspec.",
      ].join(" "),
    )
    .option("--spec <dir>", "folder of OpenAPI specs (every .yaml below it)", "spec")
    .option("--out <dir>", "output folder", "generated")
    .option("--check", "exit 1 (writing nothing) when the output is missing, stale or has files without a spec")
    .option("--package <name>", "write an npm package with this name (e.g. @acme/scp-backup) into --out")
    .option("--package-version <semver>", "the package's version (default: the newest API version, 1.2 → 1.2.0)")
    .option("--limit <name=N>", "raise spec-depth or expanded-depth (repeatable; docs/fuzz.md)", collectLimit)
    .option("--threads <n>", "threads to generate on: a number, or auto for the machine's cores, at most 2 (the files are the same for any count)", parseThreads)
    .option("--quiet", "print only the summary")
    .action(async (opts: GenerateCliOptions) => ctx.exit(await runGenerate(opts, ctx.io)));
}

export async function runGenerate(opts: GenerateCliOptions, io: CommandIo): Promise<number> {
  const started = Date.now();
  const [{ generatorFingerprint }, { GenerateError, generateClients }, { NameCollisionError }, { checkGenerated, readExisting, writeGenerated }] = await Promise.all([
    import("../../generator/fingerprint.js"),
    import("../../generator/generate.js"),
    import("../../generator/names.js"),
    import("../../generator/write-generated.js"),
  ]);
  let specs;
  try {
    specs = listSpecFiles(opts.spec).map((path) => ({ path, content: readFileSync(path, "utf8") }));
  } catch (e) {
    io.err(`error: ${(e as Error).message}\n`);
    return 2;
  }
  if (specs.length === 0) {
    io.err(`error: no .yaml specs under ${opts.spec} (run \`npm run scrape\` first)\n`);
    return 2;
  }
  if (opts.package !== undefined) {
    if (opts.check) {
      io.err("error: --check compares a client tree; give it without --package\n");
      return 2;
    }
    const { runGeneratePackage } = await import("./generate-package.js");
    return runGeneratePackage(
      { ...opts, package: opts.package },
      specs.map((s) => s.path),
      io,
    );
  }
  let files;
  try {
    files = await generateClients(specs, {
      outDir: opts.out,
      specRoot: opts.spec,
      fingerprint: generatorFingerprint(),
      readExisting,
      ...(opts.limit ? { limits: opts.limit } : {}),
      threads: opts.threads ?? autoThreads(),
      onSpec: opts.quiet ? undefined : (path, i, n, reused) => io.err(`[${i + 1}/${n}] ${path}${reused ? " (unchanged, skipped)" : ""}\n`),
    });
  } catch (e) {
    if (e instanceof GenerateError || e instanceof NameCollisionError) {
      io.err(`error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  if (opts.check) {
    const r = checkGenerated(files, opts.out);
    const problems = [...r.stale.map((p) => `stale: ${p}`), ...r.missing.map((p) => `missing: ${p}`), ...r.extra.map((p) => `no spec any more: ${p}`)];
    if (problems.length > 0) {
      io.err(`${problems.join("\n")}\n${opts.out} is out of date with ${opts.spec}: run \`npm run generate\`\n`);
      return 1;
    }
    io.out(`${opts.out} is up to date with ${specs.length} specs (${Date.now() - started} ms)\n`);
    return 0;
  }
  const w = writeGenerated(files, opts.out);
  io.out(`${specs.length} specs → ${files.length} files in ${opts.out}: ${w.written.length} written, ${w.unchanged.length} unchanged, ${w.removed.length} removed (${Date.now() - started} ms)\n`);
  const hint = runtimeInstallHint(opts.out, join(packageRoot(), "generator", "runtime"));
  if (hint) io.err(hint);
  return 0;
}

/** Every .yaml/.yml file below `dir`, sorted; a single file is itself. */
export function listSpecFiles(dir: string): string[] {
  if (!statSync(dir).isDirectory()) return [dir.split("\\").join("/")];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name).split("\\").join("/");
    if (statSync(full).isDirectory()) out.push(...listSpecFiles(full));
    else if (name.endsWith(".yaml") || name.endsWith(".yml")) out.push(full);
  }
  return out;
}
