import { describe, expect, it } from "vitest";
import { NetworkError, TimeoutError, createApiClient } from "./index.js";
import { descriptor, hangingFetch, json, recordingFetch, recordingSleep } from "./test-support.js";

describe("timeouts", () => {
  it.each([true, false])("turns a hung attempt into a TimeoutError (fetch honours its signal: %s)", async (honour) => {
    const { fetch, requests } = hangingFetch(honour);
    const api = createApiClient(descriptor, { fetch, timeoutMs: 20, retry: false });
    const error = await api.request("get", "/v1/backups", "listBackups", { query: { q: "x" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ kind: "timeout", timeoutMs: 20, operationId: "listBackups", method: "GET" });
    expect((error as TimeoutError).url).toBe("https://backup.kr-west1.s.samsungsdscloud.com/v1/backups");
    expect(requests[0]!.signal.aborted).toBe(true);
  });

  it("gives each attempt its own timeout and retries idempotent calls", async () => {
    const { fetch, requests } = hangingFetch(true);
    const { sleep, delays } = recordingSleep();
    const api = createApiClient(descriptor, { fetch, timeoutMs: 10, retry: { retries: 2, sleep } });
    await expect(api.request("get", "/v1/x", "op", {})).rejects.toBeInstanceOf(TimeoutError);
    expect(requests).toHaveLength(3);
    expect(delays).toHaveLength(2);
    expect(requests.every((r) => r.signal.aborted)).toBe(true);
  });

  it("takes timeoutMs per call, and 0 disables it", async () => {
    const slow = async () => {
      await new Promise((resolve) => setTimeout(resolve, 40));
      return json(200, { slow: true });
    };
    const { fetch } = recordingFetch(slow);
    const api = createApiClient(descriptor, { fetch, timeoutMs: 5, retry: false });
    await expect(api.request("get", "/v1/x", "op", {})).rejects.toBeInstanceOf(TimeoutError);
    expect(await api.request("get", "/v1/x", "op", { timeoutMs: 0 })).toEqual({ slow: true });
    expect(await api.request("get", "/v1/x", "op", { timeoutMs: 1000 })).toEqual({ slow: true });
    await expect(api.request("get", "/v1/x", "op", { timeoutMs: -1 })).rejects.toThrow(/timeoutMs must be/);
  });
});

describe("caller abort", () => {
  it("rejects with the signal's reason at once, without retrying", async () => {
    const { fetch, requests } = hangingFetch(false);
    const { sleep, delays } = recordingSleep();
    const api = createApiClient(descriptor, { fetch, retry: { sleep } });
    const controller = new AbortController();
    const pending = api.request("get", "/v1/x", "op", { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe("AbortError");
    expect(requests).toHaveLength(1);
    expect(delays).toHaveLength(0);
  });

  it("passes a custom reason through and sends nothing for an already aborted signal", async () => {
    const { fetch, requests } = recordingFetch(json(200, {}));
    const api = createApiClient(descriptor, { fetch });
    const reason = new Error("user navigated away");
    await expect(api.request("get", "/v1/x", "op", { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(requests).toHaveLength(0);
  });

  it("interrupts the wait between retries", async () => {
    const { fetch, requests } = recordingFetch(json(503, {}));
    const api = createApiClient(descriptor, { fetch, retry: { baseDelayMs: 60_000, random: () => 0.99 } });
    const controller = new AbortController();
    const started = Date.now();
    const pending = api.request("get", "/v1/x", "op", { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("stop")), 20);
    await expect(pending).rejects.toThrow("stop");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(requests).toHaveLength(1);
  });
});
