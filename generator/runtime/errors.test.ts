import { describe, expect, it } from "vitest";
import { ApiError, NetworkError, TimeoutError, authToken, createApiClient, scpSignature } from "./index.js";
import { descriptor, hangingFetch, json, recordingFetch } from "./test-support.js";

const SECRET_KEY = "SK-top-secret-0123456789";
const ACCESS_KEY = "AK-access-0123456789";
const TOKEN = "gAAAAABk-keystone-token-value";

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("should have failed"),
    (error: unknown) => error,
  );
}

/** Every way an error can be shown or logged. */
function renderings(error: unknown): string[] {
  const e = error as Error;
  return [String(e), e.message, e.stack ?? "", JSON.stringify(e)];
}

describe("error mapping", () => {
  it("maps a non-2xx answer to ApiError with status, parsed body, operationId, requestId, method and URL", async () => {
    const { fetch } = recordingFetch(json(404, { error: { code: "NotFound", message: "Backup b-1 not found" } }, { "X-Request-Id": "req-123" }));
    const api = createApiClient(descriptor, { fetch });
    const error = await failure(api.request("get", "/v1/backups/{backup_id}", "showBackup", { path: { backup_id: "b-1" }, query: { token: "q-secret" } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    const api404 = error as ApiError;
    expect(api404).toMatchObject({
      name: "ApiError",
      kind: "api",
      status: 404,
      body: { error: { code: "NotFound", message: "Backup b-1 not found" } },
      operationId: "showBackup",
      requestId: "req-123",
      method: "GET",
      url: "https://backup.kr-west1.s.samsungsdscloud.com/v1/backups/b-1",
    });
    expect(api404.message).toBe("showBackup (GET https://backup.kr-west1.s.samsungsdscloud.com/v1/backups/b-1) failed with HTTP 404: Backup b-1 not found [request id req-123]");
    expect(renderings(error).join("\n")).not.toContain("q-secret");
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ kind: "api", status: 404, requestId: "req-123" });
  });

  it.each([
    ["x-openstack-request-id", "req-os"],
    ["X-NHN-Request-Id", "req-nhn"],
    ["x-trace-id", "trace-1"],
    ["X-Compute-Request-Id", "req-nova"],
  ])("reads the request id from %s", async (header, value) => {
    const { fetch } = recordingFetch(json(500, {}, { [header]: value }));
    const error = await failure(createApiClient(descriptor, { fetch }).request("post", "/v1/x", "op", {}));
    expect((error as ApiError).requestId).toBe(value);
  });

  it("keeps a text body as text, an empty one as undefined, and has no request id when none was sent", async () => {
    const text = recordingFetch(new Response("Bad Gateway from proxy", { status: 400, headers: { "content-type": "text/html" } }));
    const textError = (await failure(createApiClient(descriptor, { fetch: text.fetch }).request("post", "/v1/x", "op", {}))) as ApiError;
    expect(textError.body).toBe("Bad Gateway from proxy");
    expect(textError.requestId).toBeUndefined();
    const empty = recordingFetch(new Response(null, { status: 409 }));
    const emptyError = (await failure(createApiClient(descriptor, { fetch: empty.fetch }).request("post", "/v1/x", "op", {}))) as ApiError;
    expect(emptyError.body).toBeUndefined();
    expect(emptyError.message).toMatch(/failed with HTTP 409$/);
  });

  it("hands a redirect back as an ApiError instead of following it with credentials", async () => {
    const { fetch, requests } = recordingFetch(new Response(null, { status: 302, headers: { location: "https://elsewhere.example/" } }));
    const error = await failure(createApiClient(descriptor, { fetch, auth: authToken(TOKEN) }).request("get", "/v1/x", "op", {}));
    expect((error as ApiError).status).toBe(302);
    expect(requests).toHaveLength(1);
  });

  it("maps a failed fetch to NetworkError with the cause and its code", async () => {
    const cause = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    const { fetch } = recordingFetch(cause);
    const error = await failure(createApiClient(descriptor, { fetch, retry: false }).request("get", "/v1/x", "op", {}));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ kind: "network", operationId: "op", method: "GET", cause });
    expect((error as NetworkError).message).toContain("(ECONNREFUSED)");
  });
});

describe("no secret in errors", () => {
  it("SCP: neither the secret key, the access key nor the signature, even when the server echoes the headers", async () => {
    const echo = (request: Request) => json(401, { message: `bad signature ${request.headers.get("Scp-Signature")}`, headers: Object.fromEntries(request.headers) });
    const { fetch, requests } = recordingFetch(echo);
    const auth = scpSignature({ accessKey: ACCESS_KEY, secretKey: SECRET_KEY });
    const error = await failure(createApiClient(descriptor, { fetch, auth }).request("get", "/v1/x", "op", {}));
    const signature = requests[0]!.headers.get("Scp-Signature")!;
    expect(signature.length).toBeGreaterThan(20);
    for (const text of renderings(error)) {
      for (const secret of [SECRET_KEY, ACCESS_KEY, signature]) expect(text).not.toContain(secret);
    }
    expect((error as ApiError).body).toMatchObject({ headers: { "scp-accesskey": "[REDACTED]", "scp-signature": "[REDACTED]" } });
  });

  it("token: not in ApiError, NetworkError or TimeoutError", async () => {
    const echo = recordingFetch((request) => new Response(`token ${request.headers.get("x-auth-token")} expired`, { status: 401 }));
    const apiError = await failure(createApiClient(descriptor, { fetch: echo.fetch, auth: authToken(TOKEN) }).request("get", "/v1/x", "op", {}));
    expect((apiError as ApiError).body).toBe("token [REDACTED] expired");

    const leaky = recordingFetch(new TypeError(`connection to proxy failed while sending ${TOKEN}`));
    const networkError = await failure(createApiClient(descriptor, { fetch: leaky.fetch, auth: authToken(TOKEN), retry: false }).request("get", "/v1/x", "op", {}));
    const hung = hangingFetch(true);
    const timeoutError = await failure(createApiClient(descriptor, { fetch: hung.fetch, auth: authToken(TOKEN), timeoutMs: 5, retry: false }).request("get", "/v1/x", "op", {}));
    for (const error of [apiError, networkError, timeoutError]) {
      for (const text of renderings(error)) expect(text).not.toContain(TOKEN);
    }
  });
});
