import { describe, expect, it } from "vitest";
import { resolveBaseUrl } from "./base-url.js";
import { createApiClient } from "./index.js";
import type { ServiceDescriptor } from "./types.js";
import { descriptor, json, recordingFetch } from "./test-support.js";

const nhn: ServiceDescriptor = {
  vendor: "nhn",
  service: "block-storage",
  version: "v2",
  servers: [{ url: "https://kr1-api-block-storage-infrastructure.nhncloudservice.com/" }, { url: "https://kr2-api-block-storage-infrastructure.nhncloudservice.com" }],
};

describe("base URL", () => {
  it("fills server variables from their defaults or config.serverVariables", () => {
    expect(resolveBaseUrl(descriptor, {})).toBe("https://backup.kr-west1.s.samsungsdscloud.com");
    expect(resolveBaseUrl(descriptor, { serverVariables: { region: "kr-east1", environment: "g" } })).toBe("https://backup.kr-east1.g.samsungsdscloud.com");
  });

  it("rejects a value outside the variable's enum, naming the allowed values", () => {
    expect(() => resolveBaseUrl(descriptor, { serverVariables: { region: "us-east-1" } })).toThrow('scp/backup 1.2: server variable "region" must be one of "kr-west1", "kr-east1"; got "us-east-1"');
  });

  it("rejects unknown variables and unsafe free-form values", () => {
    expect(() => resolveBaseUrl(descriptor, { serverVariables: { regoin: "kr-east1" } })).toThrow(/unknown server variable "regoin"; known: region, environment/);
    const free: ServiceDescriptor = { ...descriptor, servers: [{ url: "https://{host}.example.com/api", variables: { host: { default: "a" } } }] };
    expect(resolveBaseUrl(free, { serverVariables: { host: "b-1" } })).toBe("https://b-1.example.com/api");
    expect(() => resolveBaseUrl(free, { serverVariables: { host: "evil.com/x" } })).toThrow(/unsafe value/);
    expect(() => resolveBaseUrl(free, { serverVariables: { host: "evil.com?" } })).toThrow(/unsafe value/);
  });

  it("selects a server by serverIndex and strips the trailing slash", () => {
    expect(resolveBaseUrl(nhn, {})).toBe("https://kr1-api-block-storage-infrastructure.nhncloudservice.com");
    expect(resolveBaseUrl(nhn, { serverIndex: 1 })).toBe("https://kr2-api-block-storage-infrastructure.nhncloudservice.com");
    expect(() => resolveBaseUrl(nhn, { serverIndex: 2 })).toThrow(/serverIndex 2 is out of range \(0…1\)/);
  });

  it("prefers config.baseUrl and checks it", () => {
    expect(resolveBaseUrl(descriptor, { baseUrl: "http://localhost:8080/mock/" })).toBe("http://localhost:8080/mock");
    expect(() => resolveBaseUrl(descriptor, { baseUrl: "/relative" })).toThrow(/not an absolute URL/);
    expect(() => resolveBaseUrl(descriptor, { baseUrl: "https://h/?a=1" })).toThrow(/query string/);
    expect(() => resolveBaseUrl({ ...nhn, servers: [] }, {})).toThrow(/no servers; pass config.baseUrl/);
    expect(() => resolveBaseUrl({ ...nhn, servers: [{ url: "/v2" }] }, {})).toThrow(/not an absolute URL/);
  });

  it("is used for requests, keeping a base path", async () => {
    const { fetch, requests } = recordingFetch(json(200, {}));
    await createApiClient(descriptor, { fetch, baseUrl: "http://localhost:8080/mock" }).request("get", "/v1/backups/{id}", "showBackup", { path: { id: "x" } });
    expect(requests[0]!.url).toBe("http://localhost:8080/mock/v1/backups/x");
  });
});
