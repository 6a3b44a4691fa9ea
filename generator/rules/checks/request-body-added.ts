/** request-body-added: An optional request body was added. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestBodyAdded: Rule = {
  id: "request-body-added",
  level: "info",
  description: "An optional request body was added.",
  modes: BOTH,
  mirror: "request-body-removed",
  impact: "option-added",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) => {
      const body = op.requestBody;
      if (!body || !(!body.base && body.revision && !body.revision.required)) return [];
      return [changeHit(op, "revision", body.revision!.pointer, { mediaTypes: body.revision!.mediaTypes.join(", ") || "no media type" }, "body")];
    }),
};
