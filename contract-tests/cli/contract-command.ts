/** `cloudspec contract`: picks the mode, runs it per spec, prints, writes --json, returns the exit code. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../../core/diagnostics.js";
import { allowlistForPages, readAllowlist, type Allowlist } from "../doc-consistency/allowlist.js";
import { renderCoverage, type SpecCoverage } from "../harness/coverage.js";
import { loadSpec, selectSpecIds, SpecNotFoundError } from "../spec/load.js";
import { runDocMode } from "./doc-mode.js";
import { runLiveMode } from "./live-mode.js";
import { runMockMode } from "./mock-mode.js";
import type { Io } from "./print.js";
import { runRecordedMode } from "./recorded-mode.js";

export interface ContractOptions {
  live?: boolean;
  allowMutating?: boolean;
  requireLive?: boolean;
  baseUrl?: string;
  params?: string;
  recorded?: string;
  host?: string[];
  docConsistency?: boolean;
  reportDir?: string;
  allowlist: string;
  specDir: string;
  generatedDir: string;
  json?: string;
  coverageSummary?: string;
  quiet?: boolean;
}

/** What every mode returns per spec. */
export interface SpecResult {
  spec: string;
  mode: "mock" | "live" | "recorded" | "doc-consistency";
  status: "ran" | "skipped";
  /** Failures and warnings (not known documentation bugs). */
  diagnostics: Diagnostic[];
  /** Failures explained by allowlisted documentation bugs (mock, live and recorded modes). */
  known: Diagnostic[];
  coverage?: SpecCoverage;
  note?: string;
}

export interface ModeOutcome {
  exitCode: number;
  results: SpecResult[];
}

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export async function runContract(selectors: string[], raw: Record<string, unknown>, io: Io): Promise<number> {
  const opts = withDefaults(raw);
  try {
    if (opts.coverageSummary) return coverageSummary(opts.coverageSummary, io);
    const modes = [opts.live, opts.recorded !== undefined, opts.docConsistency].filter(Boolean).length;
    if (modes > 1) throw new UsageError("--live, --recorded and --doc-consistency are separate modes: pick one");
    const ids = selectSpecIds(opts.specDir, selectors);
    if (ids.length === 0) throw new UsageError(`no specs under ${opts.specDir}`);
    const allowlist = allowlistForPages(loadAllowlist(opts.allowlist), pagesOf(opts.specDir, ids));
    const outcome = opts.docConsistency
      ? runDocMode(ids, opts, allowlist, selectors.length === 0, io)
      : opts.recorded !== undefined
        ? runRecordedMode(ids, opts, allowlist, io)
        : opts.live
          ? await runLiveMode(ids, opts, allowlist, io)
          : await runMockMode(ids, opts, allowlist, io);
    if (opts.json) writeFileSync(opts.json, `${JSON.stringify({ results: outcome.results }, null, 2)}\n`);
    return outcome.exitCode;
  } catch (e) {
    if (e instanceof UsageError || e instanceof SpecNotFoundError) {
      io.err(`error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function withDefaults(raw: Record<string, unknown>): ContractOptions {
  return { allowlist: "contract-tests/doc-consistency/allowlist.json", specDir: "spec", generatedDir: "generated", ...(raw as Partial<ContractOptions>) };
}

/** The documentation pages the specs were read from (`info.x-pages`). */
function pagesOf(specDir: string, ids: readonly string[]): Set<string> {
  const pages = new Set<string>();
  for (const id of ids) {
    const info = (loadSpec(specDir, id).document.info ?? {}) as { "x-pages"?: Array<{ page?: unknown }> };
    for (const p of info["x-pages"] ?? []) if (typeof p.page === "string") pages.add(p.page);
  }
  return pages;
}

function loadAllowlist(path: string): Allowlist {
  let allowlist: Allowlist;
  try {
    allowlist = readAllowlist(path);
  } catch (e) {
    throw new UsageError(`cannot read the allowlist ${path}: ${(e as Error).message}`);
  }
  if (allowlist.problems.length > 0) throw new UsageError(`${path}: ${allowlist.problems.join("; ")}`);
  return allowlist;
}

function coverageSummary(dir: string, io: Io): number {
  let rows: SpecCoverage[];
  try {
    rows = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as SpecCoverage);
  } catch (e) {
    throw new UsageError(`cannot read coverage from ${dir}: ${(e as Error).message}`);
  }
  if (rows.length === 0) throw new UsageError(`no coverage files in ${dir} (run the suites with CONTRACT_COVERAGE_DIR=${dir})`);
  io.out(renderCoverage(rows));
  for (const r of rows) if (r.missing.length > 0) io.out(`${r.spec} not exercised: ${r.missing.join(", ")}\n`);
  return 0;
}
