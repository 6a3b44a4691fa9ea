/** `cloudspec scrape`: pages (bundled manifest, config `sources.pages`, or --input) → spec tree and scrape report. */
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { Command, Option } from "commander";
import type { CommandIo } from "../../core/command-io.js";
import { refusedName } from "../../core/safe-name.js";
import { DIALECT_VENDORS } from "../../scraper/dialects/vendors.js";
import type { PageFormat, PageInput } from "../../scraper/run.js";
import { DEFAULT_MANIFEST } from "../../scraper/sources.js";
import type { CliContext } from "../context.js";
import type { Allowlist } from "../../contract-tests/doc-consistency/allowlist.js";
import { collectLimit, LIMIT_HELP } from "../limit-option.js";
import { packageRoot } from "../package-info.js";
import type { Limits } from "../../core/limits.js";
import { DEFAULT_ALLOWLIST } from "../../contract-tests/doc-consistency/allowlist.js";

export interface ScrapeCliOptions {
  vendor?: string;
  input?: string[];
  /** With --input: the service id of every page given. */
  service?: string;
  format?: PageFormat;
  manifest: string;
  out: string;
  quiet?: boolean;
  strict?: boolean;
  limit?: Partial<Limits>;
  /** false with --no-source: specs without x-source/x-pages. */
  source?: boolean;
  /** Known documentation bugs (their examples are marked with the allowlist's reason); default: the project's, else the installed one. */
  allowlist?: string;
  /** false with --no-mark-doc-bugs: examples are written where the page put them, unchecked (faster on very large scrapes). */
  markDocBugs?: boolean;
  /** `sources.pages` of cloudspec.config.yaml (no flag: --input replaces them). */
  pages?: Array<{ vendor: string; file: string; format?: PageFormat; url?: string }>;
}

export function registerScrapeCommand(program: Command, ctx: CliContext): void {
  program
    .command("scrape")
    .summary("read documentation pages (the bundled ones by default) into OpenAPI 3.1 specs")
    .description(
      [
        "Read documentation pages and write spec/<vendor>/<service>/<version>.yaml plus spec/scrape-report.json.",
        `Without --input, reads the bundled pages listed in ${DEFAULT_MANIFEST} (no network).`,
        "A page with unreadable pieces still yields specs of everything read: each piece not read is an error at",
        "page:line and an x-unread entry on its operation (or document); the run then writes and exits 1. A vendor",
        "whose pages yielded no spec keeps its previous folder. With --strict, any error writes nothing.",
        "Every example that breaks the schema its page gives is moved to x-doc-example beside x-doc-bug (the",
        "allowlist's reason, or reviewed: false and a warning at page:line), so linters and mock servers see none.",
        "Exit codes: 0 complete, 1 a page had an error, 2 usage or unreadable input.",
      ].join(" "),
    )
    .addOption(new Option("--vendor <vendor>", "dialect to read the pages with (required with --input)").choices(DIALECT_VENDORS))
    .option("--input <paths...>", "page files or directories instead of the manifest (.txt text captures, .md/.markdown markdown, .html/.htm saved pages)")
    .addOption(new Option("--format <format>", "how to read --input pages (default: by file extension)").choices(["text", "html", "markdown"]))
    .option(
      "--service <id>",
      'with --input: the service id of every page given, for pages that do not name their service (a Huawei page whose only clue is its URI; a manifest entry says it with "service")',
    )
    .option("--manifest <file>", "sources manifest to read when no --input is given", DEFAULT_MANIFEST)
    .option("--out <dir>", "output directory", "spec")
    .option("--strict", "write nothing when any page has an error (default: write what was read, mark unread pieces x-unread, exit 1)")
    .option("--limit <name=N>", LIMIT_HELP, collectLimit)
    .option("--allowlist <file>", `known documentation bugs, each marked with its reason (default: ${DEFAULT_ALLOWLIST})`)
    .option("--no-mark-doc-bugs", "write examples where the pages put them, unchecked against their schemas (faster on very large scrapes)")
    .option("--no-source", "write specs without x-source/x-pages provenance (for oasdiff, Optic); the report keeps every line")
    .option("--quiet", "print only errors and the final count")
    .action(async (opts: ScrapeCliOptions) => ctx.exit(await runScrape(opts, ctx.io)));
}

