/**
 * The mock refuses what the API would refuse, as Prism does, over real sockets on 127.0.0.1 (port 0) with the
 * bundled specs: missing credentials (401), parameters of the wrong type, outside their enum, of the wrong format
 * or missing (422, or the 400 the operation documents), bad bodies and content types; undocumented query
 * parameters are reported, not refused; every refusal is an RFC 7807 problem naming the parameter and its doc line,
 * and a status the operation does not document says so. `lenient` answers all of it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CompiledSpec, OperationEntry } from "../validate/compile.js";
import { compileBundled, credentialHeaders, versionHeader } from "../test-support.js";
import { startMockServer, type RunningMockServer } from "./node-server.js";
import { createResponder } from "./responder.js";
import type { RequestProblem } from "./request-problem.js";

const backup = compileBundled("scp/backup/1.2");
const blockstorage = compileBundled("scp/baremetal-blockstorage/1.3");
const archive = compileBundled("scp/archivestorage/1.1");
const nhn = compileBundled("nhn/block-storage/v2");
const SCP_AUTH = { "Scp-AccessKey": "AK", "Scp-Signature": "c2ln", "Scp-Timestamp": "1700000000000", "Scp-ClientType": "Openapi" };

const servers: Record<string, RunningMockServer> = {};
beforeAll(async () => {
  for (const [name, compiled] of Object.entries({ backup, blockstorage, archive, nhn })) servers[name] = await startMockServer(createResponder(compiled), { port: 0 });
  servers.lenient = await startMockServer(createResponder(backup, { lenient: true }), { port: 0 });
});
afterAll(async () => {
  for (const s of Object.values(servers)) await s.close();
});

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  operation: string;
  documentedStatus: string | null;
  validation: RequestProblem[];
}

const SPECS: Record<string, CompiledSpec> = { backup, blockstorage, archive, nhn, lenient: backup };

/** A request as a generated client sends it: with the spec's version header (the checks below are about the rest). */
async function call(server: string, path: string, init: RequestInit = {}): Promise<{ res: Response; problem?: Problem }> {
  const headers = { ...versionHeader(SPECS[server]!), ...(init.headers as Record<string, string> | undefined) };
  const res = await fetch(`${servers[server]!.url}${path}`, { ...init, headers });
  const problem = res.headers.get("content-type") === "application/problem+json" ? ((await res.json()) as Problem) : undefined;
  return { res, ...(problem ? { problem } : {}) };
}

/** `page:line` of a parameter, read from the spec (what the problem must name). */
function docLineOf(entry: OperationEntry, name: string): string {
  const p = entry.operation.parameters.find((x) => x.name === name)!;
  return `${p.source!.page}:${p.source!.line}`;
}

