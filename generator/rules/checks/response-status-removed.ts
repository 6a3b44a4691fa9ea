/** response-status-removed: A success status was removed: clients relying on it break. */
import { isSuccessStatus } from "../../diff/bodies.js";
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseStatusRemoved: Rule = {
  id: "response-status-removed",
  level: "breaking",
  description: "A success status was removed: clients relying on it break.",
  modes: BOTH,
  mirror: "response-status-added",
  impact: "result-narrowed",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) => op.responses.removed.filter((r) => isSuccessStatus(r.status)).map((r) => changeHit(op, "base", r.pointer, { status: r.status }, "result"))),
};
