/**
 * What credentials an operation requires, read from the spec (OpenAPI 3.1 §4.8.10 `security`, §4.8.27 Security
 * Scheme Object): the operation's `security`, else the document's. Alternatives are ORed, the schemes inside
 * one requirement ANDed, `{}` makes authentication optional. The mock checks presence, as Prism does: it cannot
 * know the secret that signs a request, so a signature or token is never verified.
 */
import type { Diagnostic } from "../../core/diagnostics.js";
import type { OperationInfo } from "../spec/operations.js";
import { childPointer, valueAt } from "../../core/json-pointer.js";
import type { RequestProblem } from "./request-problem.js";

type Obj = Record<string, unknown>;

/** One credential a scheme asks for, where it travels and under which name. */
export interface Credential {
  scheme: string;
  /** `#/components/securitySchemes/<scheme>`. */
  pointer: string;
  in: "header" | "query" | "cookie";
  /** Header, query parameter or cookie name (`Scp-AccessKey`, `X-Auth-Token`; `Authorization` for http schemes). */
  name: string;
  /** For `Authorization`: the scheme word the value starts with (`Bearer`, `Basic`). */
  prefix?: string;
}

/** Alternatives; each is the list of credentials that must all be present. An empty alternative: none needed. */
export type SecurityRequirements = Credential[][];

const obj = (v: unknown): Obj => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});

export function readSecurity(document: Obj, operation: OperationInfo, diagnostics: Diagnostic[], specPath: string): SecurityRequirements {
  const own = obj(valueAt(document, operation.pointer)).security;
  const requirements = Array.isArray(own) ? own : Array.isArray(document.security) ? document.security : [];
  const schemes = obj(obj(document.components).securitySchemes);
  return requirements.map((requirement) =>
    Object.keys(obj(requirement)).flatMap((name): Credential[] => {
      const pointer = childPointer("#/components/securitySchemes", name);
      const credential = credentialOf(name, pointer, obj(schemes[name]));
      if (typeof credential === "string") {
        diagnostics.push({
          ruleId: "mock-security-scheme",
          severity: "warning",
          message: `${operation.operationId}: security scheme "${name}" ${credential}; the mock does not check it`,
          at: { pointer, document: specPath },
        });
        return [];
      }
      return [credential];
    }),
  );
}

/** A credential, or why the scheme cannot be checked. */
function credentialOf(scheme: string, pointer: string, s: Obj): Credential | string {
  if (Object.keys(s).length === 0) return "is not defined under components.securitySchemes";
  switch (s.type) {
    case "apiKey":
      if ((s.in === "header" || s.in === "query" || s.in === "cookie") && typeof s.name === "string" && s.name !== "") return { scheme, pointer, in: s.in, name: s.name };
      return "has no usable `in`/`name`";
    case "http": {
      const word = typeof s.scheme === "string" ? s.scheme : "";
      if (word === "") return "has no `scheme`";
      return { scheme, pointer, in: "header", name: "Authorization", prefix: word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() };
    }
    case "oauth2":
    case "openIdConnect":
      return { scheme, pointer, in: "header", name: "Authorization", prefix: "Bearer" };
    default:
      return `has type ${JSON.stringify(s.type)}, which the mock cannot check`;
  }
}

export interface PresentedCredentials {
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  query: URLSearchParams;
  cookies: Map<string, string>;
}

/** Nothing when some alternative is fully present; else one problem per credential missing from the closest alternative. */
export function checkSecurity(requirements: SecurityRequirements, presented: PresentedCredentials, documentedAt: string | undefined): RequestProblem[] {
  if (requirements.length === 0) return [];
  let best: Credential[] | undefined;
  for (const alternative of requirements) {
    const missing = alternative.filter((c) => !isPresent(c, presented));
    if (missing.length === 0) return [];
    if (!best || missing.length < best.length) best = missing;
  }
  const alternatives = requirements.map((a) => a.map((c) => c.name).join(" + ")).join(" or ");
  return (best ?? []).map((c) => ({
    location: [c.in, c.name],
    code: "security",
    severity: "error",
    message: `${c.in} ${c.name}${c.prefix ? ` (${c.prefix} …)` : ""} is missing (security scheme ${c.scheme}; the operation requires ${alternatives})`,
    pointer: c.pointer,
    ...(documentedAt ? { documentedAt } : {}),
  }));
}

function isPresent(c: Credential, presented: PresentedCredentials): boolean {
  const value = c.in === "header" ? presented.headers[c.name.toLowerCase()] : c.in === "query" ? (presented.query.get(c.name) ?? undefined) : presented.cookies.get(c.name);
  if (value === undefined || value.trim() === "") return false;
  if (!c.prefix) return true;
  const [word, rest] = value.trim().split(/\s+/, 2);
  return word?.toLowerCase() === c.prefix.toLowerCase() && rest !== undefined && rest !== "";
}

/** A `WWW-Authenticate` value for a 401 (RFC 9110 §11.6.1): the first alternative's scheme and credential names. */
export function challenge(requirements: SecurityRequirements, realm: string): string {
  const first = requirements.find((a) => a.length > 0) ?? [];
  const http = first.find((c) => c.prefix);
  if (http?.prefix) return `${http.prefix} realm="${realm}"`;
  return `ApiKey realm="${realm}", names="${first.map((c) => c.name).join(" ")}"`;
}

/** A stand-in value for a credential (the mock checks presence only): `Bearer mock-<scheme>`, `mock-<scheme>`. */
export function placeholderValue(c: Credential): string {
  return c.prefix ? `${c.prefix} mock-${c.scheme}` : `mock-${c.scheme}`;
}

/** Lower-case header names → placeholders, for the header credentials of the first alternative that names any. */
export function placeholderHeaders(requirements: SecurityRequirements): Record<string, string> {
  const first = requirements.find((a) => a.length > 0) ?? [];
  return Object.fromEntries(first.filter((c) => c.in === "header").map((c) => [c.name.toLowerCase(), placeholderValue(c)]));
}