describe("security: the documented credentials must be present", () => {
  it("refuses a call without the four SCP headers with the 401 the operation documents, naming each", async () => {
    const { res, problem } = await call("backup", "/v1/backups");
    expect(res.status).toBe(401);
    expect(res.headers.get("x-cloudspec-undocumented-status")).toBeNull();
    expect(res.headers.get("x-mock-error")).toBe("unauthorized");
    expect(res.headers.get("www-authenticate")).toBe('ApiKey realm="scp/backup/1.2", names="Scp-AccessKey Scp-Signature Scp-Timestamp Scp-ClientType"');
    const entry = backup.byId.get("listBackups")!;
    expect(problem).toMatchObject({ type: "urn:cloudspec:mock:unauthorized", status: 401, operation: "listBackups", documentedStatus: "401" });
    expect(problem!.validation.map((v) => v.location)).toEqual([
      ["header", "Scp-AccessKey"],
      ["header", "Scp-Signature"],
      ["header", "Scp-Timestamp"],
      ["header", "Scp-ClientType"],
    ]);
    for (const v of problem!.validation) {
      expect(v).toMatchObject({ code: "security", severity: "error", documentedAt: `${entry.operation.source!.page}:${entry.operation.source!.line}` });
      expect(v.pointer).toMatch(/^#\/components\/securitySchemes\/Scp/);
    }
  });

  it("names only what is missing, and answers once every header is there", async () => {
    const { "Scp-Signature": _signature, ...three } = SCP_AUTH;
    const partial = await call("backup", "/v1/backups", { headers: three });
    expect(partial.res.status).toBe(401);
    expect(partial.problem!.validation.map((v) => v.location[1])).toEqual(["Scp-Signature"]);
    expect((await call("backup", "/v1/backups", { headers: SCP_AUTH })).res.status).toBe(200);
  });

  it("NHN: X-Auth-Token, from the spec's scheme; no 401 documented, so Prism's 401 is flagged", async () => {
    const { res, problem } = await call("nhn", "/v2/t1/volumes");
    expect(res.status).toBe(401);
    expect(res.headers.get("x-cloudspec-undocumented-status")).toBe("true");
    expect(res.headers.get("x-cloudspec-undocumented-reason")).toContain("listBlockStorage documents no 401 response");
    expect(problem!.validation).toMatchObject([{ location: ["header", "X-Auth-Token"], code: "security" }]);
    expect((await call("nhn", "/v2/t1/volumes", { headers: { "X-Auth-Token": "tok" } })).res.status).toBe(200);
  });
});

describe("parameters: coerced from text, then validated against the spec", () => {
  it("size=notanumber: 422 (listBackups documents no 400/422: flagged), naming the parameter and its doc line", async () => {
    const { res, problem } = await call("backup", "/v1/backups?size=notanumber", { headers: SCP_AUTH });
    expect(res.status).toBe(422);
    expect(res.headers.get("x-cloudspec-undocumented-status")).toBe("true");
    expect(res.headers.get("x-cloudspec-undocumented-reason")).toContain("listBackups documents no 422 or 400 response");
    expect(problem).toMatchObject({ type: "urn:cloudspec:mock:invalid-request", status: 422, documentedStatus: null });
    expect(problem!.validation).toEqual([
      {
        location: ["query", "size"],
        code: "type",
        severity: "error",
        message: 'query parameter size: must be integer or null, got string "notanumber"',
        documentedAt: docLineOf(backup.byId.get("listBackups")!, "size"),
        pointer: backup.byId.get("listBackups")!.operation.parameters.find((p) => p.name === "size")!.pointer,
      },
    ]);
    expect(JSON.parse(res.headers.get("x-cloudspec-violations")!)).toEqual(problem!.validation);
  });

  it("uses the 400 an operation documents (baremetal-blockstorage), without the undocumented flag", async () => {
    const { res, problem } = await call("blockstorage", "/v1/volumes?limit=abc", { headers: SCP_AUTH });
    expect(res.status).toBe(400);
    expect(res.headers.get("x-cloudspec-undocumented-status")).toBeNull();
    expect(problem).toMatchObject({
      status: 400,
      documentedStatus: "400",
      validation: [{ location: ["query", "limit"], code: "type", documentedAt: docLineOf(blockstorage.byId.get("listVolumes")!, "limit") }],
    });
  });

  it("accepts values that coerce: size=20, and an empty value for a nullable parameter", async () => {
    expect((await call("backup", "/v1/backups?size=20&page=0", { headers: SCP_AUTH })).res.status).toBe(200);
    expect((await call("backup", "/v1/backups?size=", { headers: SCP_AUTH })).res.status).toBe(200);
    expect((await call("blockstorage", "/v1/volumes?limit=1.5", { headers: SCP_AUTH })).res.status).toBe(400); // not an integer
  });

  it("enum: server_category=BOGUS → 422 listing the allowed values", async () => {
    const { res, problem } = await call("backup", "/v1/backups/backup-targets?server_category=BOGUS&policy_type=VM_IMAGE", { headers: SCP_AUTH });
    expect(res.status).toBe(422);
    expect(problem!.validation).toMatchObject([
      {
        location: ["query", "server_category"],
        code: "enum",
        message: 'query parameter server_category: must be one of "VIRTUAL_SERVER", "GPU_SERVER", "BAREMETAL_SERVER", got "BOGUS"',
        documentedAt: docLineOf(backup.byId.get("listBackupTargets")!, "server_category"),
      },
    ]);
    expect((await call("backup", "/v1/backups/backup-targets?server_category=GPU_SERVER&policy_type=VM_IMAGE", { headers: SCP_AUTH })).res.status).toBe(200);
  });

  it("a missing required query parameter, with every problem of the request at once", async () => {
    const { res, problem } = await call("backup", "/v1/backups/backup-targets?policy_type=NOPE", { headers: SCP_AUTH });
    expect(res.status).toBe(422);
    const entry = backup.byId.get("listBackupTargets")!;
    expect(problem!.validation).toMatchObject([
      { location: ["query", "server_category"], code: "required", message: "required query parameter server_category is missing", documentedAt: docLineOf(entry, "server_category") },
      { location: ["query", "policy_type"], code: "enum" },
    ]);
  });

  it("formats: a date-time query parameter and a uuid path parameter", async () => {
    const bad = await call("archive", "/v1/archiving-histories?bucket_id=b&start_at_from=yesterday&start_at_to=2025-04-02T00:00:00%2B09:00", { headers: SCP_AUTH });
    expect(bad.res.status).toBe(400);
    expect(bad.problem!.validation).toMatchObject([{ location: ["query", "start_at_from"], code: "format", message: 'query parameter start_at_from: must match format "date-time", got "yesterday"' }]);
    const good = await call("archive", "/v1/archiving-histories?bucket_id=b&start_at_from=2025-04-01T00:00:00%2B09:00&start_at_to=2025-04-02T00:00:00%2B09:00", { headers: SCP_AUTH });
    expect(good.res.status).toBe(200);
    const path = await call("nhn", "/v2/t1/snapshots/not-a-uuid", { headers: { "X-Auth-Token": "tok" } });
    expect(path.res.status).toBe(422);
    expect(path.problem!.validation).toMatchObject([{ location: ["path", "snapshotId"], code: "format", documentedAt: docLineOf(nhn.byId.get("viewSnapshot")!, "snapshotId") }]);
  });

  it("reports an undocumented query parameter (x-cloudspec-violations) and still answers", async () => {
    const { res } = await call("backup", "/v1/backups?foo=1", { headers: SCP_AUTH });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.headers.get("x-cloudspec-violations")!)).toMatchObject([
      {
        location: ["query", "foo"],
        code: "unknown-parameter",
        severity: "warning",
        message: "query parameter foo is not documented for listBackups (documented: size, page, sort, name, server_name)",
      },
    ]);
    expect((await call("backup", "/v1/backups?size=2", { headers: SCP_AUTH })).res.headers.get("x-cloudspec-violations")).toBeNull();
  });
});

