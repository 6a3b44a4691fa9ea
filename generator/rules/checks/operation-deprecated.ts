/**
 * operation-deprecated: an operation is newly `deprecated: true` (snapshots of one version; across
 * versions the deprecation belongs to the version). Not reported when the whole version's status changed
 * in the same step — `api-version-deprecated` says that once.
 */
import { operationHit } from "../hits.js";
import type { Rule } from "../types.js";
import { SNAPSHOT_ONLY } from "../types.js";

export const operationDeprecated: Rule = {
  id: "operation-deprecated",
  level: "info",
  description: "An operation became deprecated.",
  modes: SNAPSHOT_ONLY,
  mirror: "operation-deprecation-reverted",
  impact: "method-deprecated",
  check: (ctx) =>
    ctx.diff.status
      ? []
      : ctx.diff.operations.changed.filter((op) => op.deprecated?.revision === true).map((op) => operationHit(op.revision, "revision", { notBefore: op.revision.notBefore ?? "none" }, op.base)),
};
