/** request-parameter-serialization-changed: A parameter's style or explode changed: the same value is written differently on the wire. */
import type { ParameterDiff } from "../../diff/types.js";
import { changeHit } from "../hits.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

function serialization(p: ParameterDiff, side: "base" | "revision"): string {
  const style = p.style?.[side] ?? p.style?.base ?? "";
  const explode = p.explode?.[side];
  return explode === undefined ? `style ${style || "unchanged"}` : `${style ? `style ${style}, ` : ""}explode ${String(explode)}`;
}

export const requestParameterSerializationChanged: Rule = {
  id: "request-parameter-serialization-changed",
  level: "warning",
  description: "A parameter's style or explode changed: the same value is written differently on the wire.",
  modes: BOTH,
  mirror: "request-parameter-serialization-changed",
  impact: "option-serialization-changed",
  check: (ctx) =>
    ctx.diff.operations.changed.flatMap((op) =>
      op.parameters.changed
        .filter((p) => p.style || p.explode)
        .map((p) =>
          changeHit(
            op,
            "revision",
            p.revision.pointer,
            { in: p.revision.in, name: p.revision.name, baseStyle: serialization(p, "base"), revisionStyle: serialization(p, "revision") },
            `${p.revision.in}.${p.revision.name}`,
          ),
        ),
    ),
};