describe("bodies", () => {
  const post = (body: string, contentType = "application/json"): Promise<{ res: Response; problem?: Problem }> =>
    call("backup", "/v1/backup-agents", { method: "POST", headers: { ...SCP_AUTH, "content-type": contentType }, body });

  it("a body missing a required property, a property of the wrong type, and one that is not JSON", async () => {
    const missing = await post(JSON.stringify({ subnet_id: "s" }));
    expect(missing.res.status).toBe(422);
    expect(missing.problem!.validation).toMatchObject([{ location: ["body", "server_uuid"], code: "required" }]);
    expect(missing.problem!.validation[0]!.documentedAt).toMatch(/^scraper\/pages\/scp-storage-print\.txt:\d+$/);
    const wrongType = await post(JSON.stringify({ server_uuid: 5 }));
    expect(wrongType.problem!.validation).toMatchObject([{ location: ["body", "server_uuid"], code: "type" }]);
    const notJson = await post("{");
    expect(notJson.problem!.validation).toMatchObject([{ location: ["body"], code: "parse" }]);
    expect((await post(JSON.stringify({ server_uuid: "89f5ef44-1021-4a5c-8e06-fbb289eac366" }))).res.status).toBe(200);
  });

  it("an undocumented content type is 415 (Prism's; createBackupAgent documents none of 415/422/400: flagged)", async () => {
    const { res, problem } = await post("x", "text/plain");
    expect(res.status).toBe(415);
    expect(res.headers.get("x-cloudspec-undocumented-status")).toBe("true");
    expect(problem).toMatchObject({ type: "urn:cloudspec:mock:unsupported-media-type", validation: [{ location: ["header", "Content-Type"], code: "content-type" }] });
  });

  it("a missing required body", async () => {
    const entry = backup.operations.find((e) => e.request?.required)!;
    const path = entry.operation.path.replace(/\{[^}]+\}/g, "x");
    const { res, problem } = await call("backup", path, { method: entry.operation.method.toUpperCase(), headers: SCP_AUTH });
    expect(res.status).toBe(422);
    expect(problem!.validation).toMatchObject([{ location: ["body"], code: "required", message: "the request body is required" }]);
  });
});

describe("--lenient", () => {
  it("answers what the strict mock refuses", async () => {
    expect((await call("lenient", "/v1/backups?size=notanumber")).res.status).toBe(200);
    expect((await call("lenient", "/v1/backups/backup-targets?server_category=BOGUS")).res.status).toBe(200);
    const body = await call("lenient", "/v1/backup-agents", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(body.res.status).toBe(200);
    expect(body.res.headers.get("x-cloudspec-violations")).toBeNull();
  });
});

describe("credential headers for tests come from the spec", () => {
  it("SCP's four signed headers and NHN's token", () => {
    expect(Object.keys(credentialHeaders(backup))).toEqual(["scp-accesskey", "scp-signature", "scp-timestamp", "scp-clienttype"]);
    expect(Object.keys(credentialHeaders(nhn))).toEqual(["x-auth-token"]);
  });
});
