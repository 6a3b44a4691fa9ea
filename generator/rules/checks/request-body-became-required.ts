/** request-body-became-required: An optional request body became required. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestBodyBecameRequired: Rule = {
  id: "request-body-became-required",
  level: "breaking",
  description: "An optional request body became required.",
  modes: BOTH,
  mirror: "request-body-became-optional",
  impact: "option-required",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) => {
      const body = op.requestBody;
      if (!body || !(body.required?.revision === true)) return [];
      return [changeHit(op, "revision", body.revision!.pointer, { mediaTypes: body.revision!.mediaTypes.join(", ") || "no media type" }, "body")];
    }),
};
