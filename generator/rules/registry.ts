/**
 * The registry: every rule, in catalogue order. `loadRegistry` checks it before any rule runs — unique
 * kebab-case ids, a message for every rule and a rule for every message, mirrors that exist — and
 * throws listing every problem at once.
 */
import { apiVersionAdded } from "./checks/api-version-added.js";
import { apiVersionDeprecated } from "./checks/api-version-deprecated.js";
import { apiVersionDeprecationReverted } from "./checks/api-version-deprecation-reverted.js";
import { apiVersionNotBeforeMovedEarlier } from "./checks/api-version-not-before-moved-earlier.js";
import { apiVersionNotBeforeMovedLater } from "./checks/api-version-not-before-moved-later.js";
import { apiVersionRemoved } from "./checks/api-version-removed.js";
import { deprecatedOperationRemoved } from "./checks/deprecated-operation-removed.js";
import { operationAdded } from "./checks/operation-added.js";
import { operationDeprecated } from "./checks/operation-deprecated.js";
import { operationDeprecationReverted } from "./checks/operation-deprecation-reverted.js";
import { operationIdChanged } from "./checks/operation-id-changed.js";
import { operationNotBeforeMovedEarlier } from "./checks/operation-not-before-moved-earlier.js";
import { operationNotBeforeMovedLater } from "./checks/operation-not-before-moved-later.js";
import { operationRemoved } from "./checks/operation-removed.js";
import { operationRemovedBeforeNotBefore } from "./checks/operation-removed-before-not-before.js";
import { requestBecameNonNullable } from "./checks/request-became-non-nullable.js";
import { requestBecameNullable } from "./checks/request-became-nullable.js";
import { requestBodyAdded } from "./checks/request-body-added.js";
import { requestBodyAddedRequired } from "./checks/request-body-added-required.js";
import { requestBodyBecameOptional } from "./checks/request-body-became-optional.js";
import { requestBodyBecameRequired } from "./checks/request-body-became-required.js";
import { requestBodyRemoved } from "./checks/request-body-removed.js";
import { requestEnumValueAdded } from "./checks/request-enum-value-added.js";
import { requestEnumValueRemoved } from "./checks/request-enum-value-removed.js";
import { requestFormatChanged } from "./checks/request-format-changed.js";
import { requestLimitRelaxed } from "./checks/request-limit-relaxed.js";
import { requestLimitTightened } from "./checks/request-limit-tightened.js";
import { requestMediaTypeAdded } from "./checks/request-media-type-added.js";
import { requestMediaTypeRemoved } from "./checks/request-media-type-removed.js";
import { requestParameterAdded } from "./checks/request-parameter-added.js";
import { requestParameterAddedRequired } from "./checks/request-parameter-added-required.js";
import { requestParameterBecameOptional } from "./checks/request-parameter-became-optional.js";
import { requestParameterBecameRequired } from "./checks/request-parameter-became-required.js";
import { requestParameterRemoved } from "./checks/request-parameter-removed.js";
import { requestPathParameterRenamed } from "./checks/request-path-parameter-renamed.js";
import { requestPatternAdded } from "./checks/request-pattern-added.js";
import { requestPatternChanged } from "./checks/request-pattern-changed.js";
import { requestPatternRemoved } from "./checks/request-pattern-removed.js";
import { requestPropertyAdded } from "./checks/request-property-added.js";
import { requestPropertyAddedRequired } from "./checks/request-property-added-required.js";
import { requestPropertyBecameOptional } from "./checks/request-property-became-optional.js";
import { requestPropertyBecameRequired } from "./checks/request-property-became-required.js";
import { requestPropertyRemoved } from "./checks/request-property-removed.js";
import { requestTypeChanged } from "./checks/request-type-changed.js";
import { responseBecameNonNullable } from "./checks/response-became-non-nullable.js";
import { responseBecameNullable } from "./checks/response-became-nullable.js";
import { responseEnumValueAdded } from "./checks/response-enum-value-added.js";
import { responseEnumValueRemoved } from "./checks/response-enum-value-removed.js";
import { responseErrorStatusAdded } from "./checks/response-error-status-added.js";
import { responseErrorStatusRemoved } from "./checks/response-error-status-removed.js";
import { responseFormatChanged } from "./checks/response-format-changed.js";
import { responseLimitRelaxed } from "./checks/response-limit-relaxed.js";
import { responseLimitTightened } from "./checks/response-limit-tightened.js";
import { responseMediaTypeAdded } from "./checks/response-media-type-added.js";
import { responseMediaTypeRemoved } from "./checks/response-media-type-removed.js";
import { responsePatternChanged } from "./checks/response-pattern-changed.js";
import { responsePropertyAdded } from "./checks/response-property-added.js";
import { responsePropertyBecameOptional } from "./checks/response-property-became-optional.js";
import { responsePropertyBecameRequired } from "./checks/response-property-became-required.js";
import { responsePropertyRemoved } from "./checks/response-property-removed.js";
import { responseStatusAdded } from "./checks/response-status-added.js";
import { responseStatusRemoved } from "./checks/response-status-removed.js";
import { responseTypeChanged } from "./checks/response-type-changed.js";
import { schemaComparisonCut } from "./checks/schema-comparison-cut.js";
import { requestParameterDefaultChanged } from "./checks/request-parameter-default-changed.js";
import { requestParameterDefaultAdded } from "./checks/request-parameter-default-added.js";
import { requestParameterDefaultRemoved } from "./checks/request-parameter-default-removed.js";
import { requestPropertyDefaultChanged } from "./checks/request-property-default-changed.js";
import { requestPropertyDefaultAdded } from "./checks/request-property-default-added.js";
import { requestPropertyDefaultRemoved } from "./checks/request-property-default-removed.js";
import { responsePropertyDefaultChanged } from "./checks/response-property-default-changed.js";
import { responsePropertyDefaultAdded } from "./checks/response-property-default-added.js";
import { responsePropertyDefaultRemoved } from "./checks/response-property-default-removed.js";
import { operationSummaryChanged } from "./checks/operation-summary-changed.js";
import { operationDescriptionChanged } from "./checks/operation-description-changed.js";
import { operationTagAdded } from "./checks/operation-tag-added.js";
import { operationTagRemoved } from "./checks/operation-tag-removed.js";
import { securitySchemeAdded } from "./checks/security-scheme-added.js";
import { securitySchemeRemoved } from "./checks/security-scheme-removed.js";
import { securitySchemeChanged } from "./checks/security-scheme-changed.js";
import { securityRequirementAdded } from "./checks/security-requirement-added.js";
import { securityRequirementRemoved } from "./checks/security-requirement-removed.js";
import { serverAdded } from "./checks/server-added.js";
import { serverRemoved } from "./checks/server-removed.js";
import { serverVariableValueAdded } from "./checks/server-variable-value-added.js";
import { serverVariableValueRemoved } from "./checks/server-variable-value-removed.js";
import { serverVariableDefaultChanged } from "./checks/server-variable-default-changed.js";
import { responseHeaderAdded } from "./checks/response-header-added.js";
import { responseHeaderRemoved } from "./checks/response-header-removed.js";
import { responseRequiredHeaderRemoved } from "./checks/response-required-header-removed.js";
import { responseHeaderTypeChanged } from "./checks/response-header-type-changed.js";
import { responseHeaderBecameOptional } from "./checks/response-header-became-optional.js";
import { responseHeaderBecameRequired } from "./checks/response-header-became-required.js";
import { requestParameterSerializationChanged } from "./checks/request-parameter-serialization-changed.js";
import { requestPropertyReadOnlyChanged } from "./checks/request-property-read-only-changed.js";
import { requestPropertyWriteOnlyChanged } from "./checks/request-property-write-only-changed.js";
import { responsePropertyReadOnlyChanged } from "./checks/response-property-read-only-changed.js";
import { responsePropertyWriteOnlyChanged } from "./checks/response-property-write-only-changed.js";
import { versionHeaderChanged } from "./checks/version-header-changed.js";
import { requestBecameEnum } from "./checks/request-became-enum.js";
import { requestBecameNotEnum } from "./checks/request-became-not-enum.js";
import { responseBecameEnum } from "./checks/response-became-enum.js";
import { responseBecameNotEnum } from "./checks/response-became-not-enum.js";
import { requestVariantAdded } from "./checks/request-variant-added.js";
import { requestVariantRemoved } from "./checks/request-variant-removed.js";
import { responseVariantAdded } from "./checks/response-variant-added.js";
import { responseVariantRemoved } from "./checks/response-variant-removed.js";
import { MESSAGES } from "./messages.js";
import type { Rule } from "./types.js";

