/**
 * Services read from several pages (the Virtual Server single-API pages) are one service: their
 * operations, models, versions and servers are merged; conflicting model definitions are reported.
 */
import type { ApiService } from "./api-model.js";
import type { DiagnosticSink } from "../core/diagnostics.js";
import { compareVersionStrings } from "../core/versions.js";
import { markServiceUnread } from "./unread.js";

export function mergeServices(services: readonly ApiService[], sink: DiagnosticSink): ApiService[] {
  const byKey = new Map<string, ApiService>();
  for (const s of services) {
    const key = `${s.vendor}/${s.id}`;
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, { ...s, operations: [...s.operations], schemas: new Map(s.schemas), versions: [...s.versions], servers: [...s.servers], pages: [...s.pages] });
      continue;
    }
    existing.operations.push(...s.operations);
    markServiceUnread(existing, s.unread ?? []);
    for (const [name, schema] of s.schemas) {
      const prior = existing.schemas.get(name);
      if (!prior) existing.schemas.set(name, schema);
      else if (JSON.stringify(prior.schema) !== JSON.stringify(schema.schema)) {
        sink.warn("merge-schema-conflict", `schema ${name} of ${key} is defined differently on ${prior.source.page}:${prior.source.line}; keeping that one`, schema.source);
      }
    }
    for (const v of s.versions) if (!existing.versions.some((x) => x.version === v.version)) existing.versions.push(v);
    for (const srv of s.servers) if (!existing.servers.some((x) => x.url === srv.url)) existing.servers.push(srv);
    for (const p of s.pages) if (!existing.pages.includes(p)) existing.pages.push(p);
    if (!existing.description && s.description) existing.description = s.description;
  }
  for (const s of byKey.values()) {
    s.versions.sort((a, b) => compareVersionStrings(b.version, a.version));
  }
  return [...byKey.values()].sort((a, b) => (a.vendor + a.id < b.vendor + b.id ? -1 : 1));
}
