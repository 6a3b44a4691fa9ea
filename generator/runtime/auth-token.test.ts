import { describe, expect, it, vi } from "vitest";
import { authToken, createApiClient } from "./index.js";
import { descriptor, json, recordingFetch, recordingSleep } from "./test-support.js";

describe("authToken", () => {
  it("sends a fixed token as X-Auth-Token", async () => {
    const { fetch, requests } = recordingFetch(json(200, {}));
    await createApiClient(descriptor, { fetch, auth: authToken("gAAAAA-token") }).request("get", "/v1/x", "op", {});
    expect(requests[0]!.headers.get("X-Auth-Token")).toBe("gAAAAA-token");
  });

  it("calls an async provider for every attempt", async () => {
    const { fetch, requests } = recordingFetch(json(502, {}), json(200, {}));
    let n = 0;
    const provider = vi.fn(async () => `token-${++n}`);
    const api = createApiClient(descriptor, { fetch, auth: authToken(provider), retry: { sleep: recordingSleep().sleep } });
    await api.request("get", "/v1/x", "op", {});
    await api.request("get", "/v1/x", "op", {});
    expect(provider).toHaveBeenCalledTimes(3);
    expect(requests.map((r) => r.headers.get("X-Auth-Token"))).toEqual(["token-1", "token-2", "token-3"]);
  });

  it("rejects an empty token, and a provider's failure is passed through without sending", async () => {
    expect(() => authToken("")).toThrow(/non-empty/);
    const { fetch, requests } = recordingFetch(json(200, {}));
    const failing = authToken(async () => {
      throw new Error("keystone down");
    });
    await expect(createApiClient(descriptor, { fetch, auth: failing }).request("get", "/v1/x", "op", {})).rejects.toThrow("keystone down");
    expect(requests).toHaveLength(0);
  });
});