export const RULES: readonly Rule[] = [
  operationAdded,
  operationRemoved,
  operationRemovedBeforeNotBefore,
  deprecatedOperationRemoved,
  operationIdChanged,
  operationDeprecated,
  operationDeprecationReverted,
  operationNotBeforeMovedEarlier,
  operationNotBeforeMovedLater,
  apiVersionAdded,
  apiVersionRemoved,
  apiVersionDeprecated,
  apiVersionDeprecationReverted,
  apiVersionNotBeforeMovedEarlier,
  apiVersionNotBeforeMovedLater,
  requestParameterAdded,
  requestParameterAddedRequired,
  requestParameterRemoved,
  requestParameterBecameRequired,
  requestParameterBecameOptional,
  requestPathParameterRenamed,
  requestBodyAdded,
  requestBodyAddedRequired,
  requestBodyRemoved,
  requestBodyBecameRequired,
  requestBodyBecameOptional,
  requestMediaTypeAdded,
  requestMediaTypeRemoved,
  responseStatusAdded,
  responseStatusRemoved,
  responseErrorStatusAdded,
  responseErrorStatusRemoved,
  responseMediaTypeAdded,
  responseMediaTypeRemoved,
  requestPropertyAdded,
  requestPropertyAddedRequired,
  requestPropertyRemoved,
  requestPropertyBecameRequired,
  requestPropertyBecameOptional,
  responsePropertyAdded,
  responsePropertyRemoved,
  responsePropertyBecameOptional,
  responsePropertyBecameRequired,
  requestTypeChanged,
  responseTypeChanged,
  schemaComparisonCut,
  requestFormatChanged,
  responseFormatChanged,
  requestBecameNullable,
  requestBecameNonNullable,
  responseBecameNullable,
  responseBecameNonNullable,
  requestEnumValueAdded,
  requestEnumValueRemoved,
  responseEnumValueAdded,
  responseEnumValueRemoved,
  requestPatternAdded,
  requestPatternRemoved,
  requestPatternChanged,
  responsePatternChanged,
  requestLimitTightened,
  requestLimitRelaxed,
  responseLimitTightened,
  responseLimitRelaxed,
  requestParameterDefaultChanged,
  requestParameterDefaultAdded,
  requestParameterDefaultRemoved,
  requestPropertyDefaultChanged,
  requestPropertyDefaultAdded,
  requestPropertyDefaultRemoved,
  responsePropertyDefaultChanged,
  responsePropertyDefaultAdded,
  responsePropertyDefaultRemoved,
  operationSummaryChanged,
  operationDescriptionChanged,
  operationTagAdded,
  operationTagRemoved,
  securitySchemeAdded,
  securitySchemeRemoved,
  securitySchemeChanged,
  securityRequirementAdded,
  securityRequirementRemoved,
  serverAdded,
  serverRemoved,
  serverVariableValueAdded,
  serverVariableValueRemoved,
  serverVariableDefaultChanged,
  responseHeaderAdded,
  responseHeaderRemoved,
  responseRequiredHeaderRemoved,
  responseHeaderTypeChanged,
  responseHeaderBecameOptional,
  responseHeaderBecameRequired,
  requestParameterSerializationChanged,
  requestPropertyReadOnlyChanged,
  requestPropertyWriteOnlyChanged,
  responsePropertyReadOnlyChanged,
  responsePropertyWriteOnlyChanged,
  versionHeaderChanged,
  requestBecameEnum,
  requestBecameNotEnum,
  responseBecameEnum,
  responseBecameNotEnum,
  requestVariantAdded,
  requestVariantRemoved,
  responseVariantAdded,
  responseVariantRemoved,
];

