/** response-error-status-removed: An error status was removed. */
import { isSuccessStatus } from "../../diff/bodies.js";
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseErrorStatusRemoved: Rule = {
  id: "response-error-status-removed",
  level: "info",
  description: "An error status was removed.",
  modes: BOTH,
  mirror: "response-error-status-added",
  impact: "result-narrowed",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) =>
      op.responses.removed.filter((r) => !isSuccessStatus(r.status)).map((r) => changeHit(op, "base", r.pointer, { status: r.status }, `error status ${r.status}`)),
    ),
};
