/**
 * `cloudspec refresh`: parses the options, runs `refresh()` with a progress printer, prints the
 * summary and maps the outcome to an exit code (0 done, 1 fetch/scrape failure or --fail-on reached,
 * 2 bad input).
 */
import { formatDiagnostic } from "../../core/diagnostics.js";
import { failsOn } from "../../generator/reports/build-report.js";
import { isIsoDate } from "../../generator/rules/dates.js";
import { ConfigError } from "../../generator/rules/config.js";
import { RegistryError } from "../../generator/rules/registry.js";
import { ProgressPrinter, type ProgressStream } from "./progress.js";
import type { RefreshResult } from "./refresh.js";
import { refresh, RefreshError } from "./refresh.js";
import { SNAPSHOT_REPORT } from "./publish.js";

export interface RefreshCliOptions {
  manifest: string;
  snapshots: string;
  spec: string;
  generated: string;
  reports: string;
  offline?: boolean;
  allowHost?: string[];
  timeout: string;
  maxBytes: string;
  maxRedirects: string;
  retries: string;
  concurrency: string;
  asOf?: string;
  config?: string;
  failOn: "breaking" | "warning" | "info" | "none";
  quiet?: boolean;
}

class UsageError extends Error {}

function count(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} must be a whole number ≥ ${min}, not ${JSON.stringify(value)}`);
  return n;
}

/** `20MiB`, `512KiB`, `1000000` → bytes. */
export function parseByteSize(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?$/i.exec(value.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? "b").toLowerCase();
  const factor = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 ** 2, gb: 1e9, gib: 1024 ** 3 }[unit]!;
  return Math.floor(Number(m[1]) * factor);
}

export async function runRefresh(opts: RefreshCliOptions, stderr: ProgressStream, stdout: { write(text: string): unknown }): Promise<number> {
  const printer = opts.quiet ? undefined : new ProgressPrinter(stderr);
  try {
    if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) throw new UsageError(`--as-of must be a YYYY-MM-DD date, not ${JSON.stringify(opts.asOf)}`);
    const maxBytes = parseByteSize(opts.maxBytes);
    if (maxBytes === undefined || maxBytes < 1) throw new UsageError(`--max-bytes must be a size such as 20MiB or 5000000, not ${JSON.stringify(opts.maxBytes)}`);
    const result = await refresh({
      manifest: opts.manifest,
      snapshots: opts.snapshots,
      spec: opts.spec,
      generated: opts.generated,
      reports: opts.reports,
      offline: opts.offline ?? false,
      allowHosts: opts.allowHost ?? [],
      limits: { timeoutMs: count("--timeout", opts.timeout, 1), maxBytes, maxRedirects: count("--max-redirects", opts.maxRedirects, 0) },
      retry: { retries: count("--retries", opts.retries, 0), backoffMs: 1000, maxBackoffMs: 30_000 },
      concurrency: count("--concurrency", opts.concurrency, 1),
      ...(opts.asOf ? { asOf: opts.asOf } : {}),
      ...(opts.config ? { config: opts.config } : {}),
      ...(printer ? { onEvent: (e) => printer.handle(e) } : {}),
    });
    printer?.clearStatus();
    stdout.write(summary(result, opts));
    return failsOn(result.published.report, opts.failOn) ? 1 : 0;
  } catch (e) {
    printer?.clearStatus();
    if (e instanceof RefreshError) {
      for (const d of e.diagnostics.filter((x) => x.severity !== "info").slice(0, 50)) stderr.write(`${formatDiagnostic(d)}\n`);
      stderr.write(`error: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof UsageError || e instanceof ConfigError || e instanceof RegistryError) {
      stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

export function summary(r: RefreshResult, opts: Pick<RefreshCliOptions, "reports" | "spec" | "generated" | "quiet">): string {
  const lines: string[] = [];
  const pages = r.snapshot.manifest.pages.length;
  lines.push(
    r.created
      ? `stored snapshot ${r.snapshot.id} (${pages} pages) in ${r.snapshot.dir}`
      : `${opts.quiet ? "" : "no new snapshot: "}reading snapshot ${r.snapshot.id} (${pages} pages)${r.notModified.length ? `, ${r.notModified.length} answered 304 Not Modified` : ""}`,
  );
  const base = r.base.kind === "snapshot" ? `snapshot ${r.base.id}` : "the bundled pages";
  lines.push(`pages changed since ${base}: ${r.changed.length === 0 ? "none" : r.changed.join(", ")}`);
  const warnings = r.diagnostics.filter((x) => x.severity === "warning").length;
  const fresh = r.published.newWarnings;
  if (warnings > 0) lines.push(`${warnings} scrape warnings (${opts.spec}/scrape-report.json), ${fresh.length} new since ${base}${fresh.length > 0 ? ":" : ""}`);
  for (const d of fresh.slice(0, opts.quiet ? 0 : 20)) lines.push(`  ${formatDiagnostic(d)}`);
  if (!opts.quiet && fresh.length > 20) lines.push(`  … ${fresh.length - 20} more`);
  const g = r.published.generated;
  lines.push(`${r.published.specs} specs in ${opts.spec}; clients in ${opts.generated}: ${g.written.length} written, ${g.unchanged.length} unchanged, ${g.removed.length} removed`);
  const s = r.published.report.summary;
  lines.push(`contract changes since ${base}: ${s.breaking} breaking, ${s.warning} warning, ${s.info} info${s.suppressed ? `, ${s.suppressed} suppressed` : ""} over ${s.comparisons} specs`);
  lines.push(`report: ${opts.reports}/${SNAPSHOT_REPORT}.{md,html,json,junit.xml}${r.published.reports.length === 0 ? " (unchanged)" : ""}`);
  return `${lines.join("\n")}\n`;
}
