/** Registers `cloudspec refresh` on the CLI; the implementation is imported when the command runs. */
import { Command, Option } from "commander";
import { DEFAULT_MANIFEST } from "../../scraper/sources.js";
import type { RefreshCliOptions } from "../refresh/command.js";
import type { CliContext } from "../context.js";

export const DEFAULT_SNAPSHOTS = "scraper/snapshots";

export function registerRefreshCommand(program: Command, ctx: CliContext): void {
  program
    .command("refresh")
    .summary("fetch the published pages, snapshot them, re-scrape, regenerate, report what changed")
    .description(
      "Fetch the published pages listed (with a \"url\") in the sources manifest, store them as a dated snapshot (<snapshots>/<YYYY-MM-DD>/, only when something changed), scrape it into the spec tree, regenerate the clients, rewrite the version reports, and write the docs-changed report: the previous snapshot's specs (the first time: the bundled pages') against the new ones. Manifest entries without a url are read from their bundled files. With --offline, no network: rebuild from the newest stored snapshot.",
    )
    .addHelpText(
      "after",
      [
        "",
        "Network safety: only the hosts of the manifest's URLs (and --allow-host) are contacted; redirects are",
        "followed only to allowed hosts and never from https to http; each page has one deadline (--timeout)",
        "and a size cap (--max-bytes); transient failures (network, timeouts, 408/429/5xx) are retried with",
        "backoff and Retry-After. The newest snapshot is the cache: its ETag / Last-Modified are sent and a",
        "304 reuses its text. Any page that cannot be fetched fails the run before anything is written.",
        "",
        "Exit codes: 0 done; 1 a page could not be fetched or scraped, or a change at or above --fail-on;",
        "2 bad options, manifest or snapshot folder.",
        "",
      ].join("\n"),
    )
    .option("--manifest <file>", "sources manifest", DEFAULT_MANIFEST)
    .option("--snapshots <dir>", "folder of dated snapshots", DEFAULT_SNAPSHOTS)
    .option("--offline", "no network: re-scrape and report from the newest stored snapshot")
    .option("--spec <dir>", "spec tree to write", "spec")
    .option("--generated <dir>", "folder of generated clients", "generated")
    .option("--reports <dir>", "folder for the version and docs-changed reports", "generated/reports")
    .option("--allow-host <hosts...>", "further hosts (host or host:port) redirects may go to")
    .option("--timeout <ms>", "deadline per page and attempt, redirects and body included", "30000")
    .option("--max-bytes <size>", "largest page accepted (bytes, or e.g. 20MiB)", "20MiB")
    .option("--max-redirects <n>", "redirects followed per page", "5")
    .option("--retries <n>", "further attempts after a transient failure", "2")
    .option("--concurrency <n>", "pages fetched at once", "4")
    .option("--as-of <date>", "date Not Before dates are counted from in the report (YYYY-MM-DD; default today)")
    .option("--config <file>", "diff severity overrides and suppressions (default: .cloudspec-diff.yaml when present)")
    .addOption(new Option("--fail-on <level>", "exit 1 when the docs-changed report has a finding at or above this level").choices(["breaking", "warning", "info", "none"]).default("none"))
    .option("--quiet", "no progress lines; print only the summary and errors")
    .action(async (opts: RefreshCliOptions) => {
      const { runRefresh } = await import("../refresh/command.js");
      const stderr = { write: (t: string) => ctx.io.err(t), isTTY: ctx.io.errIsTTY, columns: ctx.io.errIsTTY ? process.stderr.columns : undefined };
      ctx.exit(await runRefresh(opts, stderr, { write: (t: string) => ctx.io.out(t) }));
    });
}
