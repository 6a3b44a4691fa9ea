/** Hits on a whole spec document (an API version): located at its `info`. */
import type { DocMeta } from "../diff/types.js";
import type { Hit } from "./types.js";

export function versionHit(meta: DocMeta, side: Hit["side"], vars: Record<string, string> = {}, other?: DocMeta): Hit {
  const base = side === "base" ? meta : other;
  const revision = side === "revision" ? meta : other;
  return {
    side,
    pointer: "#/info",
    ...(base?.source ? { baseSource: base.source } : {}),
    ...(revision?.source ? { revisionSource: revision.source } : {}),
    vars: { service: `${meta.vendor}/${meta.service}`, version: meta.version, operations: `${meta.operationCount} operation${meta.operationCount === 1 ? "" : "s"}`, ...vars },
  };
}