/**
 * Rules with a request- or response- id whose other-direction variant does not exist, and why. Every
 * other `request-x` must have a `response-x` and the other way round.
 */
export const DIRECTION_WAIVERS: Readonly<Record<string, string>> = {
  "request-parameter-added": "parameters are request-only (response headers are judged by response-header-*)",
  "request-parameter-added-required": "parameters are request-only (response headers are judged by response-header-*)",
  "request-parameter-removed": "parameters are request-only (response headers are judged by response-header-*)",
  "request-parameter-became-required": "parameters are request-only (response headers are judged by response-header-*)",
  "request-parameter-became-optional": "parameters are request-only (response headers are judged by response-header-*)",
  "request-parameter-default-changed": "parameters are request-only; response defaults are judged by response-property-default-*",
  "request-parameter-default-added": "parameters are request-only; response defaults are judged by response-property-default-*",
  "request-parameter-default-removed": "parameters are request-only; response defaults are judged by response-property-default-*",
  "request-parameter-serialization-changed": "response headers have no style/explode that clients choose; parameters are request-only",
  "response-header-added": "request headers are parameters (request-parameter-* with in: header)",
  "response-header-removed": "request headers are parameters (request-parameter-* with in: header)",
  "response-required-header-removed": "request headers are parameters (request-parameter-* with in: header)",
  "response-header-type-changed": "request headers are parameters (request-type-changed on a header parameter)",
  "response-header-became-optional": "request headers are parameters (request-parameter-became-optional)",
  "response-header-became-required": "request headers are parameters (request-parameter-became-required)",
  "request-path-parameter-renamed": "path parameters exist only in requests",
  "request-body-added": "a response body is judged by its status and media types (response-status-*, response-media-type-*)",
  "request-body-added-required": "a response body is judged by its status and media types (response-status-*, response-media-type-*)",
  "request-body-removed": "a response body is judged by its status and media types (response-status-*, response-media-type-*)",
  "request-body-became-required": "a response body is judged by its status and media types (response-status-*, response-media-type-*)",
  "request-body-became-optional": "a response body is judged by its status and media types (response-status-*, response-media-type-*)",
  "request-property-added-required": "for responses a new property is never a burden: response-property-added covers it, required or not",
  "request-pattern-added": "response-pattern-changed covers a response pattern appearing, changing or going (all informational)",
  "request-pattern-removed": "response-pattern-changed covers a response pattern appearing, changing or going (all informational)",
  "response-status-added": "requests have no status",
  "response-status-removed": "requests have no status",
  "response-error-status-added": "requests have no status",
  "response-error-status-removed": "requests have no status",
};

