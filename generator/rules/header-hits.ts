/** Hits on response headers of changed responses: `pick` chooses the headers and the side each hit points into. */
import type { HeaderInfo, ResponseDiff } from "../diff/types.js";
import { changeHit } from "./hits.js";
import type { Hit, RuleContext } from "./types.js";

export interface PickedHeader {
  header: HeaderInfo;
  side: Hit["side"];
  vars?: Record<string, string>;
}

export function headerHits(ctx: RuleContext, pick: (r: ResponseDiff) => PickedHeader[]): Hit[] {
  return ctx.diff.operations.changed.flatMap((op) =>
    op.responses.changed.flatMap((r) =>
      pick(r).map(({ header, side, vars }) => {
        const hit = changeHit(op, side, header.pointer, { status: r.status, header: header.name, ...vars }, `headers.${header.name}`);
        return header.source ? { ...hit, ...(side === "base" ? { baseSource: header.source } : { revisionSource: header.source }) } : hit;
      }),
    ),
  );
}
