/**
 * Dated snapshots of the fetched pages: `<dir>/<id>/` holds each page's text (UTF-8) and
 * `snapshot.json` (where each page came from, its validators and hash). Ids are the UTC date, with
 * `.2`, `.3` … for further snapshots on the same day. A snapshot is written to a temporary folder and
 * renamed into place, and never changed afterwards; the newest one doubles as the HTTP cache.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathInside } from "../../core/contained-path.js";
import type { PageFormat } from "../../scraper/run.js";

export interface SnapshotPage {
  /** File name inside the snapshot folder. */
  file: string;
  /** The manifest entry's `file`: identifies the page across snapshots. */
  source: string;
  vendor: string;
  format: PageFormat;
  url: string;
  /** Where the page was finally read, after redirects. */
  finalUrl: string;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  /** sha256 of the stored text. */
  sha256: string;
  bytes: number;
  /** When this refresh asked for the page. */
  checkedAt: string;
  /** True when the server answered 304 and the text was carried over from the previous snapshot. */
  notModified: boolean;
}

export interface SnapshotManifest {
  schemaVersion: 1;
  id: string;
  takenAt: string;
  /** The sources manifest the pages were listed in. */
  manifest: string;
  pages: SnapshotPage[];
}

export interface Snapshot {
  id: string;
  /** The snapshot's folder. */
  dir: string;
  manifest: SnapshotManifest;
}

export class SnapshotError extends Error {}

const ID = /^(\d{4}-\d{2}-\d{2})(?:\.(\d+))?$/;
export const SNAPSHOT_FILE = "snapshot.json";

export function sha256(data: Buffer | string): string {
  return createHash("sha256").update(data).digest("hex");
}

export function compareSnapshotIds(a: string, b: string): number {
  const ma = ID.exec(a);
  const mb = ID.exec(b);
  if (!ma || !mb) return a < b ? -1 : a > b ? 1 : 0;
  if (ma[1] !== mb[1]) return ma[1]! < mb[1]! ? -1 : 1;
  return Number(ma[2] ?? 1) - Number(mb[2] ?? 1);
}

/** Ids of the complete snapshots in `dir`, oldest first. */
export function listSnapshots(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => ID.test(name) && existsSync(join(dir, name, SNAPSHOT_FILE)))
    .sort(compareSnapshotIds);
}

/** The id for a snapshot taken at `now`: its UTC date, or the date with the next free `.N`. */
export function nextSnapshotId(existing: readonly string[], now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const taken = existing.filter((id) => ID.exec(id)?.[1] === day);
  if (taken.length === 0) return day;
  return `${day}.${Math.max(...taken.map((id) => Number(ID.exec(id)![2] ?? 1))) + 1}`;
}

export function readSnapshot(dir: string, id: string): Snapshot {
  const folder = join(dir, id);
  const file = join(folder, SNAPSHOT_FILE);
  let manifest: SnapshotManifest;
  try {
    manifest = JSON.parse(readFileSync(file, "utf8")) as SnapshotManifest;
  } catch (e) {
    throw new SnapshotError(`${file}: cannot read: ${(e as Error).message}`);
  }
  if (manifest.schemaVersion !== 1 || !Array.isArray(manifest.pages)) throw new SnapshotError(`${file}: not a snapshot manifest (schemaVersion 1 expected)`);
  return { id, dir: folder, manifest };
}

/** A stored page's text, checked against its recorded hash. */
export function readSnapshotPage(snapshot: Snapshot, page: SnapshotPage): string {
  const path = insideSnapshot(snapshot.dir, page.file);
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (e) {
    throw new SnapshotError(`${path}: cannot read the stored page: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (sha256(data) !== page.sha256) throw new SnapshotError(`${path}: does not match the sha256 in ${join(snapshot.dir, SNAPSHOT_FILE)} (edited or damaged)`);
  return data.toString("utf8");
}

/** Writes a new snapshot atomically (temporary folder, then rename); refuses to overwrite one. */
export function writeSnapshot(dir: string, manifest: SnapshotManifest, texts: ReadonlyMap<string, string>): Snapshot {
  const folder = join(dir, manifest.id);
  if (existsSync(folder)) throw new SnapshotError(`${folder} already exists; snapshots are never overwritten`);
  mkdirSync(dir, { recursive: true });
  const staging = join(dir, `.tmp-${manifest.id}-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  try {
    for (const page of manifest.pages) {
      const text = texts.get(page.file);
      if (text === undefined) throw new SnapshotError(`no text for ${page.file}`);
      writeFileSync(insideSnapshot(staging, page.file), text);
    }
    writeFileSync(join(staging, SNAPSHOT_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(staging, folder);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return { id: manifest.id, dir: folder, manifest };
}

/** A page file named by a snapshot manifest (which may have been edited) stays inside its snapshot folder. */
function insideSnapshot(dir: string, file: string): string {
  try {
    pathInside(dir, file);
    return join(dir, file);
  } catch (e) {
    throw new SnapshotError((e as Error).message);
  }
}
