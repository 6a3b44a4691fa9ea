/**
 * Partial output: every `error` a dialect reports is a piece of the page it could not read. The piece
 * stays an error diagnostic and is also kept on what it belongs to — the operation whose section it is
 * in, or the service (the spec document) when it is outside any operation — so the spec shows it as
 * `x-unread: [{page, line, ruleId, message}]`. Nothing is invented in its place.
 */
import type { Diagnostic, DiagnosticSink } from "../core/diagnostics.js";
import { isSourceLocation } from "../core/diagnostics.js";
import type { ApiOperation, ApiService, ServiceUnread, UnreadPiece } from "./api-model.js";

/** The unread piece an error diagnostic names (undefined for warnings, notes and pointer locations). */
export function unreadPiece(d: Diagnostic): UnreadPiece | undefined {
  if (d.severity !== "error" || !isSourceLocation(d.at)) return undefined;
  return { page: d.at.page, line: d.at.line, ruleId: d.ruleId, message: d.message };
}

/** Runs `read` and returns its value with the unread pieces it reported to `sink` meanwhile. */
export function unreadDuring<T>(sink: DiagnosticSink, read: () => T): { value: T; unread: UnreadPiece[] } {
  const before = sink.items.length;
  const value = read();
  return { value, unread: sink.items.slice(before).flatMap((d) => unreadPiece(d) ?? []) };
}

/** Adds pieces to an operation (no duplicates). */
export function markOperationUnread(op: ApiOperation, pieces: readonly UnreadPiece[]): void {
  if (pieces.length === 0) return;
  op.unread = mergePieces(op.unread ?? [], pieces);
}

/** Adds pieces to a service's document (no duplicates). */
export function markServiceUnread(service: ApiService, pieces: readonly ServiceUnread[]): void {
  if (pieces.length === 0) return;
  service.unread = mergePieces(service.unread ?? [], pieces);
}

/**
 * Every error of a page that no dialect attached to an operation or service goes to the document of
 * the service it lies in: the last service of the page starting at or before its line (else the first).
 * Errors of a page that yielded no service stay diagnostics only: there is no spec to carry them.
 */
export function attachUnattributed(services: readonly ApiService[], diagnostics: readonly Diagnostic[]): void {
  if (services.length === 0) return;
  const claimed = new Set<string>();
  for (const s of services) {
    for (const p of s.unread ?? []) claimed.add(keyOf(p));
    for (const op of s.operations) for (const p of op.unread ?? []) claimed.add(keyOf(p));
  }
  const ordered = [...services].sort((a, b) => a.source.line - b.source.line);
  for (const d of diagnostics) {
    const piece = unreadPiece(d);
    if (!piece || claimed.has(keyOf(piece))) continue;
    claimed.add(keyOf(piece));
    const owner = [...ordered].reverse().find((s) => s.source.page === piece.page && s.source.line <= piece.line) ?? ordered[0]!;
    markServiceUnread(owner, [piece]);
  }
}

/** The `x-unread` value of one spec document: the service's pieces that belong to `version` and its schemas. */
export function documentUnread(service: ApiService, version: string, schemaNames: ReadonlySet<string>, extra: readonly UnreadPiece[] = []): UnreadPiece[] {
  const own = (service.unread ?? []).filter((p) => (p.apiVersion === undefined || p.apiVersion === version) && (p.schema === undefined || schemaNames.has(p.schema)));
  return xUnread([...own, ...extra]);
}

/** Pieces as written into a spec: page, line, rule id and message, in page and line order, once each. */
export function xUnread(pieces: readonly UnreadPiece[]): UnreadPiece[] {
  return mergePieces([], pieces.map(plain));
}

function plain(p: UnreadPiece): UnreadPiece {
  return { page: p.page, line: p.line, ruleId: p.ruleId, message: p.message };
}

function keyOf(p: UnreadPiece): string {
  return `${p.page}\u0000${p.line}\u0000${p.ruleId}\u0000${p.message}`;
}

function mergePieces<T extends UnreadPiece>(into: readonly T[], more: readonly T[]): T[] {
  const byKey = new Map<string, T>();
  for (const p of [...into, ...more]) {
    const k = `${keyOf(p)}\u0000${(p as ServiceUnread).apiVersion ?? ""}\u0000${(p as ServiceUnread).schema ?? ""}`;
    if (!byKey.has(k)) byKey.set(k, p);
  }
  return [...byKey.values()].sort(comparePieces);
}

function comparePieces(a: UnreadPiece, b: UnreadPiece): number {
  if (a.page !== b.page) return a.page < b.page ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  const ka = keyOf(a);
  const kb = keyOf(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
