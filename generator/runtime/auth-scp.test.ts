import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createApiClient, scpSignature } from "./index.js";
import { BASE, descriptor, json, recordingFetch, recordingSleep } from "./test-support.js";

const keys = { accessKey: "AK0123456789", secretKey: "SK-very-secret-9876", accountId: "acct-42" };
const NOW = 1_700_000_000_123;

/** The algorithm, written out independently of auth-scp.ts. */
function expectedSignature(method: string, url: string, timestamp: string, accountId: string, clientType: string) {
  return createHmac("sha256", keys.secretKey).update(`${method}${url}${timestamp}${keys.accessKey}${accountId}${clientType}`).digest("base64");
}

describe("scpSignature", () => {
  it("signs METHOD + the URL as sent (query included) + timestamp + access key + account id + client type", async () => {
    const { fetch, requests } = recordingFetch(json(200, { ok: true }));
    const api = createApiClient(descriptor, { fetch, auth: scpSignature({ ...keys, now: () => NOW }) });
    await api.request("get", "/v1/backups", "listBackups", { query: { size: 20, state: ["ACTIVE", "ERROR"], name: "a b&c" } });

    const request = requests[0]!;
    const url = `${BASE}/v1/backups?size=20&state=ACTIVE&state=ERROR&name=a%20b%26c`;
    expect(request.url).toBe(url);
    expect(request.headers.get("Scp-AccessKey")).toBe(keys.accessKey);
    expect(request.headers.get("Scp-Timestamp")).toBe("1700000000123");
    expect(request.headers.get("Scp-ClientType")).toBe("Openapi");
    expect(request.headers.get("Scp-AccountId")).toBe("acct-42");
    expect(request.headers.get("Scp-Signature")).toBe(expectedSignature("GET", url, "1700000000123", "acct-42", "Openapi"));
    // A known constant too, so a change to the algorithm on both sides still shows up.
    expect(request.headers.get("Scp-Signature")).toBe(
      createHmac("sha256", "SK-very-secret-9876")
        .update("GET" + url + "1700000000123" + "AK0123456789" + "acct-42" + "Openapi")
        .digest("base64"),
    );
    expect(request.headers.get("Scp-Api-Version")).toBe("backup 1.2");
  });

  it("uses an empty account id in the signature and sends no Scp-AccountId header when absent; custom client type", async () => {
    const { fetch, requests } = recordingFetch(json(200, {}));
    const { accountId: _omitted, ...noAccount } = keys;
    const auth = scpSignature({ ...noAccount, clientType: "User", now: () => NOW });
    await createApiClient(descriptor, { fetch, auth }).request("delete", "/v1/backups/{backup_id}", "deleteBackup", {
      path: { backup_id: "b-1" },
    });
    const request = requests[0]!;
    expect(request.headers.has("Scp-AccountId")).toBe(false);
    expect(request.headers.get("Scp-ClientType")).toBe("User");
    expect(request.headers.get("Scp-Signature")).toBe(expectedSignature("DELETE", `${BASE}/v1/backups/b-1`, String(NOW), "", "User"));
  });

  it("signs every attempt again with a fresh timestamp", async () => {
    const { fetch, requests } = recordingFetch(json(503, {}), json(200, {}));
    let clock = NOW;
    const auth = scpSignature({ ...keys, now: () => (clock += 1000) });
    await createApiClient(descriptor, { fetch, auth, retry: { sleep: recordingSleep().sleep } }).request("get", "/v1/backups", "listBackups", {});
    expect(requests).toHaveLength(2);
    const [first, second] = requests.map((r) => r.headers.get("Scp-Timestamp"));
    expect(first).toBe(String(NOW + 1000));
    expect(second).toBe(String(NOW + 2000));
    expect(requests[1]!.headers.get("Scp-Signature")).toBe(expectedSignature("GET", `${BASE}/v1/backups`, String(NOW + 2000), "acct-42", "Openapi"));
  });

  it("keeps the keys out of the strategy object and refuses CR/LF or missing keys", () => {
    const auth = scpSignature(keys);
    expect(JSON.stringify(auth)).not.toContain(keys.secretKey);
    expect(JSON.stringify(auth)).not.toContain(keys.accessKey);
    expect(() => scpSignature({ ...keys, accessKey: "AK\r\nX-Evil: 1" })).toThrow(/CR, LF/);
    expect(() => scpSignature({ ...keys, accountId: "a\nb" })).toThrow(/Scp-AccountId/);
    expect(() => scpSignature({ ...keys, secretKey: "" })).toThrow(/secretKey is required/);
  });
});
