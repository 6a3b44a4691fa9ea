/** request-body-removed: The request body was removed: the server may reject or ignore it. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestBodyRemoved: Rule = {
  id: "request-body-removed",
  level: "warning",
  description: "The request body was removed: the server may reject or ignore it.",
  modes: BOTH,
  mirror: "request-body-added",
  impact: "option-removed",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) => {
      const body = op.requestBody;
      if (!body || !(body.base && !body.revision)) return [];
      return [changeHit(op, "base", body.base!.pointer, { mediaTypes: body.base!.mediaTypes.join(", ") || "no media type" }, "body")];
    }),
};
