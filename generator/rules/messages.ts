/**
 * The message catalogue: one template per rule id, `{name}` placeholders filled from a hit's variables.
 * A rule without a template, or a template naming a variable the hit does not give, is an error — never
 * a silent fallback to the key (the registry test checks every rule against its fixtures).
 */
export const MESSAGES: Readonly<Record<string, string>> = {
  // operations
  "operation-added": "operation {operation} ({operationId}, “{summary}”) was added",
  "operation-removed": "operation {operation} ({operationId}, “{summary}”) was removed without being deprecated first",
  "operation-removed-before-not-before": "operation {operation} ({operationId}) was removed although version {baseVersion} promises it until {notBefore} ({days} days after {asOf})",
  "deprecated-operation-removed": "deprecated operation {operation} ({operationId}) was removed; version {baseVersion} had Not Before {notBefore}",
  "operation-id-changed": "operation {operation} changed its operationId from {baseOperationId} to {revisionOperationId}",
  "operation-deprecated": "operation {operation} ({operationId}) is now deprecated, Not Before {notBefore}",
  "operation-deprecation-reverted": "operation {operation} ({operationId}) is no longer deprecated",
  "operation-not-before-moved-earlier": "operation {operation} ({operationId}): Not Before moved earlier, from {baseNotBefore} to {revisionNotBefore}",
  "operation-not-before-moved-later": "operation {operation} ({operationId}): Not Before moved later, from {baseNotBefore} to {revisionNotBefore}",
  // API versions (whole spec files)
  "api-version-added": "{service} version {version} was added ({operations})",
  "api-version-removed": "{service} version {version} was removed ({operations}; it was {status}, Not Before {notBefore})",
  "api-version-deprecated": "{service} version {version} is now {revisionStatus} (was {baseStatus}), Not Before {notBefore}",
  "api-version-deprecation-reverted": "{service} version {version} is {revisionStatus} again (was {baseStatus})",
  "api-version-not-before-moved-earlier": "{service} version {version}: Not Before moved earlier, from {baseNotBefore} to {revisionNotBefore}",
  "api-version-not-before-moved-later": "{service} version {version}: Not Before moved later, from {baseNotBefore} to {revisionNotBefore}",
  // parameters
  "request-parameter-added": "{operation}: optional {in} parameter {name} was added",
  "request-parameter-added-required": "{operation}: required {in} parameter {name} was added",
  "request-parameter-removed": "{operation}: {in} parameter {name} was removed",
  "request-parameter-became-required": "{operation}: {in} parameter {name} became required",
  "request-parameter-became-optional": "{operation}: {in} parameter {name} became optional",
  "request-path-parameter-renamed": "{operation}: path parameter {baseName} was renamed to {revisionName}",
  // request bodies
  "request-body-added": "{operation}: an optional request body was added ({mediaTypes})",
  "request-body-added-required": "{operation}: a required request body was added ({mediaTypes})",
  "request-body-removed": "{operation}: the request body was removed ({mediaTypes})",
  "request-body-became-required": "{operation}: the request body became required",
  "request-body-became-optional": "{operation}: the request body became optional",
  "request-media-type-added": "{operation}: request body media type {mediaType} was added",
  "request-media-type-removed": "{operation}: request body media type {mediaType} was removed",
  // responses
  "response-status-added": "{operation}: success status {status} was added",
  "response-status-removed": "{operation}: success status {status} was removed",
  "response-error-status-added": "{operation}: error status {status} was added",
  "response-error-status-removed": "{operation}: error status {status} was removed",
  "response-media-type-added": "{operation}: response {status} media type {mediaType} was added",
  "response-media-type-removed": "{operation}: response {status} media type {mediaType} was removed",
  // properties
  "request-property-added": "{operation}: optional property {property} was added to {where}",
  "request-property-added-required": "{operation}: required property {property} was added to {where}",
  "request-property-removed": "{operation}: property {property} was removed from {where}",
  "request-property-became-required": "{operation}: property {property} of {where} became required",
  "request-property-became-optional": "{operation}: property {property} of {where} became optional",
  "response-property-added": "{operation}: property {property} was added to {where}",
  "response-property-removed": "{operation}: property {property} was removed from {where}",
  "response-property-became-optional": "{operation}: property {property} of {where} is no longer always present",
  "response-property-became-required": "{operation}: property {property} of {where} is now always present",
  // schema constraints, request and response variants
  "request-type-changed": "{operation}: type of {target} changed from {baseType} to {revisionType}",
  "schema-comparison-cut": "{operation}: {target} nests more than {depth} levels deep (a long $ref chain); nothing below it was compared",
  "response-type-changed": "{operation}: type of {target} changed from {baseType} to {revisionType}",
  "request-format-changed": "{operation}: format of {target} changed from {baseFormat} to {revisionFormat}",
  "response-format-changed": "{operation}: format of {target} changed from {baseFormat} to {revisionFormat}",
  "request-became-nullable": "{operation}: {target} now accepts null",
  "request-became-non-nullable": "{operation}: {target} no longer accepts null",
  "response-became-nullable": "{operation}: {target} may now be null",
  "response-became-non-nullable": "{operation}: {target} is no longer null",
  "request-enum-value-added": "{operation}: {target} now accepts the value {value}",
  "request-enum-value-removed": "{operation}: {target} no longer accepts the value {value}",
  "response-enum-value-added": "{operation}: {target} may now be {value}",
  "response-enum-value-removed": "{operation}: {target} is no longer {value}",
  "request-pattern-added": "{operation}: {target} must now match {revisionPattern}",
  "request-pattern-removed": "{operation}: {target} no longer has to match {basePattern}",
  "request-pattern-changed": "{operation}: pattern of {target} changed from {basePattern} to {revisionPattern}",
  "response-pattern-changed": "{operation}: pattern of {target} changed from {basePattern} to {revisionPattern}",
  "request-limit-tightened": "{operation}: {keyword} of {target} tightened from {baseLimit} to {revisionLimit}",
  "request-limit-relaxed": "{operation}: {keyword} of {target} relaxed from {baseLimit} to {revisionLimit}",
  "response-limit-tightened": "{operation}: {keyword} of {target} tightened from {baseLimit} to {revisionLimit}",
  "response-limit-relaxed": "{operation}: {keyword} of {target} relaxed from {baseLimit} to {revisionLimit}",
  // defaults
  "request-parameter-default-changed": "{operation}: the default of {target} changed from {baseDefault} to {revisionDefault}",
  "request-parameter-default-added": "{operation}: {target} now defaults to {revisionDefault}",
  "request-parameter-default-removed": "{operation}: {target} no longer documents a default (was {baseDefault})",
  "request-property-default-changed": "{operation}: the default of {target} changed from {baseDefault} to {revisionDefault}",
  "request-property-default-added": "{operation}: {target} now defaults to {revisionDefault}",
  "request-property-default-removed": "{operation}: {target} no longer documents a default (was {baseDefault})",
  "response-property-default-changed": "{operation}: the documented default of {target} changed from {baseDefault} to {revisionDefault}",
  "response-property-default-added": "{operation}: {target} now documents the default {revisionDefault}",
  "response-property-default-removed": "{operation}: {target} no longer documents a default (was {baseDefault})",
  // operation documentation
  "operation-summary-changed": "operation {operation} ({operationId}): summary changed from “{baseSummary}” to “{revisionSummary}”",
  "operation-description-changed": "operation {operation} ({operationId}): the description changed",
  "operation-tag-added": "operation {operation} ({operationId}) is now tagged {tag}",
  "operation-tag-removed": "operation {operation} ({operationId}) is no longer tagged {tag}",
  // security
  "security-scheme-added": "{service} {version}: security scheme {scheme} was added",
  "security-scheme-removed": "{service} {version}: security scheme {scheme} was removed",
  "security-scheme-changed": "{service} {version}: security scheme {scheme} changed its {fields} ({baseScheme} → {revisionScheme})",
  "security-requirement-added": "{service} {version}: {where} now also accepts the credentials {requirement}",
  "security-requirement-removed": "{service} {version}: {where} no longer accepts the credentials {requirement}",
  // servers
  "server-added": "{service} {version}: server {url} ({description}) was added",
  "server-removed": "{service} {version}: server {url} ({description}) was removed",
  "server-variable-value-added": "{service} {version}: server variable {variable} of {url} now accepts {value}",
  "server-variable-value-removed": "{service} {version}: server variable {variable} of {url} no longer accepts {value}",
  "server-variable-default-changed": "{service} {version}: the default of server variable {variable} of {url} changed from {baseDefault} to {revisionDefault}",
  // response headers
  "response-header-added": "{operation}: response {status} has the new header {header}",
  "response-header-removed": "{operation}: response {status} no longer has the optional header {header}",
  "response-required-header-removed": "{operation}: response {status} no longer has the header {header}, which it always sent",
  "response-header-type-changed": "{operation}: type of response {status} header {header} changed from {baseType} to {revisionType}",
  "response-header-became-optional": "{operation}: response {status} header {header} is no longer always sent",
  "response-header-became-required": "{operation}: response {status} header {header} is now always sent",
  // serialization and access flags
  "request-parameter-serialization-changed": "{operation}: {in} parameter {name} is serialized differently ({baseStyle} → {revisionStyle})",
  "request-property-read-only-changed": "{operation}: {target} is now {now}",
  "request-property-write-only-changed": "{operation}: {target} is now {now}",
  "response-property-read-only-changed": "{operation}: {target} is now {now}",
  "response-property-write-only-changed": "{operation}: {target} is now {now}",
  // enums appearing or vanishing, anyOf/oneOf alternatives
  "request-became-enum": "{operation}: {target} now only accepts {values}",
  "request-became-not-enum": "{operation}: {target} no longer restricts its values (were {values})",
  "response-became-enum": "{operation}: {target} is now documented as one of {values}",
  "response-became-not-enum": "{operation}: {target} is no longer limited to {values}",
  "request-variant-added": "{operation}: {target} accepts more alternatives ({baseCount} → {revisionCount})",
  "request-variant-removed": "{operation}: {target} accepts fewer alternatives ({baseCount} → {revisionCount})",
  "response-variant-added": "{operation}: {target} may take more shapes ({baseCount} → {revisionCount} alternatives)",
  "response-variant-removed": "{operation}: {target} takes fewer shapes ({baseCount} → {revisionCount} alternatives)",
  // version header
  "version-header-changed": "{service} {version}: the version header changed from {baseHeader} to {revisionHeader}",
};

export class MessageError extends Error {}

/** The placeholders of a template, in order: `"{a} x {b}"` → `["a", "b"]`. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!);
}

export function formatMessage(ruleId: string, vars: Readonly<Record<string, string>>, catalogue: Readonly<Record<string, string>> = MESSAGES): string {
  const template = catalogue[ruleId];
  if (template === undefined) throw new MessageError(`no message for rule ${ruleId} in the catalogue`);
  return template.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new MessageError(`message of ${ruleId} needs {${name}}, which the finding does not give`);
    return v;
  });
}
