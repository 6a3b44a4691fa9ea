/**
 * The generated clients as a user sees them: compile-time checks (run by `tsc --noEmit` in CI through
 * the `@ts-expect-error` lines) and calls against a local mock server on 127.0.0.1 — the README example.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { BackupV1_0Client, createBackupClient } from "../generated/scp/backup/index.js";
import { createBlockStorageClient } from "../generated/nhn/block-storage/index.js";
import { ApiError, authToken, scpSignature } from "@cloudspec/runtime";

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}
const seen: Seen[] = [];
let baseUrl = "";
const server = createServer((req, res) => {
  seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
  if (req.url?.startsWith("/v1/backups/missing")) {
    res.writeHead(404, { "content-type": "application/json", "x-request-id": "req-404" }).end(JSON.stringify({ message: "no such backup" }));
    return;
  }
  if (req.url?.startsWith("/v1/backups")) {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ contents: [{ id: "b-1", name: "backup-001" }], count: 1 }));
    return;
  }
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ volumes: [] }));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("generated clients", () => {
  it("README example: list backups with a signed, versioned call", async () => {
    const backup = createBackupClient({
      version: "1.2",
      baseUrl, // omit to use https://backup.{region}.{environment}.samsungsdscloud.com
      auth: scpSignature({ accessKey: "AK", secretKey: "SK", now: () => 1_700_000_000_000 }),
    });
    const { contents, count } = await backup.listBackups({ query: { size: 20, name: "backup-001" } });
    expect(count).toBe(1);
    expect(contents?.[0]?.name).toBe("backup-001");

    const req = seen.at(-1)!;
    expect(req.method).toBe("GET");
    expect(req.url).toBe("/v1/backups?size=20&name=backup-001");
    expect(req.headers["scp-api-version"]).toBe("backup 1.2");
    const message = `GET${baseUrl}${req.url}1700000000000AKOpenapi`;
    expect(req.headers["scp-signature"]).toBe(createHmac("sha256", "SK").update(message).digest("base64"));
  });

  it("maps a documented error status to ApiError", async () => {
    const backup = createBackupClient({ version: "1.2", baseUrl, auth: scpSignature({ accessKey: "AK", secretKey: "SK" }) });
    const error = await backup.showBackup({ path: { backup_id: "missing" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, operationId: "showBackup", requestId: "req-404", body: { message: "no such backup" } });
  });

  it("NHN clients send the token and pick a regional server", async () => {
    const nhn = createBlockStorageClient({ version: "v2", baseUrl, auth: authToken(async () => "tok") });
    await nhn.listBlockStorage({ path: { tenantId: "t1" } });
    expect(seen.at(-1)!.headers["x-auth-token"]).toBe("tok");
    expect(seen.at(-1)!.url).toBe("/v2/t1/volumes");
  });

  it("types: results, versions, parameters (each @ts-expect-error must be an error for tsc)", () => {
    const backup = createBackupClient({ version: "1.2", serverVariables: { region: "kr-west1", environment: "e" } });
    expectTypeOf(backup.listBackups).returns.resolves.toHaveProperty("contents");
    expectTypeOf(createBackupClient({ version: "1.0" })).toEqualTypeOf<BackupV1_0Client>();

    // @ts-expect-error an unknown version does not compile
    expect(() => createBackupClient({ version: "9.9" })).toThrow(/unknown backup API version 9\.9/);
    // @ts-expect-error a region that the environment/region list does not name (also refused at run time)
    expect(() => createBackupClient({ version: "1.2", serverVariables: { region: "us-east-1" } })).toThrow(/must be one of/);
    const typeOnly = (): void => {
      // @ts-expect-error a wrong parameter name
      void backup.showBackup({ path: { backupId: "x" } });
      // @ts-expect-error a wrong parameter type
      void backup.listBackups({ query: { size: "20" } });
      // @ts-expect-error a missing required path parameter
      void backup.showBackup({});
      // @ts-expect-error a required body left out
      void backup.createBackup({});
    };
    expect(typeof typeOnly).toBe("function");
  });
});
