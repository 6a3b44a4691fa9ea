/**
 * What the diff and the reports need from a spec's `info`: vendor, service, version, status and Not
 * Before date, and the service's version table (`info.x-api-versions`).
 */
import { HTTP_METHODS } from "./operation-key.js";
import { isObject, sourceOf, str } from "./resolve.js";
import type { DocMeta, SpecDoc, VersionEntry } from "./types.js";

export function documentMeta(spec: SpecDoc): DocMeta {
  const info = isObject(spec.document.info) ? spec.document.info : {};
  const segments = spec.path.replace(/\.ya?ml$/, "").split("/");
  const version = str(info.version) ?? segments.at(-1) ?? "";
  const versions = versionTable(info["x-api-versions"]);
  const own = versions.find((v) => v.version === version);
  const status = str(info["x-api-status"]) ?? own?.status;
  const notBefore = str(info["x-not-before"]) ?? own?.notBefore;
  const source = sourceOf(info);
  return {
    path: spec.path,
    label: spec.label,
    vendor: str(info["x-vendor"]) ?? segments.at(-3) ?? "",
    service: str(info["x-service-id"]) ?? segments.at(-2) ?? "",
    version,
    ...(status ? { status } : {}),
    ...(notBefore ? { notBefore } : {}),
    versions,
    operationCount: countOperations(spec.document.paths),
    pages: pageUrls(info["x-pages"]),
    ...(source ? { source } : {}),
  };
}

/** `x-pages` entries with an http(s) URL, as page id → URL (anything else is no link). */
function pageUrls(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(raw)) return out;
  for (const p of raw) if (isObject(p) && typeof p.page === "string" && typeof p.url === "string" && /^https?:\/\/[^\s"'<>]+$/.test(p.url)) out[p.page] = p.url;
  return out;
}

function countOperations(paths: unknown): number {
  if (!isObject(paths)) return 0;
  let n = 0;
  for (const item of Object.values(paths)) if (isObject(item)) n += HTTP_METHODS.filter((m) => isObject(item[m])).length;
  return n;
}

function versionTable(raw: unknown): VersionEntry[] {
  if (!Array.isArray(raw)) return [];
  const out: VersionEntry[] = [];
  for (const row of raw) {
    if (!isObject(row)) continue;
    const version = str(row.version) ?? (typeof row.version === "number" ? String(row.version) : undefined);
    if (!version) continue;
    const status = str(row.status);
    const notBefore = str(row.notBefore);
    out.push({ version, ...(status ? { status } : {}), ...(notBefore ? { notBefore } : {}) });
  }
  return out;
}

/** Orders version strings numerically: `1.2` < `1.10`, `v2` < `v10`. */
export function compareVersions(a: string, b: string): number {
  const pa = a.match(/\d+/g)?.map(Number) ?? [];
  const pb = b.match(/\d+/g)?.map(Number) ?? [];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
