/**
 * Between the manifest and the snapshots: which file name each fetched page gets in a snapshot,
 * whether a fetch changed anything, and the scraper inputs of a snapshot (pages without a URL come
 * from the bundled files).
 */
import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import type { PageInput } from "../../scraper/run.js";
import type { LocatedEntry } from "../../scraper/sources.js";
import { readPage } from "../../scraper/sources.js";
import { FORMAT_EXTENSION } from "./decode.js";
import type { FetchedPage } from "./fetch-all.js";
import type { Snapshot, SnapshotManifest, SnapshotPage } from "./snapshot-store.js";
import { readSnapshotPage, sha256 } from "./snapshot-store.js";

/** The snapshot manifest and page texts for freshly fetched pages (file = entry's name, extension by format). */
export function snapshotOf(fetched: readonly FetchedPage[], id: string, takenAt: string, manifestPath: string): { manifest: SnapshotManifest; texts: Map<string, string> } {
  const texts = new Map<string, string>();
  const pages: SnapshotPage[] = [];
  for (const f of fetched) {
    const stem = basename(f.entry.file, extname(f.entry.file));
    let file = `${stem}.${FORMAT_EXTENSION[f.record.format]}`;
    if (texts.has(file)) file = `${basename(f.entry.file)}.${FORMAT_EXTENSION[f.record.format]}`;
    for (let n = 2; texts.has(file); n++) file = `${stem}-${n}.${FORMAT_EXTENSION[f.record.format]}`;
    texts.set(file, f.text);
    pages.push({ file, ...f.record });
  }
  return { manifest: { schemaVersion: 1, id, takenAt, manifest: manifestPath, pages }, texts };
}

/** Whether the fetched pages are exactly the snapshot's (same pages, URLs and texts). */
export function sameContent(fetched: readonly FetchedPage[], snapshot: Snapshot | undefined): boolean {
  if (!snapshot || snapshot.manifest.pages.length !== fetched.length) return false;
  return fetched.every((f) => snapshot.manifest.pages.some((p) => p.source === f.entry.file && p.url === f.entry.url && p.sha256 === f.record.sha256));
}

/** Manifest entries whose page text differs between the base (a snapshot, or the bundled files) and the revision. */
export function changedSources(entries: readonly LocatedEntry[], base: Snapshot | undefined, revision: Snapshot): string[] {
  return revision.manifest.pages
    .filter((p) => {
      if (base) return base.manifest.pages.find((b) => b.source === p.source && b.url === p.url)?.sha256 !== p.sha256;
      const entry = entries.find((e) => e.file === p.source);
      return !entry || bundledHash(entry.path) !== p.sha256;
    })
    .map((p) => p.source);
}

function bundledHash(path: string): string | undefined {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined;
  }
}

/**
 * The scraper's inputs for a snapshot: every manifest entry, read from the snapshot when it holds the
 * entry's page (page id: its URL), else from the bundled file. Without a snapshot: the bundled pages.
 */
export function pageInputs(entries: readonly LocatedEntry[], snapshot: Snapshot | undefined): PageInput[] {
  return entries.map((entry) => {
    const stored = snapshot?.manifest.pages.find((p) => p.source === entry.file && p.url === entry.url);
    const named = entry.service ? { service: entry.service } : {};
    if (!snapshot || !stored) return { ...readPage(entry.path, entry.vendor, entry.format), ...(entry.url ? { url: entry.url } : {}), ...named };
    // The page id is the published URL, the same in every snapshot: specs of unchanged pages stay
    // byte-identical from one refresh to the next, and `x-source` lines refer to the stored text.
    return { page: entry.url!, vendor: entry.vendor, format: stored.format, content: readSnapshotPage(snapshot, stored), url: entry.url!, ...named };
  });
}
