/** operation-id-changed: the same method + path has another operationId, so the client method is renamed. */
import { changeHit, show } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const operationIdChanged: Rule = {
  id: "operation-id-changed",
  level: "warning",
  description: "An operation's operationId (and so its generated method name) changed.",
  modes: BOTH,
  mirror: "operation-id-changed",
  impact: "method-renamed",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) =>
      op.operationId ? [changeHit(op, "revision", op.revision.pointer, { baseOperationId: show(op.operationId.base), revisionOperationId: show(op.operationId.revision) })] : [],
    ),
};
