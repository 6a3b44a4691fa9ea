/** response-error-status-added: An error status was added. */
import { isSuccessStatus } from "../../diff/bodies.js";
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseErrorStatusAdded: Rule = {
  id: "response-error-status-added",
  level: "info",
  description: "An error status was added.",
  modes: BOTH,
  mirror: "response-error-status-removed",
  impact: "result-widened",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) =>
      op.responses.added.filter((r) => !isSuccessStatus(r.status)).map((r) => changeHit(op, "revision", r.pointer, { status: r.status }, `error status ${r.status}`)),
    ),
};
