/**
 * Credentials for calling a spec's mock through the generated client. The mock refuses a request without the
 * credentials the spec's security requirements name (as the vendor would), so mock runs authenticate like a user:
 * the runtime's own strategies (`scpSignature`, `authToken`) with placeholder keys, the first whose headers satisfy
 * every operation's requirements — read from the spec, never picked by vendor. A spec whose schemes no runtime
 * strategy produces gets one that sends a placeholder for each credential it names.
 */
import { authToken, scpSignature, type AuthStrategy } from "@cloudspec/runtime";
import type { Diagnostic } from "../../core/diagnostics.js";
import { checkSecurity, placeholderValue, readSecurity, type Credential, type SecurityRequirements } from "../mock/security.js";
import type { CompiledSpec } from "../validate/compile.js";
import { LOOPBACK_BASE_URL } from "./paths.js";

/** Placeholders only: the mock checks presence, never the value. */
const CANDIDATES: ReadonlyArray<() => AuthStrategy> = [() => scpSignature({ accessKey: "mock-access-key", secretKey: "mock-secret-key" }), () => authToken("mock-token")];

export async function mockAuth(compiled: CompiledSpec): Promise<AuthStrategy | undefined> {
  const ignored: Diagnostic[] = [];
  const requirements = compiled.operations.map((e) => readSecurity(compiled.spec.document, e.operation, ignored, compiled.spec.path));
  if (requirements.every((r) => r.length === 0 || r.some((alternative) => alternative.length === 0))) return undefined;
  for (const make of CANDIDATES) {
    const strategy = make();
    const request = await strategy.authorize(new Request(`${LOOPBACK_BASE_URL}/`));
    if (requirements.every((r) => satisfied(r, request))) return strategy;
  }
  return placeholderAuth(requirements);
}

function satisfied(requirements: SecurityRequirements, request: Request): boolean {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => (headers[name] = value));
  return checkSecurity(requirements, { headers, query: new URL(request.url).searchParams, cookies: new Map() }, undefined).length === 0;
}

/** Sends a placeholder for every credential of each operation's first alternative. */
function placeholderAuth(requirements: readonly SecurityRequirements[]): AuthStrategy {
  const credentials = new Map<string, Credential>();
  for (const r of requirements) for (const c of r[0] ?? []) credentials.set(`${c.in} ${c.name}`, c);
  return {
    name: "mock-placeholder",
    authorize(request) {
      const url = new URL(request.url);
      const cookies: string[] = [];
      for (const c of credentials.values()) {
        const value = placeholderValue(c);
        if (c.in === "header") request.headers.set(c.name, value);
        else if (c.in === "query") url.searchParams.set(c.name, value);
        else cookies.push(`${c.name}=${value}`);
      }
      if (cookies.length > 0) request.headers.set("cookie", cookies.join("; "));
      return url.href === request.url ? request : new Request(url, request);
    },
  };
}
