/**
 * Live runs read credentials and targets from environment variables, one table per vendor. Values are
 * handed to the client's auth strategy and never printed: messages name the variables only.
 */
import { authToken, scpSignature, type AuthStrategy } from "@cloudspec/runtime";
import type { LoadedSpec } from "../spec/load.js";

export interface EnvVar {
  name: string;
  required: boolean;
  secret: boolean;
  description: string;
}

export const COMMON_ENV: readonly EnvVar[] = [
  { name: "CONTRACT_BASE_URL", required: false, secret: false, description: "base URL instead of the spec's server (a proxy, a test endpoint)" },
  { name: "CONTRACT_PARAMS", required: false, secret: false, description: 'JSON file of parameter values by name (e.g. {"backup_id": "…"}) for operations with path parameters' },
];

export const LIVE_ENV: Readonly<Record<string, readonly EnvVar[]>> = {
  scp: [
    { name: "SCP_ACCESS_KEY", required: true, secret: true, description: "access key (Scp-AccessKey)" },
    { name: "SCP_SECRET_KEY", required: true, secret: true, description: "secret key: signs every request (Scp-Signature)" },
    { name: "SCP_ACCOUNT_ID", required: false, secret: true, description: "account id (Scp-AccountId, signed)" },
    { name: "SCP_REGION", required: false, secret: false, description: "server variable region (default: the spec's, e.g. kr-west1)" },
    { name: "SCP_ENVIRONMENT", required: false, secret: false, description: "server variable environment (s, g or e; default: the spec's)" },
  ],
  nhn: [
    { name: "NHN_AUTH_TOKEN", required: true, secret: true, description: "Keystone token (X-Auth-Token)" },
    { name: "NHN_TENANT_ID", required: true, secret: false, description: "tenant id (the {tenantId} path parameter)" },
    { name: "NHN_REGION", required: false, secret: false, description: "kr1, kr2 or jp1: which of the spec's regional servers (default: the first)" },
  ],
  huawei: [
    { name: "HUAWEI_AUTH_TOKEN", required: true, secret: true, description: "IAM token (X-Auth-Token)" },
    { name: "HUAWEI_PROJECT_ID", required: true, secret: false, description: "project id (the {project_id} path parameter)" },
    { name: "HUAWEI_ENDPOINT", required: true, secret: false, description: "service endpoint, e.g. https://evs.<region>.myhuaweicloud.com (the spec lists no servers)" },
  ],
};

export type Env = Readonly<Record<string, string | undefined>>;

export type LiveTarget =
  | {
      kind: "ready";
      auth: AuthStrategy;
      baseUrl?: string;
      serverVariables?: Record<string, string>;
      serverIndex?: number;
      /** Parameter values from the environment (tenant/project ids). */
      params: Record<string, string>;
    }
  | { kind: "missing"; vendor: string; missing: string[] }
  | { kind: "unsupported"; vendor: string }
  | { kind: "invalid"; message: string };

/** What a live run of this spec needs from the environment, or which variables are missing. */
export function resolveLiveTarget(spec: LoadedSpec, env: Env, baseUrl?: string): LiveTarget {
  const vars = LIVE_ENV[spec.vendor];
  if (!vars) return { kind: "unsupported", vendor: spec.vendor };
  const override = baseUrl ?? value(env, "CONTRACT_BASE_URL");
  const missing = vars.filter((v) => v.required && !value(env, v.name) && !(v.name === "HUAWEI_ENDPOINT" && override)).map((v) => v.name);
  if (missing.length > 0) return { kind: "missing", vendor: spec.vendor, missing };
  const get = (name: string): string => value(env, name) ?? "";
  switch (spec.vendor) {
    case "scp": {
      const serverVariables: Record<string, string> = {};
      if (value(env, "SCP_REGION")) serverVariables.region = get("SCP_REGION");
      if (value(env, "SCP_ENVIRONMENT")) serverVariables.environment = get("SCP_ENVIRONMENT");
      const accountId = value(env, "SCP_ACCOUNT_ID");
      return {
        kind: "ready",
        auth: scpSignature({ accessKey: get("SCP_ACCESS_KEY"), secretKey: get("SCP_SECRET_KEY"), ...(accountId ? { accountId } : {}) }),
        ...(override ? { baseUrl: override } : { serverVariables }),
        params: {},
      };
    }
    case "nhn": {
      const region = value(env, "NHN_REGION");
      const servers = Array.isArray(spec.document.servers) ? (spec.document.servers as Array<{ url?: string }>) : [];
      const index = region ? servers.findIndex((s) => typeof s.url === "string" && new URL(s.url).hostname.startsWith(`${region}-`)) : 0;
      if (index < 0 && !override) return { kind: "invalid", message: `NHN_REGION does not name a server of ${spec.id} (servers: ${servers.map((s) => s.url).join(", ")})` };
      return {
        kind: "ready",
        auth: authToken(get("NHN_AUTH_TOKEN")),
        ...(override ? { baseUrl: override } : { serverIndex: Math.max(index, 0) }),
        params: { tenantId: get("NHN_TENANT_ID") },
      };
    }
    default:
      return { kind: "ready", auth: authToken(get("HUAWEI_AUTH_TOKEN")), baseUrl: override ?? get("HUAWEI_ENDPOINT"), params: { project_id: get("HUAWEI_PROJECT_ID") } };
  }
}

/** Every secret value present in the environment (to check output never contains one). */
export function secretValues(env: Env): string[] {
  return Object.values(LIVE_ENV)
    .flat()
    .filter((v) => v.secret)
    .flatMap((v) => (value(env, v.name) ? [value(env, v.name)!] : []));
}

function value(env: Env, name: string): string | undefined {
  const v = env[name];
  return v === undefined || v.trim() === "" ? undefined : v;
}
