#!/usr/bin/env -S npx tsx
/**
 * The command line: a thin layer over the library functions. `scrape` reads documentation pages and
 * writes OpenAPI 3.1 specs.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { PathOutsideRootError } from "../core/contained-path.js";
import { DIALECT_VENDORS } from "./dialects/vendors.js";
import type { PageFormat, PageInput } from "./run.js";
import { DEFAULT_MANIFEST } from "./sources.js";
import { registerContractCommand, registerMockCommand } from "../contract-tests/cli/commands.js";
import { registerDiffCommand } from "../generator/diff/register.js";
import { registerRefreshCommand } from "./refresh/register.js";

// Command implementations are imported when their command runs: `generate --check` should not pay for
// loading the scraper (cheerio, markdown-it), nor `scrape` for the generator (TypeScript, prettier).

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("cloudspec")
    .description("Turn cloud vendors' API documentation pages into OpenAPI 3.1 specs (one per service and API version) and typed TypeScript clients.")
    .version(packageVersion(), "-V, --version", "print the version")
    .showHelpAfterError()
    // Usage errors (unknown option or command, invalid choice, missing argument) exit 2, never 1: for
    // `diff --fail-on`, 1 means a breaking change, and a typo in CI must not look like one.
    .exitOverride()
    .option("--config <file>", "project configuration (default: cloudspec.config.yaml in the working directory, when present); flags override it")
    // Program options go before the command name, so `diff --config` stays the diff command's own option.
    .enablePositionalOptions()
    .hook("preAction", async (_program, command) => {
      const { applyProjectConfig } = await import("../cli/config/apply-config.js");
      applyProjectConfig(program, command);
    });

  program
    .command("init")
    .summary("write a commented starter cloudspec.config.yaml")
    .description("Write cloudspec.config.yaml (every setting, commented, with its default) into the working directory. Refuses to overwrite an existing file unless --force.")
    .option("--file <path>", "where to write it", "cloudspec.config.yaml")
    .option("--force", "overwrite an existing file")
    .action(async (opts: { file: string; force?: boolean }) => {
      const { runInit } = await import("../cli/config/init-command.js");
      process.exitCode = runInit(opts, { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });
    });

  program
    .command("scrape")
    .summary("read documentation pages (the bundled ones by default) into OpenAPI 3.1 specs")
    .description(
      [
        "Read documentation pages and write spec/<vendor>/<service>/<version>.yaml plus spec/scrape-report.json.",
        `Without --input, reads the bundled pages listed in ${DEFAULT_MANIFEST} (no network).`,
        "Exits 1 when any page has an error (a page with no operation, a table that cannot be read, a schema",
        "that is named but never defined); the previous spec files are then left untouched.",
      ].join(" "),
    )
    .addOption(new Option("--vendor <vendor>", "dialect to read the pages with (required with --input)").choices(DIALECT_VENDORS))
    .option("--input <paths...>", "page files or directories instead of the manifest (.txt text captures, .md/.markdown markdown, .html/.htm saved pages)")
    .addOption(new Option("--format <format>", "how to read --input pages (default: by file extension)").choices(["text", "html", "markdown"]))
    .option("--manifest <file>", "sources manifest to read when no --input is given", DEFAULT_MANIFEST)
    .option("--out <dir>", "output directory", "spec")
    .option("--quiet", "print only errors and the final count")
    .action(async (opts: ScrapeCliOptions) => {
      process.exitCode = await runScrape(opts);
    });
  program
    .command("generate")
    .summary("generate typed TypeScript clients from the specs")
    .description(
      [
        "Generate a typed TypeScript client for every spec: generated/<vendor>/<service>/<version>/{schema,client}.ts",
        "and generated/<vendor>/<service>/index.ts (a factory picking a version). Specs whose hash is unchanged are",
        "skipped. With --check, writes nothing and exits 1 when generated/ is stale.",
      ].join(" "),
    )
    .option("--spec <dir>", "folder of OpenAPI specs (every .yaml below it)", "spec")
    .option("--out <dir>", "output folder", "generated")
    .option("--check", "exit 1 (writing nothing) when the output is missing, stale or has files without a spec")
    .option("--quiet", "print only the summary")
    .action(async (opts: { spec: string; out: string; check?: boolean; quiet?: boolean }) => {
      process.exitCode = await runGenerate(opts);
    });
  registerDiffCommand(program);
  registerRefreshCommand(program);
  registerContractCommand(program);
  registerMockCommand(program);
  return program;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: string }).version ?? "unknown";
  } catch {
    return "unknown";
  }
}

async function runGenerate(opts: { spec: string; out: string; check?: boolean; quiet?: boolean }): Promise<number> {
  const started = Date.now();
  const [{ generatorFingerprint }, { GenerateError, generateClients }, { NameCollisionError }, { checkGenerated, readExisting, writeGenerated }] = await Promise.all([
    import("../generator/fingerprint.js"),
    import("../generator/generate.js"),
    import("../generator/names.js"),
    import("../generator/write-generated.js"),
  ]);
  let specs;
  try {
    specs = listSpecFiles(opts.spec).map((path) => ({ path, content: readFileSync(path, "utf8") }));
  } catch (e) {
    process.stderr.write(`error: ${(e as Error).message}\n`);
    return 2;
  }
  if (specs.length === 0) {
    process.stderr.write(`error: no .yaml specs under ${opts.spec} (run \`npm run scrape\` first)\n`);
    return 2;
  }
  let files;
  try {
    files = await generateClients(specs, {
      outDir: opts.out,
      specRoot: opts.spec,
      fingerprint: generatorFingerprint(),
      readExisting,
      onSpec: opts.quiet ? undefined : (path, i, n, reused) => process.stderr.write(`[${i + 1}/${n}] ${path}${reused ? " (unchanged, skipped)" : ""}\n`),
    });
  } catch (e) {
    if (e instanceof GenerateError || e instanceof NameCollisionError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  if (opts.check) {
    const r = checkGenerated(files, opts.out);
    const problems = [...r.stale.map((p) => `stale: ${p}`), ...r.missing.map((p) => `missing: ${p}`), ...r.extra.map((p) => `no spec any more: ${p}`)];
    if (problems.length > 0) {
      process.stderr.write(`${problems.join("\n")}\n${opts.out} is out of date with ${opts.spec}: run \`npm run generate\`\n`);
      return 1;
    }
    process.stdout.write(`${opts.out} is up to date with ${specs.length} specs (${Date.now() - started} ms)\n`);
    return 0;
  }
  const w = writeGenerated(files, opts.out);
  process.stdout.write(`${specs.length} specs → ${files.length} files in ${opts.out}: ${w.written.length} written, ${w.unchanged.length} unchanged, ${w.removed.length} removed (${Date.now() - started} ms)\n`);
  return 0;
}

function listSpecFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name).split("\\").join("/");
    if (statSync(full).isDirectory()) out.push(...listSpecFiles(full));
    else if (name.endsWith(".yaml") || name.endsWith(".yml")) out.push(full);
  }
  return out;
}

interface ScrapeCliOptions {
  vendor?: string;
  input?: string[];
  format?: PageFormat;
  manifest: string;
  out: string;
  quiet?: boolean;
  /** `sources.pages` of cloudspec.config.yaml (no flag: --input replaces them). */
  pages?: Array<{ vendor: string; file: string; format?: PageFormat; url?: string }>;
}

