/**
 * Which table of an API version section a header announces: the version table, Parameters, Responses,
 * or one the dialect cannot read. A page uses only a handful of distinct headers, repeated in every
 * version section, so the answer is memoised per page: the headers seen so far are compared cell by
 * cell (at most MEMO_MAX of them; others are matched each time, so junk input stays bounded).
 */
import type { TableCell } from "../../document/model.js";
import type { ScpContext } from "./context.js";
import { headerIs } from "./context.js";
import { matchesAny } from "./labels.js";

export type VersionTableKind = "versions" | "parameters" | "responses" | "unknown";

export interface TableKind {
  kind: VersionTableKind;
  /** Column of the Not Before date in a version table, else -1. */
  notBefore: number;
}

export type TableKindMemo = Array<{ header: readonly string[]; kind: TableKind }>;

const MEMO_MAX = 8;

export function versionTableKind(ctx: ScpContext, header: readonly TableCell[]): TableKind {
  for (const seen of ctx.tableKinds) if (sameHeader(seen.header, header)) return seen.kind;
  const kind = readTableKind(ctx, header);
  if (ctx.tableKinds.length < MEMO_MAX) ctx.tableKinds.push({ header: header.map((h) => h.text), kind });
  return kind;
}

function readTableKind(ctx: ScpContext, header: readonly TableCell[]): TableKind {
  const c = ctx.labels.columns;
  if (headerIs(header, [c.version, c.notBefore]) || headerIs(header, [c.version, c.status, c.notBefore])) {
    return { kind: "versions", notBefore: header.findIndex((h) => matchesAny(h.text, c.notBefore)) };
  }
  if (headerIs(header, [c.type, c.name, c.description, c.schema, c.default])) return { kind: "parameters", notBefore: -1 };
  if (headerIs(header, [c.httpCode, c.description, c.schema])) return { kind: "responses", notBefore: -1 };
  return { kind: "unknown", notBefore: -1 };
}

function sameHeader(a: readonly string[], b: readonly TableCell[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]!.text) return false;
  return true;
}
