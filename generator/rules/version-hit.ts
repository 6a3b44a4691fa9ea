/** Hits on a whole spec document (an API version): located at its `info`, or at `pointer` inside it. */
import type { DocMeta } from "../diff/types.js";
import type { Hit, RuleContext } from "./types.js";

export function versionHit(meta: DocMeta, side: Hit["side"], vars: Record<string, string> = {}, other?: DocMeta, pointer = "#/info"): Hit {
  const base = side === "base" ? meta : other;
  const revision = side === "revision" ? meta : other;
  return {
    side,
    pointer,
    ...(base?.source ? { baseSource: base.source } : {}),
    ...(revision?.source ? { revisionSource: revision.source } : {}),
    vars: { service: `${meta.vendor}/${meta.service}`, version: meta.version, operations: `${meta.operationCount} operation${meta.operationCount === 1 ? "" : "s"}`, ...vars },
  };
}

/** A hit on a document-wide part (servers, security, version header) of a changed document; none for an added or removed one. */
export function documentHit(ctx: RuleContext, side: Hit["side"], pointer: string, vars: Record<string, string>): Hit[] {
  const { base, revision } = ctx.diff;
  if (!base || !revision) return [];
  return [versionHit(side === "base" ? base : revision, side, vars, side === "base" ? revision : base, pointer)];
}
