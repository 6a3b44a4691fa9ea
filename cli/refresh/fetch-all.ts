/**
 * Fetches every manifest page that has a URL, a bounded number at a time, using the newest snapshot as
 * the HTTP cache (its ETag / Last-Modified are sent; a 304 carries its text over). Failures become
 * diagnostics located at the manifest entry; progress is reported as events.
 */
import pLimit from "p-limit";
import type { Diagnostic } from "../../core/diagnostics.js";
import type { LocatedEntry } from "../../scraper/sources.js";
import type { HostAllowlist } from "./allowlist.js";
import { DecodeError, decodeBody, pageFormat } from "./decode.js";
import type { FetchLimits, Validators } from "./fetch-page.js";
import { FetchError } from "./fetch-page.js";
import type { RetryPolicy } from "./retry.js";
import { fetchWithRetry } from "./retry.js";
import type { Snapshot, SnapshotPage } from "./snapshot-store.js";
import { readSnapshotPage, sha256, SnapshotError } from "./snapshot-store.js";

/** A manifest entry that names the URL it is published at. */
export type RemoteEntry = LocatedEntry & { url: string };

export interface FetchedPage {
  entry: RemoteEntry;
  /** The snapshot record, without the file name (chosen when the snapshot is written). */
  record: Omit<SnapshotPage, "file">;
  text: string;
  attempts: number;
  ms: number;
}

export type FetchEvent =
  | { type: "start"; entry: RemoteEntry; total: number }
  | { type: "retry"; entry: RemoteEntry; attempt: number; waitMs: number; reason: string }
  | { type: "done"; entry: RemoteEntry; done: number; total: number; page: FetchedPage }
  | { type: "failed"; entry: RemoteEntry; done: number; total: number; diagnostic: Diagnostic };

export interface FetchAllOptions {
  manifestPath: string;
  allowlist: HostAllowlist;
  limits: FetchLimits;
  retry: RetryPolicy;
  concurrency: number;
  /** The newest snapshot: the cache. */
  cache?: Snapshot;
  fetch?: typeof fetch;
  userAgent?: string;
  now: () => Date;
  onEvent?: (event: FetchEvent) => void;
}

export interface FetchAllResult {
  /** In manifest order. */
  pages: FetchedPage[];
  diagnostics: Diagnostic[];
}

export async function fetchPages(entries: readonly RemoteEntry[], options: FetchAllOptions): Promise<FetchAllResult> {
  const limit = pLimit(Math.max(1, options.concurrency));
  const results: Array<FetchedPage | Diagnostic> = new Array(entries.length);
  let done = 0;
  await Promise.all(
    entries.map((entry, i) =>
      limit(async () => {
        options.onEvent?.({ type: "start", entry, total: entries.length });
        const result = await fetchOne(entry, options);
        results[i] = result;
        done++;
        if ("record" in result) options.onEvent?.({ type: "done", entry, done, total: entries.length, page: result });
        else options.onEvent?.({ type: "failed", entry, done, total: entries.length, diagnostic: result });
      }),
    ),
  );
  return {
    pages: results.filter((r): r is FetchedPage => "record" in r),
    diagnostics: results.filter((r): r is Diagnostic => !("record" in r)),
  };
}

interface Cached {
  page: SnapshotPage;
  text: string;
}

function cachedPage(entry: RemoteEntry, cache: Snapshot | undefined): Cached | undefined {
  const page = cache?.manifest.pages.find((p) => p.source === entry.file && p.url === entry.url);
  if (!cache || !page) return undefined;
  try {
    return { page, text: readSnapshotPage(cache, page) };
  } catch (e) {
    if (e instanceof SnapshotError) return undefined; // damaged cache: fetch unconditionally
    throw e;
  }
}

async function fetchOne(entry: RemoteEntry, options: FetchAllOptions): Promise<FetchedPage | Diagnostic> {
  const started = Date.now();
  const cached = cachedPage(entry, options.cache);
  const validators: Validators | undefined =
    cached && (cached.page.etag || cached.page.lastModified)
      ? { ...(cached.page.etag ? { etag: cached.page.etag } : {}), ...(cached.page.lastModified ? { lastModified: cached.page.lastModified } : {}) }
      : undefined;
  const at = { page: options.manifestPath, line: entry.line };
  try {
    const { outcome, attempts } = await fetchWithRetry(
      entry.url,
      {
        allowlist: options.allowlist,
        limits: options.limits,
        ...(validators ? { validators } : {}),
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.userAgent ? { userAgent: options.userAgent } : {}),
      },
      options.retry,
      (error, attempt, waitMs) => options.onEvent?.({ type: "retry", entry, attempt, waitMs, reason: error.message }),
    );
    const checkedAt = options.now().toISOString();
    const common = { source: entry.file, vendor: entry.vendor, url: entry.url, finalUrl: outcome.finalUrl, checkedAt, ...outcome.validators };
    if (outcome.kind === "not-modified") {
      const c = cached!;
      const record = { ...common, format: c.page.format, ...(c.page.contentType ? { contentType: c.page.contentType } : {}), sha256: c.page.sha256, bytes: c.page.bytes, notModified: true };
      return { entry, record, text: c.text, attempts, ms: Date.now() - started };
    }
    const text = decodeBody(outcome.body, outcome.contentType);
    const format = pageFormat(outcome.contentType, text, outcome.finalUrl);
    const stored = Buffer.from(text, "utf8");
    const record = { ...common, format, ...(outcome.contentType ? { contentType: outcome.contentType } : {}), sha256: sha256(stored), bytes: stored.length, notModified: false };
    return { entry, record, text, attempts, ms: Date.now() - started };
  } catch (e) {
    if (e instanceof FetchError) return { ruleId: `fetch-${e.code}`, severity: "error", message: e.message, at, data: { url: entry.url, code: e.code } };
    if (e instanceof DecodeError) return { ruleId: "fetch-not-a-page", severity: "error", message: `${entry.url}: ${e.message}`, at, data: { url: entry.url } };
    throw e;
  }
}
