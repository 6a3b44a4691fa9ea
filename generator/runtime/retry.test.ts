import { describe, expect, it } from "vitest";
import { ApiError, NetworkError, createApiClient } from "./index.js";
import { backoffDelay, resolveRetryPolicy, retryAfterDelay } from "./retry.js";
import type { HttpMethod, RetryOptions } from "./types.js";
import { descriptor, json, recordingFetch, recordingSleep } from "./test-support.js";

function setup(retry: Omit<RetryOptions, "sleep"> | false, ...replies: Parameters<typeof recordingFetch>) {
  const { fetch, requests } = recordingFetch(...replies);
  const { sleep, delays } = recordingSleep();
  const api = createApiClient(descriptor, { fetch, retry: retry === false ? false : { ...retry, sleep } });
  return { api, requests, delays };
}

describe("retries", () => {
  it("retries an idempotent call on 503 up to `retries` times, then throws the last ApiError", async () => {
    const { api, requests, delays } = setup({ retries: 3 }, json(503, { message: "busy" }));
    const error = await api.request("get", "/v1/x", "op", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect(requests).toHaveLength(4);
    expect(delays).toHaveLength(3);
  });

  it.each(["get", "head", "options", "put", "delete"] as const)("retries %s on 429/502/503/504 and then succeeds", async (method) => {
    const { api, requests } = setup({}, json(429, {}), json(502, {}), json(504, {}), json(200, { ok: 1 }));
    await api.request(method, "/v1/x", "op", {});
    expect(requests).toHaveLength(4);
  });

  it.each(["post", "patch"] as const)("never retries %s, not on 503 nor on a network error", async (method: HttpMethod) => {
    const http = setup({ retries: 5 }, json(503, {}), json(200, {}));
    await expect(http.api.request(method, "/v1/x", "op", { body: {} })).rejects.toBeInstanceOf(ApiError);
    expect(http.requests).toHaveLength(1);
    const network = setup({ retries: 5 }, new TypeError("fetch failed"), json(200, {}));
    await expect(network.api.request(method, "/v1/x", "op", { body: {} })).rejects.toBeInstanceOf(NetworkError);
    expect(network.requests).toHaveLength(1);
    expect(network.delays).toHaveLength(0);
  });

  it("does not retry other statuses unless configured", async () => {
    const plain = setup({}, json(500, {}), json(200, {}));
    await expect(plain.api.request("get", "/v1/x", "op", {})).rejects.toMatchObject({ status: 500 });
    expect(plain.requests).toHaveLength(1);
    const custom = setup({ statuses: [500] }, json(500, {}), json(200, { ok: true }));
    expect(await custom.api.request("get", "/v1/x", "op", {})).toEqual({ ok: true });
    expect(custom.requests).toHaveLength(2);
  });

  it("retries network errors of GET, sending a fresh request each time", async () => {
    const { api, requests, delays } = setup({}, new TypeError("fetch failed"), new TypeError("fetch failed"), json(200, [1]));
    expect(await api.request("put", "/v1/x", "op", { body: { a: 1 } })).toEqual([1]);
    expect(requests).toHaveLength(3);
    expect(delays).toHaveLength(2);
    expect(await Promise.all(requests.map((r) => r.text()))).toEqual(['{"a":1}', '{"a":1}', '{"a":1}']);
  });

  it("gives up on network errors with a NetworkError carrying the cause", async () => {
    const cause = new TypeError("fetch failed");
    const { api, requests } = setup({ retries: 2 }, cause);
    const error = await api.request("get", "/v1/x", "op", {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).cause).toBe(cause);
    expect(requests).toHaveLength(3);
  });

  it("is off with retry: false", async () => {
    const { api, requests } = setup(false, json(503, {}), json(200, {}));
    await expect(api.request("get", "/v1/x", "op", {})).rejects.toBeInstanceOf(ApiError);
    expect(requests).toHaveLength(1);
  });
});

describe("backoff", () => {
  it("doubles the ceiling each retry with full jitter, capped by maxDelayMs", async () => {
    const top = setup({ retries: 5, baseDelayMs: 100, maxDelayMs: 1000, random: () => 0.999999 }, json(503, {}));
    await top.api.request("get", "/v1/x", "op", {}).catch(() => undefined);
    expect(top.delays).toEqual([99, 199, 399, 799, 999]);

    const bottom = setup({ retries: 3, random: () => 0 }, json(503, {}));
    await bottom.api.request("get", "/v1/x", "op", {}).catch(() => undefined);
    expect(bottom.delays).toEqual([0, 0, 0]);

    const half = setup({ retries: 3, baseDelayMs: 200, random: () => 0.5 }, json(503, {}));
    await half.api.request("get", "/v1/x", "op", {}).catch(() => undefined);
    expect(half.delays).toEqual([100, 200, 400]);
  });

  it("stays within [0, min(max, base·2^n)) with the default random source", () => {
    const policy = resolveRetryPolicy({ baseDelayMs: 50, maxDelayMs: 700 });
    for (let n = 0; n < 8; n++) {
      for (let i = 0; i < 200; i++) {
        const delay = backoffDelay(policy, n);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.min(700, 50 * 2 ** n));
      }
    }
  });

  it("honours Retry-After in seconds", async () => {
    const { api, delays } = setup({ random: () => 0.5 }, json(429, {}, { "Retry-After": "3" }), json(200, {}));
    await api.request("get", "/v1/x", "op", {});
    expect(delays).toEqual([3000]);
  });

  it("honours Retry-After as an HTTP date, capped by maxDelayMs", async () => {
    const soon = new Date(Date.now() + 5000).toUTCString();
    const { api, delays } = setup({}, json(503, {}, { "Retry-After": soon }), json(200, {}));
    await api.request("get", "/v1/x", "op", {});
    expect(delays[0]).toBeGreaterThan(3000);
    expect(delays[0]).toBeLessThanOrEqual(5000);

    const late = new Date(Date.now() + 3_600_000).toUTCString();
    const capped = setup({ maxDelayMs: 2500 }, json(503, {}, { "Retry-After": late }), json(429, {}, { "Retry-After": "120" }), json(200, {}));
    await capped.api.request("get", "/v1/x", "op", {});
    expect(capped.delays).toEqual([2500, 2500]);
  });

  it("parses Retry-After values", () => {
    const policy = resolveRetryPolicy({ maxDelayMs: 60_000 });
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(retryAfterDelay("0", policy, now)).toBe(0);
    expect(retryAfterDelay(" 7 ", policy, now)).toBe(7000);
    expect(retryAfterDelay("Wed, 01 Jan 2025 00:00:30 GMT", policy, now)).toBe(30_000);
    expect(retryAfterDelay("Tue, 31 Dec 2024 23:00:00 GMT", policy, now)).toBe(0);
    expect(retryAfterDelay("soon", policy, now)).toBeUndefined();
    expect(retryAfterDelay("-5", policy, now)).toBeUndefined();
    expect(retryAfterDelay(null, policy, now)).toBeUndefined();
  });

  it("falls back to backoff for an unparseable Retry-After", async () => {
    const { api, delays } = setup({ baseDelayMs: 100, random: () => 0.5 }, json(503, {}, { "Retry-After": "later" }), json(200, {}));
    await api.request("get", "/v1/x", "op", {});
    expect(delays).toEqual([50]);
  });

  it("rejects nonsense options", () => {
    expect(() => resolveRetryPolicy({ retries: -1 })).toThrow(/retries/);
    expect(() => resolveRetryPolicy({ maxDelayMs: Number.NaN })).toThrow(/maxDelayMs/);
  });
});
