/**
 * Live mode: without credentials it skips cleanly (exit 0, or 1 with --require-live); with a local fake server on
 * 127.0.0.1 standing in for the vendor it calls read-only operations only, signs each request as the client
 * does (SCP) or sends the token (NHN), and never prints a secret.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeScpSignature } from "@cloudspec/runtime";
import { runContract } from "../cli/contract-command.js";
import type { Io } from "../cli/print.js";
import { SPEC_DIR } from "../harness/paths.js";
import { createResponder, type Responder } from "../mock/responder.js";
import { compileBundled } from "../test-support.js";
import { secretValues } from "./credentials.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

const responders: Record<string, Responder> = {
  backup: createResponder(compileBundled("scp/backup/1.2"), { validOnly: true }),
  nhn: createResponder(compileBundled("nhn/block-storage/v2"), { validOnly: true }),
};
const seen: Seen[] = [];
let use = "backup";
let baseUrl = "";
const fake = createServer((req, res) => {
  seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const answer = responders[use]!.respond({ method: req.method ?? "GET", url: `${baseUrl}${req.url}`, headers: req.headers as Record<string, string>, ...(body ? { body } : {}) });
    res.writeHead(answer.status, answer.headers).end(answer.body);
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => fake.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => fake.close(() => resolve())));

function capture(env: Record<string, string>): { io: Io; text: () => string } {
  const out: string[] = [];
  return { io: { out: (t) => void out.push(t), err: (t) => void out.push(t), env }, text: () => out.join("") };
}

const SCP_ENV = { SCP_ACCESS_KEY: "AK-live-test", SCP_SECRET_KEY: "SK-very-secret-value", SCP_ACCOUNT_ID: "acct-42" };

describe("live mode", () => {
  it("skips cleanly without credentials (exit 0) and fails with --require-live", async () => {
    const skip = capture({});
    expect(await runContract(["scp/backup/1.2"], { live: true, specDir: SPEC_DIR }, skip.io)).toBe(0);
    expect(skip.text()).toContain("live: skipped scp/backup/1.2: credentials missing: set SCP_ACCESS_KEY, SCP_SECRET_KEY");
    const required = capture({ SCP_ACCESS_KEY: "only-half" });
    expect(await runContract(["scp/backup/1.2"], { live: true, requireLive: true, specDir: SPEC_DIR }, required.io)).toBe(1);
    expect(required.text()).toContain("set SCP_SECRET_KEY");
    expect(required.text()).not.toContain("only-half");
  });

  it("SCP: calls read-only operations only, each signed as the client signs", async () => {
    seen.length = 0;
    use = "backup";
    const run = capture(SCP_ENV);
    const code = await runContract(["scp/backup/1.2"], { live: true, baseUrl, specDir: SPEC_DIR }, run.io);
    expect(run.text()).toMatch(/scp\/backup\/1\.2 \(live\): \d+ calls \(\d+ mutating operations not called; --allow-mutating\), 0 failures/);
    expect(code).toBe(0);
    const gets = compileBundled("scp/backup/1.2").operations.filter((e) => e.operation.method === "get").length;
    expect(seen).toHaveLength(gets);
    for (const req of seen) {
      expect(req.method).toBe("GET");
      expect(req.headers["scp-api-version"]).toBe("backup 1.2");
      expect(req.headers["scp-accesskey"]).toBe(SCP_ENV.SCP_ACCESS_KEY);
      expect(req.headers["scp-accountid"]).toBe(SCP_ENV.SCP_ACCOUNT_ID);
      const expected = computeScpSignature({
        method: "GET",
        url: `${baseUrl}${req.url}`,
        timestamp: String(req.headers["scp-timestamp"]),
        accessKey: SCP_ENV.SCP_ACCESS_KEY,
        secretKey: SCP_ENV.SCP_SECRET_KEY,
        accountId: SCP_ENV.SCP_ACCOUNT_ID,
        clientType: String(req.headers["scp-clienttype"]),
      });
      expect(req.headers["scp-signature"]).toBe(expected);
    }
    for (const secret of [...secretValues(SCP_ENV), ...seen.map((s) => String(s.headers["scp-signature"]))]) expect(run.text()).not.toContain(secret);
  });

  it("SCP: --allow-mutating calls the other operations too", async () => {
    seen.length = 0;
    use = "backup";
    const run = capture(SCP_ENV);
    await runContract(["scp/backup/1.2"], { live: true, allowMutating: true, baseUrl, specDir: SPEC_DIR }, run.io);
    expect(new Set(seen.map((s) => s.method))).toEqual(new Set(["GET", "POST", "PUT", "DELETE"]));
  });

  it("NHN: sends the token and the tenant id from the environment", async () => {
    seen.length = 0;
    use = "nhn";
    const env = { NHN_AUTH_TOKEN: "nhn-token-secret", NHN_TENANT_ID: "tenant-9", CONTRACT_BASE_URL: baseUrl };
    const run = capture(env);
    expect(await runContract(["nhn/block-storage/v2"], { live: true, specDir: SPEC_DIR }, run.io)).toBe(0);
    expect(seen.length).toBeGreaterThan(0);
    for (const req of seen) {
      expect(req.method).toBe("GET");
      expect(req.headers["x-auth-token"]).toBe("nhn-token-secret");
      expect(req.url.startsWith("/v2/tenant-9/")).toBe(true);
    }
    expect(run.text()).not.toContain("nhn-token-secret");
  });
});