/** The default manifest is the working directory's when it has one (this repository), else the one installed with the package. */
function manifestPath(manifest: string): string {
  if (manifest !== DEFAULT_MANIFEST || existsSync(manifest)) return manifest;
  const installed = join(packageRoot(), DEFAULT_MANIFEST);
  return existsSync(installed) ? relative(process.cwd(), installed) || installed : manifest;
}

export async function runScrape(opts: ScrapeCliOptions, io: CommandIo): Promise<number> {
  const [
    { scrapeOutcome },
    { formatReportSummary },
    { scrapePages },
    { loadInputs, loadManifest, SourceError },
    { writeSpecTree },
    { AllowlistError, docBugReview, loadDocBugAllowlist },
    { composeReviews, patternGuard, recheckVerdict, startRecheck },
  ] = await Promise.all([
    import("../../scraper/scrape-outcome.js"),
    import("../../scraper/report.js"),
    import("../../scraper/run.js"),
    import("../../scraper/sources.js"),
    import("../../scraper/write-output.js"),
    import("../doc-bug-review.js"),
    import("../pattern-guard.js"),
  ]);
  // The pattern review's checker starts loading now, beside the reading of the pages.
  const recheck = startRecheck();
  let inputs: PageInput[];
  try {
    if (opts.service !== undefined && !(opts.input && opts.input.length > 0)) {
      io.err(`error: --service names the service of --input pages (a manifest entry says it with "service")\n`);
      return 2;
    }
    if (opts.input && opts.input.length > 0) {
      if (!opts.vendor) {
        io.err(`error: --input needs --vendor (${DIALECT_VENDORS.join(", ")})\n`);
        return 2;
      }
      inputs = loadInputs(opts.input, opts.vendor, opts.format);
      if (opts.service !== undefined) {
        const refused = refusedName(opts.service, "path-segment");
        if (refused !== undefined) {
          io.err(`error: --service ${JSON.stringify(opts.service)}: ${refused}\n`);
          return 2;
        }
        inputs = inputs.map((input) => ({ ...input, service: opts.service! }));
      }
    } else if (opts.pages && opts.pages.length > 0) {
      inputs = opts.pages.filter((p) => !opts.vendor || p.vendor === opts.vendor).flatMap((p) => loadInputs([p.file], p.vendor, p.format).map((input) => (p.url ? { ...input, url: p.url } : input)));
    } else {
      inputs = loadManifest(manifestPath(opts.manifest), opts.vendor);
    }
  } catch (e) {
    if (e instanceof SourceError) {
      io.err(`error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  let allowlist: Allowlist;
  try {
    allowlist = loadDocBugAllowlist(opts.allowlist);
  } catch (e) {
    if (!(e instanceof AllowlistError)) throw e;
    io.err(`error: ${e.message}\n`);
    return 2;
  }
  if (inputs.length === 0) {
    io.err(`error: no pages to read${opts.vendor ? ` for vendor ${opts.vendor}` : ""}\n`);
    return 2;
  }
  const started = Date.now();
  const result = scrapePages(inputs, {
    ...(opts.strict ? { strict: true } : {}),
    ...(opts.limit ? { limits: opts.limit } : {}),
    ...(opts.source === false ? { provenance: false } : {}),
    // Page patterns first: the example check runs them.
    review: composeReviews([patternGuard(recheckVerdict(undefined, recheck)), ...(opts.markDocBugs === false ? [] : [docBugReview(allowlist)])]),
    onPage: opts.quiet ? undefined : (page, i, n) => io.err(`[${i + 1}/${n}] ${page}\n`),
  });
  const outcome = scrapeOutcome(result, opts.out);
  if (outcome.write) writeSpecTree(opts.out, result.files, result.vendors, { name: "scrape-report.json", content: `${JSON.stringify(result.report, null, 2)}\n` });
  const text = formatReportSummary(result.report, result.diagnostics, opts.out, { quiet: opts.quiet, ...(outcome.write ? { reportPath: `${opts.out}/scrape-report.json` } : {}) });
  // A run with errors prints to standard error (errors first, as formatReportSummary orders them).
  const print = outcome.exitCode === 0 ? io.out : io.err;
  print(`${text}\n${outcome.message} in ${Date.now() - started} ms\n`);
  return outcome.exitCode;
}