export class RegistryError extends Error {}

const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function registryProblems(rules: readonly Rule[], messages: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) problems.push(`rule id ${r.id} is used twice`);
    ids.add(r.id);
    if (!KEBAB.test(r.id)) problems.push(`rule id ${r.id} is not kebab-case`);
    if (messages[r.id] === undefined) problems.push(`rule ${r.id} has no message in the catalogue`);
    if (r.description.trim() === "") problems.push(`rule ${r.id} has no description`);
    if (r.modes.length === 0) problems.push(`rule ${r.id} applies to no comparison`);
    if (typeof r.mirror === "string" && !rules.some((m) => m.id === r.mirror)) problems.push(`rule ${r.id}: mirror ${r.mirror} is not a rule`);
    if (typeof r.mirror !== "string" && r.mirror.waived.trim() === "") problems.push(`rule ${r.id}: mirror waived without a reason`);
  }
  for (const id of Object.keys(messages)) if (!ids.has(id)) problems.push(`message ${id} belongs to no rule`);
  for (const id of ids) {
    const other = id.startsWith("request-") ? `response-${id.slice(8)}` : id.startsWith("response-") ? `request-${id.slice(9)}` : undefined;
    if (other && !ids.has(other) && !DIRECTION_WAIVERS[id]) problems.push(`rule ${id} has no ${other} counterpart and no waiver`);
  }
  for (const id of Object.keys(DIRECTION_WAIVERS)) if (!ids.has(id)) problems.push(`waiver for ${id}, which is not a rule`);
  return problems;
}

/** The rules by id, after checking the registry; throws on any problem. */
export function loadRegistry(rules: readonly Rule[] = RULES, messages: Readonly<Record<string, string>> = MESSAGES): ReadonlyMap<string, Rule> {
  const problems = registryProblems(rules, messages);
  if (problems.length > 0) throw new RegistryError(`rule registry is incomplete:\n${problems.join("\n")}`);
  return new Map(rules.map((r) => [r.id, r]));
}
