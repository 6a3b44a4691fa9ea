/** request-parameter-default-removed: A request parameter no longer documents a default. */
import { defaultHits } from "../defaults.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestParameterDefaultRemoved: Rule = {
  id: "request-parameter-default-removed",
  level: "info",
  description: "A request parameter no longer documents a default.",
  modes: BOTH,
  mirror: "request-parameter-default-added",
  impact: "option-default-changed",
  check: (ctx) => defaultHits(ctx, "request", "parameter", "removed"),
};
