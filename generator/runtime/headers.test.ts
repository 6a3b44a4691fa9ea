import { describe, expect, it } from "vitest";
import { authToken, createApiClient } from "./index.js";
import { descriptor, json, recordingFetch } from "./test-support.js";

const INJECTIONS = ["v\r\nX-Injected: 1", "v\nX-Injected: 1", "v\r", "trailing\r\n", "nul\0byte"];

describe("CR/LF in headers is refused before anything is sent", () => {
  it.each(INJECTIONS)("config.headers value %j", (value) => {
    const { fetch } = recordingFetch(json(200, {}));
    expect(() => createApiClient(descriptor, { fetch, headers: { "X-Tenant": value } })).toThrow(/config\.headers: the value of header "X-Tenant" contains CR, LF or NUL/);
  });

  it("config.headers name and the descriptor's version header", () => {
    expect(() => createApiClient(descriptor, { headers: { "X-A\r\nX-B": "v" } })).toThrow(/invalid header name/);
    expect(() => createApiClient({ ...descriptor, versionHeader: { name: "Scp-Api-Version", value: "backup\n1.2" } }, {})).toThrow(/descriptor\.versionHeader/);
  });

  it.each(INJECTIONS)("call headers and header parameters %j", async (value) => {
    const { fetch, requests } = recordingFetch(json(200, {}));
    const api = createApiClient(descriptor, { fetch });
    await expect(api.request("get", "/v1/x", "op", { headers: { "X-Call": value } })).rejects.toThrow(/op: headers: the value of header "X-Call" contains CR, LF or NUL/);
    await expect(api.request("get", "/v1/x", "op", { header: { "X-Param": value } })).rejects.toThrow(/op: header parameters: the value of header "X-Param"/);
    await expect(api.request("get", "/v1/x", "op", { header: { "X-Param": ["ok", value] } })).rejects.toThrow(TypeError);
    expect(requests).toHaveLength(0);
  });

  it.each(INJECTIONS)("tokens from authToken, fixed or provided (%j)", async (value) => {
    expect(() => authToken(value)).toThrow(/X-Auth-Token/);
    const { fetch, requests } = recordingFetch(json(200, {}));
    const api = createApiClient(descriptor, { fetch, auth: authToken(async () => value) });
    await expect(api.request("get", "/v1/x", "op", {})).rejects.toThrow(/authToken: the value of header "X-Auth-Token"/);
    expect(requests).toHaveLength(0);
  });

  it("never puts the offending value in the message", async () => {
    const api = createApiClient(descriptor, { fetch: recordingFetch().fetch, auth: authToken(() => "s3cr3t-token\r\n") });
    const error: unknown = await api.request("get", "/v1/x", "op", {}).catch((e: unknown) => e);
    expect(String(error)).not.toContain("s3cr3t");
  });
});