async function runScrape(opts: ScrapeCliOptions): Promise<number> {
  const [{ hasErrors }, { formatReportSummary }, { scrapePages }, { loadInputs, loadManifest, SourceError }, { writeSpecTree }] = await Promise.all([
    import("../core/diagnostics.js"),
    import("./report.js"),
    import("./run.js"),
    import("./sources.js"),
    import("./write-output.js"),
  ]);
  let inputs: PageInput[];
  try {
    if (opts.input && opts.input.length > 0) {
      if (!opts.vendor) {
        process.stderr.write(`error: --input needs --vendor (${DIALECT_VENDORS.join(", ")})\n`);
        return 2;
      }
      inputs = loadInputs(opts.input, opts.vendor, opts.format);
    } else if (opts.pages && opts.pages.length > 0) {
      inputs = opts.pages
        .filter((p) => !opts.vendor || p.vendor === opts.vendor)
        .flatMap((p) => loadInputs([p.file], p.vendor, p.format).map((input) => (p.url ? { ...input, url: p.url } : input)));
    } else {
      inputs = loadManifest(opts.manifest, opts.vendor);
    }
  } catch (e) {
    if (e instanceof SourceError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (inputs.length === 0) {
    process.stderr.write(`error: no pages to read${opts.vendor ? ` for vendor ${opts.vendor}` : ""}\n`);
    return 2;
  }
  const started = Date.now();
  const result = scrapePages(inputs, {
    onPage: opts.quiet ? undefined : (page, i, n) => process.stderr.write(`[${i + 1}/${n}] ${page}\n`),
  });
  if (hasErrors(result.diagnostics)) {
    const summary = formatReportSummary(result.report, result.diagnostics, opts.out, { quiet: opts.quiet });
    process.stderr.write(`${summary}\nscrape failed: nothing written, ${opts.out} left as it was\n`);
    return 1;
  }
  const vendors = [...new Set(inputs.map((i) => i.vendor))].sort();
  writeSpecTree(opts.out, result.files, vendors, { name: "scrape-report.json", content: `${JSON.stringify(result.report, null, 2)}\n` });
  const text = formatReportSummary(result.report, result.diagnostics, opts.out, { quiet: opts.quiet, reportPath: `${opts.out}/scrape-report.json` });
  process.stdout.write(`${text}\nwrote ${result.files.length} specs and ${opts.out}/scrape-report.json in ${Date.now() - started} ms\n`);
  return 0;
}

buildProgram()
  .parseAsync(process.argv)
  .catch((e: unknown) => {
    process.exitCode = exitCodeOf(e);
  });

/** Usage errors exit 2 (help and version 0); a file-system refusal is one line with exit 2; anything else is a bug (70, with its stack). */
function exitCodeOf(e: unknown): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  const fsError = e as NodeJS.ErrnoException;
  if (fsError && typeof fsError.code === "string" && typeof fsError.syscall === "string") {
    process.stderr.write(`error: cannot ${fsError.syscall} ${fsError.path ?? ""}: ${fsError.code}${(fsError as { dest?: string }).dest ? ` (to ${(fsError as { dest?: string }).dest})` : ""}\n`);
    return 2;
  }
  if (e instanceof Error && e.name === "ConfigFileError") {
    process.stderr.write(`${e.message}\n`);
    return 2;
  }
  if (e instanceof PathOutsideRootError) {
    process.stderr.write(`error: ${e.message}\n`);
    return 1;
  }
  process.stderr.write(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 70;
}
