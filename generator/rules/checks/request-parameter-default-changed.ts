/** request-parameter-default-changed: The default of a request parameter changed: callers that omit it get another value. */
import { defaultHits } from "../defaults.js";
import type { Rule } from "../types.js";
import { BOTH } from "../types.js";

export const requestParameterDefaultChanged: Rule = {
  id: "request-parameter-default-changed",
  level: "warning",
  description: "The default of a request parameter changed: callers that omit it get another value.",
  modes: BOTH,
  mirror: "request-parameter-default-changed",
  impact: "option-default-changed",
  check: (ctx) => defaultHits(ctx, "request", "parameter", "changed"),
};
