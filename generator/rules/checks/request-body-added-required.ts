/** request-body-added-required: A required request body was added: existing calls send none. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestBodyAddedRequired: Rule = {
  id: "request-body-added-required",
  level: "breaking",
  description: "A required request body was added: existing calls send none.",
  modes: BOTH,
  mirror: "request-body-removed",
  impact: "option-required",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) => {
      const body = op.requestBody;
      if (!body || !(!body.base && body.revision?.required)) return [];
      return [changeHit(op, "revision", body.revision!.pointer, { mediaTypes: body.revision!.mediaTypes.join(", ") || "no media type" }, "body")];
    }),
};
