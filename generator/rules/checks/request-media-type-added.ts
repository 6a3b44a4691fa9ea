/** request-media-type-added: The request body accepts another media type. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestMediaTypeAdded: Rule = {
  id: "request-media-type-added",
  level: "info",
  description: "The request body accepts another media type.",
  modes: BOTH,
  mirror: "request-media-type-removed",
  impact: "option-widened",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) => (op.requestBody?.media.added ?? []).map((m) => changeHit(op, "revision", m.pointer, { mediaType: m.mediaType }, `body (${m.mediaType})`))),
};
