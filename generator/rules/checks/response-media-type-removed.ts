/** response-media-type-removed: A response lost a media type: clients reading it break. */
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const responseMediaTypeRemoved: Rule = {
  id: "response-media-type-removed",
  level: "breaking",
  description: "A response lost a media type: clients reading it break.",
  modes: BOTH,
  mirror: "response-media-type-added",
  impact: "result-narrowed",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) =>
      op.responses.changed.flatMap((r) => r.media.removed.map((m) => changeHit(op, "base", m.pointer, { status: r.status, mediaType: m.mediaType }, `response ${r.status} (${m.mediaType})`))),
    ),
};
