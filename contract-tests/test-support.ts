/** Helpers shared by the contract-tests tests (not used by the tool itself). */
import { loadSpec, specFromText, type LoadedSpec } from "./spec/load.js";
import { compileSpec, type CompiledSpec } from "./validate/compile.js";
import { SPEC_DIR } from "./harness/paths.js";
import type { Exchange } from "./validate/exchange.js";
import type { PatchOperation } from "./drift/suggest-patch.js";
import { tokensOf } from "../core/json-pointer.js";
import { placeholderHeaders, readSecurity } from "./mock/security.js";

export function compileBundled(id: string): CompiledSpec {
  return compileSpec(loadSpec(SPEC_DIR, id));
}

export function compileText(yaml: string, id = "test/inline/1.0"): CompiledSpec {
  return compileSpec(specFromText(id, `${id}.yaml`, yaml));
}

export function loadBundled(id: string): LoadedSpec {
  return loadSpec(SPEC_DIR, id);
}

/** A JSON response exchange for `method url`. */
export function jsonExchange(method: string, url: string, status: number, json: unknown, contentType = "application/json"): Exchange {
  return { request: { method, url }, response: { status, headers: { "content-type": contentType }, body: JSON.stringify(json) } };
}

/** Applies RFC 6902 operations (add, remove, replace, test) to a deep copy. */
export function applyPatch<T>(document: T, patch: readonly PatchOperation[]): T {
  const doc = structuredClone(document) as unknown;
  for (const op of patch) {
    const tokens = tokensOf(`#${op.path}`);
    const last = tokens.pop()!;
    let parent = doc as Record<string, unknown> | unknown[];
    for (const t of tokens) parent = (parent as Record<string, unknown>)[t] as Record<string, unknown>;
    const current = Array.isArray(parent) ? parent[Number(last)] : parent[last];
    if (op.op === "test") {
      if (JSON.stringify(current) !== JSON.stringify(op.value)) throw new Error(`test failed at ${op.path}`);
    } else if (op.op === "remove") {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (Array.isArray(parent)) {
      if (last === "-") parent.push(op.value);
      else if (op.op === "add") parent.splice(Number(last), 0, op.value);
      else parent[Number(last)] = op.value;
    } else parent[last] = op.value;
  }
  return doc as T;
}

/** Request headers with a placeholder for every header credential the spec's (first operation's) security names. */
export function credentialHeaders(compiled: CompiledSpec): Record<string, string> {
  const entry = compiled.operations[0];
  return entry ? placeholderHeaders(readSecurity(compiled.spec.document, entry.operation, [], compiled.spec.path)) : {};
}

/** The version header the spec declares (`Scp-Api-Version: backup 1.2`), as every generated client sends it. */
export function versionHeader(compiled: CompiledSpec): Record<string, string> {
  const vh = (compiled.spec.document.info as { "x-version-header"?: { name: string; value: string } } | undefined)?.["x-version-header"];
  return vh ? { [vh.name.toLowerCase()]: vh.value } : {};
}

/** What a client sends on every call: placeholder credentials and the version header. */
export function clientHeaders(compiled: CompiledSpec): Record<string, string> {
  return { ...credentialHeaders(compiled), ...versionHeader(compiled) };
}
