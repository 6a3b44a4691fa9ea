/**
 * Client impact: which generated client method a finding touches and how. Names follow the generator
 * (`generator/emit/client-class.ts`): class `<Service>V<version>Client`, method `camelCase(operationId)`,
 * file `generated/<vendor>/<service>/<version>/client.ts`.
 */
import type { DocMeta, DocumentDiff } from "../diff/types.js";
import { camelCase, pascalCase, sanitiseIdentifier, versionSuffix } from "../names.js";
import type { Hit, ImpactKind } from "./types.js";

export interface ClientImpact {
  file: string;
  className: string;
  method?: string;
  change: ImpactKind;
  detail: string;
}

/** What changes for the method (or class), read after its name: `BackupV1_2Client.listBackups(): <detail>`. */
const DETAIL: Readonly<Record<ImpactKind, string>> = {
  "method-added": "new method",
  "method-removed": "method removed",
  "method-renamed": "renamed from {baseMethod}()",
  "method-deprecated": "marked @deprecated",
  "method-undeprecated": "no longer @deprecated",
  "method-not-before-changed": "the Not Before date in its @deprecated note changes",
  "client-added": "new client class",
  "client-removed": "client class removed",
  "client-deprecated": "every method marked @deprecated",
  "client-undeprecated": "methods no longer @deprecated",
  "client-not-before-changed": "the Not Before date in its @deprecated notes changes",
  "option-added": "new optional {field}",
  "option-required": "{field} is required (calls without it no longer compile)",
  "option-optional": "{field} becomes optional",
  "option-removed": "{field} removed (calls passing it no longer compile)",
  "option-renamed": "option renamed to {field}",
  "option-narrowed": "{field} accepts fewer values",
  "option-widened": "{field} accepts more values",
  "option-type-changed": "the type of {field} changes",
  "result-field-added": "the result gains {field}",
  "result-field-removed": "{field} removed from the result type (response type narrowed)",
  "result-field-optional": "{field} becomes optional in the result type",
  "result-field-required": "{field} becomes required in the result type",
  "result-widened": "{field} can hold more values (callers must handle them)",
  "result-narrowed": "{field} holds fewer values",
  "result-type-changed": "the type of {field} changes",
  "option-default-changed": "calls that omit {field} now get {revisionDefault} instead of {baseDefault}{scale}",
  "result-default-changed": "the documented default of {field} is {revisionDefault} (was {baseDefault})",
  "option-serialization-changed": "{field} is written differently on the wire (style/explode)",
  "result-headers-changed": "the response headers it documents change",
  "client-servers-changed": "the servers and serverVariables it accepts change",
  "client-auth-changed": "the credentials it must be given change",
  "client-version-header-changed": "every call sends {revisionHeader} (was {baseHeader})",
  "docs-only": "only its JSDoc changes",
  "runtime-only": "no type change; the server validates {field} differently",
  "not-compared": "unknown: {field} nests deeper than the diff compares; review it by hand",
};

export function clientNamesOf(meta: DocMeta): { file: string; className: string } {
  return {
    file: `generated/${meta.vendor}/${meta.service}/${meta.version}/client.ts`,
    className: `${pascalCase(meta.service)}${versionSuffix(meta.version)}Client`,
  };
}

export function methodName(operationId: string): string {
  return sanitiseIdentifier(camelCase(operationId) || operationId);
}

export function clientImpact(kind: ImpactKind, hit: Hit, diff: DocumentDiff): ClientImpact | undefined {
  const meta = hit.side === "base" ? diff.base : diff.revision;
  if (!meta) return undefined;
  const names = clientNamesOf(meta);
  const operationId = hit.operation?.operationId;
  const method = operationId ? methodName(operationId) : undefined;
  const vars: Record<string, string> = {
    ...hit.vars,
    field: hit.field ?? "the request",
    baseMethod: hit.vars.baseOperationId ? methodName(hit.vars.baseOperationId) : "(none)",
  };
  const detail = DETAIL[kind].replace(/\{([A-Za-z]+)\}/g, (_, k: string) => {
    const v = vars[k];
    if (v === undefined) throw new Error(`client impact ${kind} needs {${k}}`);
    return v;
  });
  return { ...names, ...(method ? { method } : {}), change: kind, detail };
}
