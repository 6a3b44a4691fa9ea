/**
 * What the emitters need from one OpenAPI document, read once into a small typed summary (the
 * generator's intermediate representation).
 */
import { HTTP_METHODS } from "../core/http-methods.js";
import { pointerOf } from "../core/json-pointer.js";
import { describeRefusal, refusedName } from "../core/safe-name.js";

export interface OperationSummary {
  method: string;
  path: string;
  operationId: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  status?: string;
  notBefore?: string;
  source?: { page: string; line: number; url?: string };
  /** True when a call needs an argument (a required parameter or a required body). */
  requiresInput: boolean;
  successStatuses: string[];
  errorStatuses: string[];
}

export interface SpecSummary {
  vendor: string;
  service: string;
  version: string;
  title: string;
  status?: string;
  notBefore?: string;
  servers: Array<{ url: string; description?: string; variables?: Record<string, { default: string; enum?: string[] }> }>;
  versionHeader?: { name: string; value: string };
  operations: OperationSummary[];
}

const METHODS = HTTP_METHODS;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** "Backup API" → "backup-api". */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function summariseSpec(document: Obj, specPath: string): SpecSummary {
  const info = obj(document.info);
  const pages = Array.isArray(info["x-pages"]) ? (info["x-pages"] as Obj[]) : [];
  // Specs cloudspec did not write (a vendor's own OpenAPI document) have no x-vendor/x-service-id: the folder
  // is then openapi/<slug of the title, else of the file name>/<info.version>.
  const vendor = str(info["x-vendor"]) ?? "openapi";
  const service =
    str(info["x-service-id"]) ??
    (slug(str(info.title) ?? "") ||
      slug(
        specPath
          .replace(/^.*\//, "")
          .replace(/\.(ya?ml|json)$/i, "")
          .replace(/\.openapi$/i, ""),
      ));
  const version = str(info.version);
  if (!service || !version) throw new Error(`${specPath}: info.version (and a title or x-service-id naming the service) is required to generate a client`);
  for (const [pointer, value] of [
    ["#/info/x-vendor", vendor],
    ["#/info/x-service-id", service],
    ["#/info/version", version],
  ] as const) {
    const reason = refusedName(value, "path-segment");
    if (reason !== undefined) throw new Error(`${specPath}${pointer}: ${describeRefusal("the value", value, reason)} (it names the generated folder)`);
  }
  const operations: OperationSummary[] = [];
  const paths = obj(document.paths);
  for (const path of Object.keys(paths)) {
    const item = obj(paths[path]);
    const shared = Array.isArray(item.parameters) ? (item.parameters as Obj[]) : [];
    for (const method of METHODS) {
      if (!(method in item)) continue;
      const op = obj(item[method]);
      const operationId = str(op.operationId);
      if (!operationId) throw new Error(`${specPath}${pointerOf(["paths", path, method])}: operationId is missing`);
      const params = [...shared, ...(Array.isArray(op.parameters) ? (op.parameters as Obj[]) : [])];
      const responses = Object.keys(obj(op.responses));
      const src = obj(op["x-source"]);
      const page = str(src.page);
      const url = page ? str(pages.find((p) => obj(p).page === page)?.url) : undefined;
      operations.push({
        method,
        path,
        operationId,
        ...(str(op.summary) ? { summary: str(op.summary) } : {}),
        ...(str(op.description) ? { description: str(op.description) } : {}),
        deprecated: op.deprecated === true,
        ...(str(op["x-api-status"]) ? { status: str(op["x-api-status"]) } : {}),
        ...(str(op["x-not-before"]) ? { notBefore: str(op["x-not-before"]) } : {}),
        ...(page && typeof src.line === "number" ? { source: { page, line: src.line, ...(url ? { url } : {}) } } : {}),
        // The version header parameter is the client's to send (x-cloudspec-version-header), never the caller's.
        requiresInput: params.some((p) => p.required === true && p.in !== "cookie" && p["x-cloudspec-version-header"] !== true) || obj(op.requestBody).required === true,
        successStatuses: responses.filter((c) => /^2/.test(c)),
        errorStatuses: responses.filter((c) => /^[45]/.test(c)),
      });
    }
  }
  const servers = (Array.isArray(document.servers) ? (document.servers as Obj[]) : []).map((s) => {
    const variables = obj(s.variables);
    return {
      url: str(s.url) ?? "",
      ...(str(s.description) ? { description: str(s.description) } : {}),
      ...(Object.keys(variables).length > 0
        ? {
            variables: Object.fromEntries(
              Object.entries(variables).map(([k, v]) => [k, { default: String(obj(v).default ?? ""), ...(Array.isArray(obj(v).enum) ? { enum: (obj(v).enum as unknown[]).map(String) } : {}) }]),
            ),
          }
        : {}),
    };
  });
  const vh = obj(info["x-version-header"]);
  return {
    vendor,
    service,
    version,
    title: str(info.title) ?? service,
    ...(str(info["x-api-status"]) ? { status: str(info["x-api-status"]) } : {}),
    ...(str(info["x-not-before"]) ? { notBefore: str(info["x-not-before"]) } : {}),
    servers,
    ...(str(vh.name) && str(vh.value) ? { versionHeader: { name: str(vh.name)!, value: str(vh.value)! } } : {}),
    operations,
  };
}
