/** request-parameter-default-added: A request parameter gained a documented default. */
import { defaultHits } from "../defaults.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestParameterDefaultAdded: Rule = {
  id: "request-parameter-default-added",
  level: "info",
  description: "A request parameter gained a documented default.",
  modes: BOTH,
  mirror: "request-parameter-default-removed",
  impact: "option-default-changed",
  check: (ctx) => defaultHits(ctx, "request", "parameter", "added"),
};
