/** `cloudspec export --clean`: the spec tree again, without provenance extensions, for other diff tools. */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { Command } from "commander";
import type { CommandIo } from "../../core/command-io.js";
import { pathInside } from "../../core/contained-path.js";
import { writeFileAtomic } from "../../core/write-atomic.js";
import type { CliContext } from "../context.js";
import { listSpecFiles } from "./generate.js";

export interface ExportCliOptions {
  spec: string;
  out: string;
  clean?: boolean;
  allExtensions?: boolean;
}

export function registerExportCommand(program: Command, ctx: CliContext): void {
  program
    .command("export")
    .summary("write the specs without provenance (x-source, x-pages) for oasdiff, Optic and other tools")
    .description(
      "Write every spec under --spec into --out without x-source and x-pages (with --all-extensions: without any x- key), in the scrape's own YAML form: byte-identical to `scrape --no-source`.",
    )
    .requiredOption("--clean", "strip provenance (the only export there is; required so the command says what it does)")
    .option("--all-extensions", "strip every x- extension, not only provenance")
    .option("--spec <dir>", "spec tree", "spec")
    .requiredOption("--out <dir>", "output folder (its files of the same paths are replaced)")
    .action(async (opts: ExportCliOptions) => ctx.exit(await runExport(opts, ctx.io)));
}

export async function runExport(opts: ExportCliOptions, io: CommandIo): Promise<number> {
  const { exportCleanSpecs } = await import("../../scraper/export-clean.js");
  let files;
  try {
    files = listSpecFiles(opts.spec).map((path) => ({ path: relative(opts.spec, path).split("\\").join("/"), content: readFileSync(path, "utf8") }));
  } catch (e) {
    io.err(`error: ${(e as Error).message}\n`);
    return 2;
  }
  if (files.length === 0) {
    io.err(`error: no .yaml specs under ${opts.spec}\n`);
    return 2;
  }
  for (const f of exportCleanSpecs(files, { extensions: opts.allExtensions ? "all" : "provenance" })) writeFileAtomic(pathInside(opts.out, f.path), f.content);
  io.out(`${files.length} specs → ${join(opts.out)} without ${opts.allExtensions ? "x- extensions" : "x-source and x-pages"}\n`);
  return 0;
}
