/** request-media-type-removed: The request body no longer accepts a media type. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestMediaTypeRemoved: Rule = {
  id: "request-media-type-removed",
  level: "breaking",
  description: "The request body no longer accepts a media type.",
  modes: BOTH,
  mirror: "request-media-type-added",
  impact: "option-removed",
  check: (ctx) => ctx.diff.operations.changed.flatMap((op) => (op.requestBody?.media.removed ?? []).map((m) => changeHit(op, "base", m.pointer, { mediaType: m.mediaType }, `body (${m.mediaType})`))),
};
