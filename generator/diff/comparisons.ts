/**
 * Which documents are compared: across versions (each version of a service against the next), or
 * across snapshots (the same path in two trees; a path on one side only is a version added or removed).
 */
import { compareVersions, documentMeta } from "./document-meta.js";
import type { SpecDoc } from "./types.js";

export interface Pair {
  base?: SpecDoc;
  revision?: SpecDoc;
}

export interface ServiceSpecs {
  vendor: string;
  service: string;
  /** Oldest version first. */
  versions: { version: string; spec: SpecDoc }[];
}

export function groupByService(specs: readonly SpecDoc[]): ServiceSpecs[] {
  const groups = new Map<string, ServiceSpecs>();
  for (const spec of specs) {
    const m = documentMeta(spec);
    const key = `${m.vendor}/${m.service}`;
    const g = groups.get(key) ?? { vendor: m.vendor, service: m.service, versions: [] };
    g.versions.push({ version: m.version, spec });
    groups.set(key, g);
  }
  for (const g of groups.values()) g.versions.sort((a, b) => compareVersions(a.version, b.version));
  return [...groups.values()].sort((a, b) => (a.vendor === b.vendor ? (a.service < b.service ? -1 : 1) : a.vendor < b.vendor ? -1 : 1));
}

/** 1.0→1.1, 1.1→1.2, … for every service. */
export function versionPairs(services: readonly ServiceSpecs[]): Pair[] {
  const out: Pair[] = [];
  for (const s of services) for (let i = 1; i < s.versions.length; i++) out.push({ base: s.versions[i - 1]!.spec, revision: s.versions[i]!.spec });
  return out;
}

/** Pairs the two trees' documents by path (path order). */
export function snapshotPairs(base: readonly SpecDoc[], revision: readonly SpecDoc[]): Pair[] {
  const b = new Map(base.map((s) => [s.path, s]));
  const r = new Map(revision.map((s) => [s.path, s]));
  const paths = [...new Set([...b.keys(), ...r.keys()])].sort();
  return paths.map((p) => ({ ...(b.has(p) ? { base: b.get(p) } : {}), ...(r.has(p) ? { revision: r.get(p) } : {}) }));
}
