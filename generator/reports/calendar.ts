/**
 * The deprecation calendar of each service: every version of its version table with status, Not Before
 * date and days remaining as of a date, and the operations of older versions that have no successor
 * (no operation of the same method + path) in the current version.
 */
import type { ServiceSpecs } from "../diff/comparisons.js";
import { listOperations } from "../diff/document-diff.js";
import { compareVersions, documentMeta } from "../diff/document-meta.js";
import type { VersionEntry } from "../diff/types.js";
import { clientNamesOf, methodName } from "../rules/client-impact.js";
import { daysBetween } from "../rules/dates.js";
import { operationLabel } from "../rules/hits.js";
import type { CalendarVersion, RetiringOperation, ServiceCalendar } from "./model.js";

export function serviceCalendar(service: ServiceSpecs, asOf: string): ServiceCalendar {
  const metas = service.versions.map((v) => documentMeta(v.spec));
  // The newest document's version table wins; rows only older documents list are kept too.
  const table = new Map<string, VersionEntry>();
  for (const m of [...metas].reverse()) for (const row of m.versions) if (!table.has(row.version)) table.set(row.version, row);
  for (const m of metas) if (!table.has(m.version)) table.set(m.version, { version: m.version, ...(m.status ? { status: m.status } : {}), ...(m.notBefore ? { notBefore: m.notBefore } : {}) });
  const rows = [...table.values()].sort((a, b) => compareVersions(a.version, b.version));
  const current = rows.find((r) => r.status?.toUpperCase() === "CURRENT")?.version ?? metas.at(-1)?.version;
  const versions: CalendarVersion[] = rows.map((r) => {
    const meta = metas.find((m) => m.version === r.version);
    const days = r.notBefore ? daysBetween(asOf, r.notBefore) : undefined;
    return {
      version: r.version,
      ...(r.status ? { status: r.status } : {}),
      ...(r.notBefore ? { notBefore: r.notBefore } : {}),
      ...(days !== undefined ? { daysRemaining: days } : {}),
      past: days !== undefined && days < 0,
      current: r.version === current,
      hasSpec: meta !== undefined,
      ...(meta ? { client: clientNamesOf(meta).className } : {}),
    };
  });
  return { service: `${service.vendor}/${service.service}`, ...(current ? { currentVersion: current } : {}), versions, withoutSuccessor: withoutSuccessor(service, current, versions) };
}

function withoutSuccessor(service: ServiceSpecs, current: string | undefined, versions: CalendarVersion[]): RetiringOperation[] {
  const currentSpec = service.versions.find((v) => v.version === current);
  if (!current || !currentSpec) return [];
  const kept = new Set(listOperations(currentSpec.spec.document).keys());
  const out: RetiringOperation[] = [];
  for (const v of service.versions) {
    if (compareVersions(v.version, current) >= 0) continue;
    const meta = documentMeta(v.spec);
    const row = versions.find((r) => r.version === v.version);
    const notBefore = row?.notBefore ?? meta.notBefore;
    for (const [key, e] of listOperations(v.spec.document, meta)) {
      if (kept.has(key)) continue;
      const op = e.info;
      out.push({
        version: v.version,
        ...((row?.status ?? meta.status) ? { status: row?.status ?? meta.status } : {}),
        ...(notBefore ? { notBefore } : {}),
        ...(row?.daysRemaining !== undefined ? { daysRemaining: row.daysRemaining } : {}),
        past: row?.past ?? false,
        operation: operationLabel(op),
        ...(op.operationId ? { operationId: op.operationId, method: `${clientNamesOf(meta).className}.${methodName(op.operationId)}` } : {}),
        ...(op.summary ? { summary: op.summary } : {}),
      });
    }
  }
  return out;
}
