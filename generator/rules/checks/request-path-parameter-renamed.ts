/**
 * request-path-parameter-renamed: the path parameter at the same position has another name
 * (`/volumes/{volumeId}` → `/volumes/{volume_id}`): same URL, but the client's `path` option key changes.
 */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestPathParameterRenamed: Rule = {
  id: "request-path-parameter-renamed",
  level: "warning",
  description: "A path parameter was renamed (same position in the path template).",
  modes: BOTH,
  mirror: "request-path-parameter-renamed",
  impact: "option-renamed",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) =>
      op.parameters.changed.filter((p) => p.name).map((p) => changeHit(op, "revision", p.revision.pointer, { baseName: p.name!.base, revisionName: p.name!.revision }, `path.${p.name!.revision}`)),
    ),
};
