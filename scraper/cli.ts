#!/usr/bin/env -S npx tsx
/**
 * The command line: a thin layer over the library functions. `scrape` reads documentation pages and
 * writes OpenAPI 3.1 specs.
 */
import { Command, Option } from "commander";
import { DIALECTS } from "./dialects/index.js";
import { hasErrors } from "./diagnostics.js";
import { formatReportSummary } from "./report.js";
import type { PageFormat, PageInput } from "./run.js";
import { scrapePages } from "./run.js";
import { DEFAULT_MANIFEST, loadInputs, loadManifest, SourceError } from "./sources.js";
import { writeSpecTree } from "./write-output.js";

export function buildProgram(): Command {
  const program = new Command();
  program
    .name("cloudspec")
    .description("Turn cloud vendors' API documentation pages into OpenAPI 3.1 specs (one per service and API version).")
    .showHelpAfterError();

  program
    .command("scrape")
    .description(
      [
        "Read documentation pages and write spec/<vendor>/<service>/<version>.yaml plus spec/scrape-report.json.",
        `Without --input, reads the bundled pages listed in ${DEFAULT_MANIFEST} (no network).`,
        "Exits 1 when any page has an error (a page with no operation, a table that cannot be read, a schema",
        "that is named but never defined); the previous spec files are then left untouched.",
      ].join("\n"),
    )
    .addOption(new Option("--vendor <vendor>", "dialect to read the pages with (required with --input)").choices(DIALECTS.map((d) => d.vendor)))
    .option("--input <paths...>", "page files or directories (.txt/.md text captures, .html saved pages) instead of the manifest")
    .addOption(new Option("--format <format>", "how to read --input pages (default: by file extension)").choices(["text", "html", "markdown"]))
    .option("--manifest <file>", "sources manifest to read when no --input is given", DEFAULT_MANIFEST)
    .option("--out <dir>", "output directory", "spec")
    .option("--quiet", "print only errors and the final count")
    .action((opts: { vendor?: string; input?: string[]; format?: PageFormat; manifest: string; out: string; quiet?: boolean }) => {
      process.exitCode = runScrape(opts);
    });
  return program;
}

function runScrape(opts: { vendor?: string; input?: string[]; format?: PageFormat; manifest: string; out: string; quiet?: boolean }): number {
  let inputs: PageInput[];
  try {
    if (opts.input && opts.input.length > 0) {
      if (!opts.vendor) {
        process.stderr.write(`error: --input needs --vendor (${DIALECTS.map((d) => d.vendor).join(", ")})\n`);
        return 2;
      }
      inputs = loadInputs(opts.input, opts.vendor, opts.format);
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
  const summary = formatReportSummary(result.report, result.diagnostics, opts.out);
  if (hasErrors(result.diagnostics)) {
    process.stderr.write(`${summary}\nscrape failed: nothing written, ${opts.out} left as it was\n`);
    return 1;
  }
  const vendors = [...new Set(inputs.map((i) => i.vendor))].sort();
  writeSpecTree(opts.out, result.files, vendors, { name: "scrape-report.json", content: `${JSON.stringify(result.report, null, 2)}\n` });
  const text = opts.quiet ? summary.split("\n").slice(-1).join("\n") : summary;
  process.stdout.write(`${text}\nwrote ${result.files.length} specs and ${opts.out}/scrape-report.json in ${Date.now() - started} ms\n`);
  return 0;
}

buildProgram().parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 70;
});
