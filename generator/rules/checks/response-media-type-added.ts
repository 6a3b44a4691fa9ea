/** response-media-type-added: A response gained a media type. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseMediaTypeAdded: Rule = {
  id: "response-media-type-added",
  level: "info",
  description: "A response gained a media type.",
  modes: BOTH,
  mirror: "response-media-type-removed",
  impact: "result-widened",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) =>
      op.responses.changed.flatMap((r) => r.media.added.map((m) => changeHit(op, "revision", m.pointer, { status: r.status, mediaType: m.mediaType }, `response ${r.status} (${m.mediaType})`))),
    ),
};
