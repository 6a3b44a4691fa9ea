/**
 * `cloudspec generate --package <name>`: the specs under --spec become one npm package in --out —
 * src/ (the generated clients, importing the runtime by its package name), dist/ (ESM JavaScript and
 * .d.ts), package.json with exports per service and API version, README with the operations.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { CommandIo } from "../../core/command-io.js";
import { readYaml } from "../../core/read-yaml.js";
import { compareVersionStrings } from "../../core/versions.js";
import { writeFileAtomic } from "../../core/write-atomic.js";
import { assertInside } from "../../core/contained-path.js";
import { packageRoot } from "../package-info.js";

export interface PackageCliOptions {
  spec: string;
  out: string;
  package: string;
  packageVersion?: string;
  quiet?: boolean;
}

/** The runtime's compiled declarations: built in place (as `npm run build -w generator/runtime` does) when missing. */
async function runtimeTypes(io: CommandIo, quiet: boolean | undefined): Promise<string> {
  const dir = join(packageRoot(), "generator", "runtime");
  const types = join(dir, "dist", "index.d.ts");
  if (!existsSync(types)) {
    if (!quiet) io.err(`building the runtime's declarations (${relative(process.cwd(), dir) || "."}/dist)\n`);
    const { buildTsProject } = await import("../../generator/package/compile.js");
    buildTsProject(join(dir, "tsconfig.build.json"));
  }
  return types;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

export async function runGeneratePackage(opts: PackageCliOptions, specPaths: readonly string[], io: CommandIo): Promise<number> {
  const started = Date.now();
  const [
    { packageNameProblem, versionFromApiVersion, isSemver },
    { planClientPackage },
    { compilePackage, PackageCompileError },
    { summariseSpec },
    { generateClients, GenerateError },
    { generatorFingerprint },
    { readExisting, writeGenerated },
  ] = await Promise.all([
    import("../../generator/package/package-name.js"),
    import("../../generator/package/plan.js"),
    import("../../generator/package/compile.js"),
    import("../../generator/spec-summary.js"),
    import("../../generator/generate.js"),
    import("../../generator/fingerprint.js"),
    import("../../generator/write-generated.js"),
  ]);
  const nameProblem = packageNameProblem(opts.package);
  if (nameProblem) {
    io.err(`error: --package ${JSON.stringify(opts.package)} ${nameProblem}\n`);
    return 2;
  }
  if (opts.packageVersion !== undefined && !isSemver(opts.packageVersion)) {
    io.err(`error: --package-version must be a semantic version such as 1.2.0 or 1.2.0-docs.20261206, not ${JSON.stringify(opts.packageVersion)}\n`);
    return 2;
  }
  const specs = specPaths.map((path) => ({ path, content: readFileSync(path, "utf8") }));
  const srcDir = join(opts.out, "src");
  try {
    const summaries = specs.map((s) => summariseSpec(readYaml(s.content, s.path) as Record<string, unknown>, s.path));
    const newest = [...summaries].sort((a, b) => compareVersionStrings(b.version, a.version))[0]!;
    const version = opts.packageVersion ?? versionFromApiVersion(newest.version);
    if (version === undefined) {
      io.err(`error: API version ${JSON.stringify(newest.version)} is not a number; give --package-version\n`);
      return 2;
    }
    const generated = await generateClients(specs, {
      outDir: srcDir,
      specRoot: opts.spec,
      fingerprint: generatorFingerprint(),
      readExisting,
      onSpec: opts.quiet ? undefined : (path, i, n) => io.err(`[${i + 1}/${n}] ${path}\n`),
    });
    const planned = planClientPackage({ name: opts.package, version, specs: summaries });
    const sources = generated.map((f) => ({ path: relative(opts.out, f.path), content: f.content }));
    // package.json goes in too: its "type": "module" is what makes the compiler emit ES modules.
    const compiled = compilePackage(opts.out, [...planned, ...sources], await runtimeTypes(io, opts.quiet));
    const src = writeGenerated(generated, srcDir);
    const wanted = new Set<string>();
    for (const f of [...planned, ...compiled]) {
      const path = join(opts.out, f.path);
      assertInside(opts.out, path);
      wanted.add(path);
      if (readExisting(path) !== f.content) writeFileAtomic(path, f.content);
    }
    for (const stale of filesUnder(join(opts.out, "dist"))) if (!wanted.has(stale)) rmSync(stale);
    io.out(
      `${opts.package}@${version}: ${specs.length} specs → ${opts.out} (src: ${src.written.length} written, ${src.unchanged.length} unchanged; dist: ${compiled.length} files) in ${Date.now() - started} ms\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof GenerateError || e instanceof PackageCompileError) {
      io.err(`error: ${e.message}\n`);
      return 1;
    }
    if (e instanceof Error && /^[^\n]*\.ya?ml[#:]/.test(e.message)) {
      io.err(`error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
