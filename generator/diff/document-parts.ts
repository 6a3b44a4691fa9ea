/**
 * The document-wide parts of the diff: `servers` (matched by URL template, with their variables' values
 * and defaults), `components.securitySchemes` (matched by name: type, `in`, `name`, `scheme`), the
 * `security` requirement alternatives, and the version header every call sends (`info.x-version-header`).
 */
import { childPointer } from "../../core/json-pointer.js";
import { matchByKey } from "./match.js";
import { isObject, str } from "./resolve.js";
import type { Json } from "./resolve.js";
import type { Change, DocumentDiff, ServerDiffs, ServerInfo, ServerVariableDiff } from "./types.js";

interface ServerEntry {
  info: ServerInfo;
  variables: Map<string, { values: string[]; default?: string; pointer: string }>;
}

function servers(document: Json): Map<string, ServerEntry> {
  const out = new Map<string, ServerEntry>();
  const list = Array.isArray(document.servers) ? document.servers : [];
  list.forEach((raw, i) => {
    if (!isObject(raw) || typeof raw.url !== "string" || out.has(raw.url)) return;
    const pointer = childPointer("#/servers", String(i));
    const variables = new Map<string, { values: string[]; default?: string; pointer: string }>();
    const vars = isObject(raw.variables) ? raw.variables : {};
    for (const name of Object.keys(vars)) {
      const v = vars[name];
      if (!isObject(v)) continue;
      const values = Array.isArray(v.enum) ? v.enum.filter((x): x is string => typeof x === "string") : [];
      const dflt = str(v.default);
      variables.set(name, { values, ...(dflt !== undefined ? { default: dflt } : {}), pointer: childPointer(pointer, "variables", name) });
    }
    const description = str(raw.description);
    out.set(raw.url, { info: { url: raw.url, ...(description ? { description } : {}), pointer }, variables });
  });
  return out;
}

export function diffServers(base: Json, revision: Json): ServerDiffs {
  const m = matchByKey(servers(base), servers(revision));
  const out: ServerDiffs = { added: m.added.map((s) => s.info), removed: m.removed.map((s) => s.info), changed: [] };
  for (const [x, y] of m.both) {
    const url = x.info.url;
    for (const name of [...new Set([...x.variables.keys(), ...y.variables.keys()])].sort()) {
      const bv = x.variables.get(name);
      const rv = y.variables.get(name);
      const d: ServerVariableDiff = {
        url,
        variable: name,
        pointer: (rv ?? bv)!.pointer,
        added: (rv?.values ?? []).filter((v) => !(bv?.values ?? []).includes(v)),
        removed: (bv?.values ?? []).filter((v) => !(rv?.values ?? []).includes(v)),
      };
      if (bv?.default !== rv?.default) d.default = { base: bv?.default, revision: rv?.default };
      if (d.added.length + d.removed.length > 0 || d.default) out.changed.push(d);
    }
  }
  return out;
}

const SCHEME_FIELDS = ["type", "in", "name", "scheme", "bearerFormat", "openIdConnectUrl"] as const;

function schemes(document: Json): Record<string, unknown> {
  const components = isObject(document.components) ? document.components : {};
  return isObject(components.securitySchemes) ? components.securitySchemes : {};
}

function describeScheme(s: Json): string {
  return SCHEME_FIELDS.filter((f) => s[f] !== undefined)
    .map((f) => `${f} ${String(s[f])}`)
    .join(", ");
}

export function diffSecuritySchemes(base: Json, revision: Json): DocumentDiff["securitySchemes"] {
  const b = schemes(base);
  const r = schemes(revision);
  const out: DocumentDiff["securitySchemes"] = { added: [], removed: [], changed: [] };
  for (const name of Object.keys(b).sort()) {
    const x = b[name];
    const y = r[name];
    if (!isObject(y)) {
      out.removed.push(name);
      continue;
    }
    if (!isObject(x)) continue;
    const fields = SCHEME_FIELDS.filter((f) => JSON.stringify(x[f]) !== JSON.stringify(y[f]));
    if (fields.length > 0) out.changed.push({ name, fields: [...fields], base: describeScheme(x), revision: describeScheme(y) });
  }
  for (const name of Object.keys(r).sort()) if (!isObject(b[name])) out.added.push(name);
  return out;
}

/** `security` alternatives as sorted `A + B` strings (`{}` — no credentials — is `none`); undefined when absent. */
export function securityAlternatives(security: unknown): string[] | undefined {
  if (!Array.isArray(security)) return undefined;
  return [...new Set(security.filter(isObject).map((req) => Object.keys(req).sort().join(" + ") || "none"))].sort();
}

export function diffAlternatives(base: string[] | undefined, revision: string[] | undefined): { added: string[]; removed: string[] } {
  const b = base ?? [];
  const r = revision ?? [];
  return { added: r.filter((a) => !b.includes(a)), removed: b.filter((a) => !r.includes(a)) };
}

export function versionHeaderOf(document: Json): string | undefined {
  const info = isObject(document.info) ? document.info : {};
  const h = info["x-version-header"];
  return isObject(h) && typeof h.name === "string" && typeof h.value === "string" ? `${h.name}: ${h.value}` : undefined;
}

export function diffVersionHeader(base: Json, revision: Json): Change<string | undefined> | undefined {
  const b = versionHeaderOf(base);
  const r = versionHeaderOf(revision);
  return b === r ? undefined : { base: b, revision: r };
}
