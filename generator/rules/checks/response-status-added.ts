/** response-status-added: A success status was added: the client may get a result it does not expect. */
import { isSuccessStatus } from "../../diff/bodies.js";
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseStatusAdded: Rule = {
  id: "response-status-added",
  level: "warning",
  description: "A success status was added: the client may get a result it does not expect.",
  modes: BOTH,
  mirror: "response-status-removed",
  impact: "result-widened",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) => op.responses.added.filter((r) => isSuccessStatus(r.status)).map((r) => changeHit(op, "revision", r.pointer, { status: r.status }, "result"))),
};
