/**
 * Registers `cloudspec diff` on the CLI. Only commander is loaded here; the diff, the rules and the
 * formatters are imported when the command runs (`./diff-run.ts`).
 */
import { Command, Option } from "commander";
import type { CliContext } from "../context.js";

export interface DiffCliOptions {
  base?: string;
  versions?: boolean;
  spec: string;
  reports: string;
  asOf?: string;
  format: "md" | "html" | "json" | "junit" | "github" | "terminal";
  /** terminal: colours (default: when standard error is a terminal and NO_COLOR is unset). */
  color?: boolean;
  out?: string;
  failOn?: "breaking" | "warning" | "info" | "none";
  config?: string;
  /** Inline diff settings from the `diff:` section of cloudspec.config.yaml (the keys of .cloudspec-diff.yaml). */
  settings?: { raw: unknown; file: string };
}

export function registerDiffCommand(program: Command, ctx: CliContext): void {
  program
    .command("diff")
    .argument("[base]", "base spec file or spec tree")
    .argument("[revision]", "revision spec file or spec tree")
    .summary("compare specs (files, trees, a git ref, or versions) and judge the changes")
    .description("Compare OpenAPI specs and judge the changes (breaking, warning, info) with stable rule ids.")
    .addHelpText(
      "after",
      [
        "",
        "What to compare:",
        "  diff <base> <revision>   two spec files, or two spec trees (files paired by path)",
        "  diff --base <git-ref>    the --spec tree at a git ref against the working tree",
        "  diff --versions          each version of every service against the next, plus the",
        "                           deprecation calendar; writes md, html, json, junit to --reports",
        "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad input.",
      ].join("\n"),
    )
    .option("--base <git-ref>", "compare the --spec tree at this git ref with the working tree")
    .option("--versions", "compare versions of each service; write the reports")
    .option("--spec <dir>", "spec tree", "spec")
    .option("--reports <dir>", "where --versions writes its reports", "generated/reports")
    .option("--as-of <date>", "date Not Before dates are counted from (YYYY-MM-DD; default: today, or the config's asOf with --versions)")
    .addOption(
      new Option(
        "--format <format>",
        "output format: md, html, json, junit; github = Actions annotations (::error/::warning/::notice) at the spec line of each finding; terminal = coloured text, breaking changes first",
      )
        .choices(["md", "html", "json", "junit", "github", "terminal"])
        .default("md"),
    )
    .option("--color", "terminal: colour even when not on a terminal")
    .option("--no-color", "terminal: no colour")
    .option("--out <file>", "write the report here instead of standard output")
    .addOption(new Option("--fail-on <level>", "exit 1 when a finding is at or above this level (default: breaking; none with --versions)").choices(["breaking", "warning", "info", "none"]))
    .option("--config <file>", "severity overrides and suppressions (default: .cloudspec-diff.yaml when present)")
    .action(async (base: string | undefined, revision: string | undefined, opts: DiffCliOptions) => {
      const { runDiff } = await import("./diff-run.js");
      ctx.exit(runDiff(base, revision, opts, ctx.io));
    });
}
