/**
 * The standalone mock on 127.0.0.1 (port 0, started here): page examples per operation and status, a
 * synthesised valid body where the page has none, request checks, and a helpful 404/405. Requests carry the
 * credentials the spec requires (request-checks.test.ts covers the refusals).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientHeaders, compileBundled, credentialHeaders } from "../test-support.js";
import { checkExchange } from "../validate/check-exchange.js";
import { startMockServer, type RunningMockServer } from "./node-server.js";
import { createResponder } from "./responder.js";

const backup = compileBundled("scp/backup/1.2");
const responder = createResponder(backup);
const auth = clientHeaders(backup);
let server: RunningMockServer;

beforeAll(async () => {
  server = await startMockServer(responder, { port: 0 });
});
afterAll(() => server.close());

const exampleOf = (operationId: string, status = "200"): unknown => backup.byId.get(operationId)!.responses.get(status)!.media[0]!.media.example!.value;

describe("mock server", () => {
  it("listens on 127.0.0.1 by default", () => {
    expect(server.host).toBe("127.0.0.1");
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it("answers with the page's example", async () => {
    const res = await fetch(`${server.url}/v1/backups?size=20`, { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("x-mock-origin")).toBe("example");
    expect(await res.json()).toEqual(exampleOf("listBackups"));
  });

  it("serves the example as the page shows it, even when it breaks its own schema (a listed doc bug)", async () => {
    const res = await fetch(`${server.url}/v1/backup-agents`, { headers: auth });
    const body = (await res.json()) as { contents: Array<{ backup_policy_count: unknown }> };
    expect(body.contents[0]!.backup_policy_count).toBe("3");
  });

  it("answers a documented error status on request (Prefer: code=404)", async () => {
    const res = await fetch(`${server.url}/v1/backups/b-1`, { headers: { ...auth, prefer: "code=404" } });
    expect(res.status).toBe(404);
    expect(res.headers.get("x-mock-error")).toBeNull();
    // As Prism: a status the operation does not document is a 404 problem, flagged as the mock's own answer.
    const undocumented = await fetch(`${server.url}/v1/backups/b-1`, { headers: { ...auth, prefer: "code=418" } });
    expect(undocumented.status).toBe(404);
    expect(undocumented.headers.get("content-type")).toBe("application/problem+json");
    expect(undocumented.headers.get("x-mock-error")).toBe("undocumented-status");
    expect(await undocumented.json()).toMatchObject({ error: "undocumented-status", status: 404, documented: ["200", "401", "403", "404"] });
  });

  it("answers an undocumented path with 404 and the documented operations", async () => {
    const res = await fetch(`${server.url}/v1/nothing-here`, { headers: auth });
    expect(res.status).toBe(404);
    expect(res.headers.get("x-cloudspec-undocumented-status")).toBe("true");
    const body = (await res.json()) as { error: string; detail: string; operations: string[] };
    expect(body.error).toBe("not-found");
    expect(body.detail).toContain("GET /v1/nothing-here");
    expect(body.operations).toContain("GET /v1/backups/{backup_id}");
    expect(body.operations).toHaveLength(backup.operations.length);
  });

  it("answers an undocumented method with 405 and Allow", async () => {
    const res = await fetch(`${server.url}/v1/backups`, { method: "PATCH", headers: auth });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, POST");
  });

  it("checks the request body against the documented schema", async () => {
    const res = await fetch(`${server.url}/v1/backup-agents`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ subnet_id: "s" }) });
    expect(res.status).toBe(422); // createBackupAgent documents no 400 or 422: Prism's status, flagged
    expect(res.headers.get("x-cloudspec-undocumented-status")).toBe("true");
    expect(await res.json()).toMatchObject({
      error: "invalid-request",
      validation: [{ location: ["body", "server_uuid"], code: "required", message: "body/server_uuid: required property is missing" }],
    });
    const ok = await fetch(`${server.url}/v1/backup-agents`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ server_uuid: "89f5ef44-1021-4a5c-8e06-fbb289eac366" }),
    });
    expect(ok.status).toBe(200);
  });
});

describe("responder", () => {
  it("synthesises a schema-valid body where the page gives no example", () => {
    const c = backup; // createBackupAgent and deleteBackupAgent document a 202 body without an example
    const r = createResponder(c);
    const withoutExample = c.operations.flatMap((e) =>
      [...e.responses.values()].flatMap((resp) => resp.media.filter((m) => !m.media.example && !m.media.docExample).map((m) => ({ e, key: resp.response.key, m }))),
    );
    expect(withoutExample.map(({ e, key }) => `${e.operation.operationId} ${key}`)).toEqual(["createBackupAgent 202", "deleteBackupAgent 202"]);
    for (const { e, key } of withoutExample) {
      const request = {
        method: e.operation.method,
        url: `http://127.0.0.1${e.operation.path.replace(/\{[^}]+\}/g, "x")}`,
        headers: { ...auth, prefer: `code=${key}`, "content-type": "application/json" },
      };
      const answer = r.respondTo(e, { ...request, ...(e.request ? { body: JSON.stringify({ server_uuid: "89f5ef44-1021-4a5c-8e06-fbb289eac366" }) } : {}) });
      expect(answer.headers["x-mock-origin"]).toBe("synthesized");
      const check = checkExchange(c, {
        request: { method: e.operation.method, url: e.operation.path.replace(/\{[^}]+\}/g, "x") },
        response: { status: answer.status, headers: answer.headers, ...(answer.body !== undefined ? { body: answer.body } : {}) },
      });
      expect(check.diagnostics).toEqual([]);
    }
  });

  it("replaces an example that breaks its schema with a valid body when asked (validOnly)", () => {
    const r = createResponder(backup, { validOnly: true });
    const answer = r.respond({ method: "GET", url: "http://127.0.0.1/v1/backup-agents", headers: auth });
    expect(answer.headers["x-mock-origin"]).toBe("synthesized");
    expect(checkExchange(backup, { request: { method: "GET", url: "/v1/backup-agents" }, response: { status: answer.status, headers: answer.headers, body: answer.body! } }).diagnostics).toEqual([]);
  });

  it("answers 204 without a body for a 2XX range that documents none (NHN)", () => {
    const nhn = compileBundled("nhn/block-storage/v2");
    const answer = createResponder(nhn).respond({ method: "DELETE", url: "http://127.0.0.1/v2/t1/snapshots/f63af601-43cd-41ab-8905-e1e93995f366", headers: credentialHeaders(nhn) });
    expect(answer).toMatchObject({ status: 204 });
    expect(answer.body).toBeUndefined();
  });
});
