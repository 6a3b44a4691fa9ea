/** request-body-became-optional: A required request body became optional. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestBodyBecameOptional: Rule = {
  id: "request-body-became-optional",
  level: "info",
  description: "A required request body became optional.",
  modes: BOTH,
  mirror: "request-body-became-required",
  impact: "option-optional",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) => {
      const body = op.requestBody;
      if (!body || !(body.required?.revision === false)) return [];
      return [changeHit(op, "revision", body.revision!.pointer, { mediaTypes: body.revision!.mediaTypes.join(", ") || "no media type" }, "body")];
    }),
};
