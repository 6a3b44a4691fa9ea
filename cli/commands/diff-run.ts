/**
 * `cloudspec diff`: reads the specs (files, trees or a git ref), builds the report, renders it and
 * returns the exit code. The thin edge over `generator/reports/build-report.ts`.
 */
import { existsSync, readFileSync } from "node:fs";
import { writeFileAtomic } from "../../core/write-atomic.js";
import { renderGithub, specLocator } from "../../generator/reports/github.js";
import { renderTerminal } from "../../generator/reports/terminal.js";
import type { SpecDoc } from "../../generator/diff/types.js";
import type { DiffConfig } from "../../generator/rules/config.js";
import { ConfigError, loadConfig, parseConfig } from "../../generator/rules/config.js";
import { isIsoDate, todayIso } from "../../generator/rules/dates.js";
import { RegistryError } from "../../generator/rules/registry.js";
import { buildFileReport, buildSnapshotReport, buildVersionReport, failsOn } from "../../generator/reports/build-report.js";
import type { DiffReport } from "../../generator/reports/model.js";
import { renderReport, versionReportFiles, writeReportFiles } from "../../generator/reports/write-reports.js";
import { isDirectory, readGitTree, readSpecFile, readSpecTree, SpecLoadError } from "../../generator/diff/load.js";
import type { CommandIo } from "../../core/command-io.js";
import type { DiffCliOptions } from "./diff.js";

class UsageError extends Error {}

export function runDiff(base: string | undefined, revision: string | undefined, opts: DiffCliOptions, io: CommandIo): number {
  try {
    const config = opts.settings && !opts.config ? parseConfig(opts.settings.raw, opts.settings.file) : loadConfig(opts.config);
    const asOf = asOfDate(opts, config);
    if (opts.versions) return runVersions(opts, config, asOf, base, io);
    const { report, sides } = snapshotReport(base, revision, opts, config, asOf);
    const text = render(report, opts, sides, io);
    if (opts.out) writeFileAtomic(opts.out, text);
    else io.out(text);
    if (opts.out) io.err(`${summaryLine(report)}; wrote ${opts.out}\n`);
    return failsOn(report, opts.failOn ?? "breaking") ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof SpecLoadError || e instanceof ConfigError || e instanceof RegistryError) {
      io.err(`error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function asOfDate(opts: DiffCliOptions, config: DiffConfig): string {
  if (opts.asOf !== undefined) {
    if (!isIsoDate(opts.asOf)) throw new UsageError(`--as-of must be a YYYY-MM-DD date, not ${JSON.stringify(opts.asOf)}`);
    return opts.asOf;
  }
  return (opts.versions ? config.asOf : undefined) ?? todayIso();
}

function runVersions(opts: DiffCliOptions, config: DiffConfig, asOf: string, extra: string | undefined, io: CommandIo): number {
  if (extra !== undefined || opts.base !== undefined) throw new UsageError("--versions compares the versions inside --spec; give no other specs or --base");
  const specs = readSpecTree(opts.spec);
  if (specs.length === 0) throw new UsageError(`no OpenAPI specs under ${opts.spec}`);
  const report = buildVersionReport(specs, { asOf, config, baseLabel: `${opts.spec.replace(/\/$/, "")}/ (each version against the next)`, revisionLabel: opts.spec });
  const written = writeReportFiles(opts.reports, versionReportFiles(report));
  if (opts.out) writeFileAtomic(opts.out, render(report, opts, { base: specs, revision: specs }, io));
  io.out(`${summaryLine(report)}; ${written.length === 0 ? `${opts.reports} unchanged` : `wrote ${written.map((w) => `${opts.reports}/${w}`).join(", ")}`}\n`);
  return failsOn(report, opts.failOn ?? "none") ? 1 : 0;
}

interface Sides {
  base: readonly SpecDoc[];
  revision: readonly SpecDoc[];
}

function snapshotReport(base: string | undefined, revision: string | undefined, opts: DiffCliOptions, config: DiffConfig, asOf: string): { report: DiffReport; sides: Sides } {
  const options = (baseLabel: string, revisionLabel: string) => ({ asOf, config, baseLabel, revisionLabel });
  if (opts.base !== undefined) {
    if (base !== undefined || revision !== undefined) throw new UsageError("--base compares the --spec tree with itself at a git ref; give no spec paths");
    const sides = { base: readGitTree(opts.base, opts.spec), revision: readSpecTree(opts.spec) };
    return { report: buildSnapshotReport(sides.base, sides.revision, options(`${opts.base}:${opts.spec}`, `${opts.spec} (working tree)`)), sides };
  }
  if (base === undefined || revision === undefined) throw new UsageError("give two specs (files or trees), --base <git-ref>, or --versions");
  const dirs = [isDirectory(base), isDirectory(revision)];
  if (dirs[0] && dirs[1]) {
    const sides = { base: readSpecTree(base), revision: readSpecTree(revision) };
    return { report: buildSnapshotReport(sides.base, sides.revision, options(base, revision)), sides };
  }
  if (!dirs[0] && !dirs[1]) {
    const sides = { base: [readSpecFile(base)], revision: [readSpecFile(revision)] };
    return { report: buildFileReport(sides.base[0]!, sides.revision[0]!, options(base, revision)), sides };
  }
  throw new UsageError("compare two files or two folders, not one of each");
}

/** The report in --format; `github` annotates the spec line of each finding (files on disk; a git ref's side falls back to the doc line). */
function render(report: DiffReport, opts: DiffCliOptions, sides: Sides, io: CommandIo): string {
  if (opts.format === "github") {
    const locate = specLocator((spec, side) => {
      const doc = sides[side].find((d) => d.path === spec);
      if (!doc || doc.label.includes(":") || !existsSync(doc.label)) return undefined;
      return { file: doc.label, text: readFileSync(doc.label, "utf8") };
    });
    return renderGithub(report, { locate });
  }
  if (opts.format === "terminal") return renderTerminal(report, { color: opts.color ?? (io.env.NO_COLOR === undefined && io.errIsTTY === true) });
  return renderReport(report, opts.format, opts.failOn ?? "breaking");
}

function summaryLine(r: DiffReport): string {
  const s = r.summary;
  return `${s.comparisons} comparisons: ${s.breaking} breaking, ${s.warning} warning, ${s.info} info${s.suppressed ? `, ${s.suppressed} suppressed` : ""} (as of ${r.asOf})`;
}
