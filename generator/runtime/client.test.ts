import { describe, expect, it } from "vitest";
import { createApiClient } from "./index.js";
import { BASE, descriptor, json, recordingFetch } from "./test-support.js";

function client(...replies: Parameters<typeof recordingFetch>) {
  const { fetch, requests } = recordingFetch(...replies);
  return { api: createApiClient(descriptor, { fetch, retry: false }), requests };
}

describe("request building", () => {
  it("sends the version header, config headers and call headers on every call", async () => {
    const { fetch, requests } = recordingFetch(json(200, {}));
    const api = createApiClient(descriptor, { fetch, headers: { "X-Client": "cloudspec" } });
    await api.request("get", "/v1/backups", "listBackups", { headers: { "X-Call": "1" } });
    await api.request("post", "/v1/backups", "createBackup", { body: { name: "b" } });
    for (const request of requests) {
      expect(request.headers.get("Scp-Api-Version")).toBe("backup 1.2");
      expect(request.headers.get("X-Client")).toBe("cloudspec");
    }
    expect(requests[0]!.headers.get("X-Call")).toBe("1");
    expect(requests[0]!.redirect).toBe("manual");
  });

  it("serializes query parameters: arrays form/explode, values percent-encoded, empty ones left out", async () => {
    const { api, requests } = client(json(200, []));
    await api.request("get", "/v1/backups", "listBackups", {
      query: { state: ["ACTIVE", "ERROR"], name: "a&b=c#d é", size: 20, detail: true, skip: undefined, none: null, empty: [] },
    });
    expect(new URL(requests[0]!.url).search).toBe("?state=ACTIVE&state=ERROR&name=a%26b%3Dc%23d%20%C3%A9&size=20&detail=true");
    expect(new URL(requests[0]!.url).searchParams.getAll("state")).toEqual(["ACTIVE", "ERROR"]);
  });

  it("serializes object query parameters as deepObject", async () => {
    const { api, requests } = client(json(200, []));
    await api.request("get", "/v1/backups", "listBackups", { query: { filter: { name: "x y" } } });
    expect(new URL(requests[0]!.url).search).toBe("?filter[name]=x%20y");
  });

  it.each([
    ["../x", "/v1/backups/..%2Fx/policies"],
    ["a/b?c", "/v1/backups/a%2Fb%3Fc/policies"],
    ["%2e%2e", "/v1/backups/%252e%252e/policies"],
    ["a b", "/v1/backups/a%20b/policies"],
    ["백업/ü#", "/v1/backups/%EB%B0%B1%EC%97%85%2F%C3%BC%23/policies"],
    ["$&{x}", "/v1/backups/%24%26%7Bx%7D/policies"],
    ["...", "/v1/backups/.../policies"],
    [42, "/v1/backups/42/policies"],
  ])("percent-encodes the path parameter %j so it stays one segment", async (value, pathname) => {
    const { api, requests } = client(json(200, {}));
    await api.request("get", "/v1/backups/{backup_id}/policies", "listPolicies", { path: { backup_id: value } });
    const url = new URL(requests[0]!.url);
    expect(url.origin).toBe(BASE);
    expect(url.pathname).toBe(pathname);
    expect(url.search).toBe("");
  });

  it.each([
    [".", /not allowed as path segments/],
    ["..", /not allowed as path segments/],
    ["", /must not be empty/],
    [undefined, /missing path parameter "backup_id"/],
    [{ a: 1 }, /must be a string/],
    ["\ud800", /not well-formed Unicode/],
  ])("refuses the path parameter %j before sending", async (value, message) => {
    const { api, requests } = client(json(200, {}));
    await expect(api.request("get", "/v1/backups/{backup_id}/policies", "listPolicies", { path: { backup_id: value } })).rejects.toThrow(message);
    expect(requests).toHaveLength(0);
  });

  it("refuses a missing path object and options in openapi-fetch's nested shape", async () => {
    const { api, requests } = client(json(200, {}));
    await expect(api.request("get", "/v1/backups/{backup_id}", "showBackup", {})).rejects.toThrow(/missing path parameter/);
    await expect(api.request("get", "/v1/backups", "listBackups", { params: { query: { a: 1 } } })).rejects.toThrow(/unknown option "params".*not under params/);
    expect(requests).toHaveLength(0);
  });

  it("sends a JSON body with its content type", async () => {
    const { api, requests } = client(json(202, { id: "b-1" }));
    const result = await api.request("post", "/v1/backups", "createBackup", { body: { name: "nightly", tags: ["a"] } });
    expect(result).toEqual({ id: "b-1" });
    expect(requests[0]!.method).toBe("POST");
    expect(requests[0]!.headers.get("content-type")).toBe("application/json");
    expect(await requests[0]!.text()).toBe('{"name":"nightly","tags":["a"]}');
  });

  it("sends header parameters, stringified", async () => {
    const { api, requests } = client(json(200, {}));
    await api.request("get", "/v1/backups", "listBackups", { header: { "X-Page": 2, "X-Tags": ["a", "b"] } });
    expect(requests[0]!.headers.get("X-Page")).toBe("2");
    expect(requests[0]!.headers.get("X-Tags")).toBe("a,b");
  });
});

describe("responses", () => {
  it.each([
    ["JSON", () => json(200, { id: 1 }), { id: 1 }],
    ["204", () => new Response(null, { status: 204 }), undefined],
    ["empty 200", () => new Response("", { status: 200 }), undefined],
    ["empty 200 with content-length 0", () => new Response("", { status: 200, headers: { "content-length": "0" } }), undefined],
    ["text", () => new Response("plain words", { status: 200, headers: { "content-type": "text/plain" } }), "plain words"],
  ])("returns the parsed body for %s", async (_label, reply, expected) => {
    const { api } = client(reply);
    expect(await api.request("get", "/v1/x", "op", {})).toEqual(expected);
  });

  it("returns undefined for HEAD", async () => {
    const { api } = client(new Response(null, { status: 200, headers: { "content-length": "10" } }));
    expect(await api.request("head", "/v1/x", "op", undefined)).toBeUndefined();
  });
});
