/**
 * `refresh`, the docs-changed workflow, as a library function: fetch the manifest's pages (or, offline,
 * take the newest stored snapshot), store a dated snapshot when anything changed, re-scrape into the spec
 * tree, regenerate the clients, rewrite the version reports, and diff the previous snapshot's specs
 * against the new ones. Returns what it did; printing is the CLI's.
 */
import type { Diagnostic } from "../../core/diagnostics.js";
import { hasErrors } from "../../core/diagnostics.js";
import type { LocatedEntry } from "../../scraper/sources.js";
import { readManifestEntries, SourceError } from "../../scraper/sources.js";
import { parseHttpUrl, HostAllowlist } from "./allowlist.js";
import type { FetchEvent, RemoteEntry } from "./fetch-all.js";
import { fetchPages } from "./fetch-all.js";
import type { FetchLimits } from "./fetch-page.js";
import type { PublishResult } from "./publish.js";
import { publish } from "./publish.js";
import { RefreshError } from "./errors.js";
import type { RetryPolicy } from "./retry.js";
import type { Snapshot } from "./snapshot-store.js";
import { listSnapshots, nextSnapshotId, readSnapshot, SnapshotError, writeSnapshot } from "./snapshot-store.js";
import { sameContent, snapshotOf } from "./snapshot-pages.js";

export interface RefreshOptions {
  /** The sources manifest (its entries with a `url` are fetched). */
  manifest: string;
  /** Folder of dated snapshots. */
  snapshots: string;
  spec: string;
  generated: string;
  reports: string;
  /** Use the newest stored snapshot; no network. */
  offline: boolean;
  /** Hosts allowed besides those of the manifest's URLs. */
  allowHosts: readonly string[];
  limits: FetchLimits;
  retry: RetryPolicy;
  concurrency: number;
  /** Date Not Before dates are counted from in the snapshot report (YYYY-MM-DD; default today). */
  asOf?: string;
  /** Diff configuration file (default `.cloudspec-diff.yaml` when present). */
  config?: string;
  fetch?: typeof fetch;
  userAgent?: string;
  now?: () => Date;
  onEvent?: (event: RefreshEvent) => void;
}

export { RefreshError };

export type RefreshEvent = FetchEvent | { type: "stage"; message: string };

export interface RefreshResult {
  /** The snapshot the specs now come from. */
  snapshot: Snapshot;
  /** Whether this run stored it (false: offline, or nothing changed since it). */
  created: boolean;
  /** What the report compares against: the snapshot before, or the bundled pages. */
  base: { kind: "snapshot"; id: string } | { kind: "bundled" };
  /** Manifest entries whose page text differs from the base. */
  changed: string[];
  /** Pages answered 304 Not Modified (online runs). */
  notModified: string[];
  published: PublishResult;
  /** Every diagnostic of fetching and scraping (warnings included). */
  diagnostics: Diagnostic[];
}

export async function refresh(options: RefreshOptions): Promise<RefreshResult> {
  const now = options.now ?? (() => new Date());
  const entries = manifestEntries(options.manifest);
  const remote = remoteEntries(entries, options.manifest);
  let ids: string[];
  let latest: Snapshot | undefined;
  try {
    ids = listSnapshots(options.snapshots);
    latest = ids.length > 0 ? readSnapshot(options.snapshots, ids.at(-1)!) : undefined;
  } catch (e) {
    if (e instanceof SnapshotError) throw new RefreshError(e.message, [], 2);
    throw e;
  }

  let revision: Snapshot;
  let created = false;
  const notModified: string[] = [];
  const diagnostics: Diagnostic[] = [];
  if (options.offline) {
    if (!latest) throw new RefreshError(`--offline: no snapshot in ${options.snapshots}; run refresh once with network access first`, [], 2);
    const missing = remote.filter((e) => !latest!.manifest.pages.some((p) => p.source === e.file && p.url === e.url));
    for (const e of missing)
      diagnostics.push({
        ruleId: "refresh-not-in-snapshot",
        severity: "warning",
        message: `${e.url} is not in snapshot ${latest.id}; the bundled ${e.path} is read instead`,
        at: { page: options.manifest, line: e.line },
      });
    revision = latest;
    options.onEvent?.({ type: "stage", message: `offline: reading snapshot ${latest.id}` });
  } else {
    const fetched = await fetchPages(remote, {
      manifestPath: options.manifest,
      allowlist: HostAllowlist.from(
        remote.map((e) => e.url),
        options.allowHosts,
      ),
      limits: options.limits,
      retry: options.retry,
      concurrency: options.concurrency,
      ...(latest ? { cache: latest } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.userAgent ? { userAgent: options.userAgent } : {}),
      now,
      ...(options.onEvent ? { onEvent: options.onEvent } : {}),
    });
    if (fetched.diagnostics.length > 0) {
      const offline = fetched.diagnostics.every((d) => d.ruleId === "fetch-network") && latest ? ` (no network? \`refresh --offline\` rebuilds from snapshot ${latest.id})` : "";
      throw new RefreshError(
        `${fetched.diagnostics.length} of ${remote.length} pages could not be fetched; no snapshot stored, ${options.spec} and ${options.generated} left as they were${offline}`,
        fetched.diagnostics,
      );
    }
    notModified.push(...fetched.pages.filter((p) => p.record.notModified).map((p) => p.entry.file));
    if (sameContent(fetched.pages, latest)) {
      revision = latest!;
      options.onEvent?.({ type: "stage", message: `no page changed since snapshot ${latest!.id}` });
    } else {
      const taken = now();
      const id = nextSnapshotId(ids, taken);
      const { manifest, texts } = snapshotOf(fetched.pages, id, taken.toISOString(), options.manifest);
      revision = writeSnapshot(options.snapshots, manifest, texts);
      ids.push(id);
      created = true;
      options.onEvent?.({ type: "stage", message: `stored snapshot ${revision.dir}` });
    }
  }

  const at = ids.indexOf(revision.id);
  const baseSnapshot = at > 0 ? readSnapshot(options.snapshots, ids[at - 1]!) : undefined;
  const published = await publish(entries, baseSnapshot, revision, options, diagnostics);
  return {
    snapshot: revision,
    created,
    base: baseSnapshot ? { kind: "snapshot", id: baseSnapshot.id } : { kind: "bundled" },
    changed: published.changed,
    notModified,
    published,
    diagnostics: [...diagnostics, ...published.diagnostics],
  };
}

function manifestEntries(manifest: string): LocatedEntry[] {
  try {
    return readManifestEntries(manifest);
  } catch (e) {
    if (e instanceof SourceError) throw new RefreshError(e.message, [], 2);
    throw e;
  }
}

function remoteEntries(entries: readonly LocatedEntry[], manifest: string): RemoteEntry[] {
  const problems: Diagnostic[] = [];
  const remote: RemoteEntry[] = [];
  for (const e of entries) {
    if (e.url === undefined) continue;
    if (!parseHttpUrl(e.url))
      problems.push({ ruleId: "manifest-bad-url", severity: "error", message: `${e.file}: url ${JSON.stringify(e.url)} is not an absolute http(s) URL`, at: { page: manifest, line: e.line } });
    else remote.push(e as RemoteEntry);
  }
  if (hasErrors(problems)) throw new RefreshError(`${manifest} has URLs that cannot be fetched`, problems, 2);
  if (remote.length === 0) throw new RefreshError(`no page in ${manifest} has a "url": nothing to refresh`, [], 2);
  return remote;
}
