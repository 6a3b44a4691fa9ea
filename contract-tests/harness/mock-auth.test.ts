/**
 * Mock runs authenticate from the spec's security requirements: the runtime's own strategy whose headers satisfy
 * them (SCP's signature, NHN's and Huawei's token), a placeholder strategy for schemes no runtime strategy makes,
 * nothing where no credentials are required — and without them the strict mock refuses the generated client.
 */
import { describe, expect, it } from "vitest";
import { createResponder } from "../mock/responder.js";
import { mockFetch } from "../mock/fetch-adapter.js";
import { compileBundled, compileText } from "../test-support.js";
import { loadClientFactory } from "./client-loader.js";
import { exerciseSpec } from "./exercise.js";
import { mockAuth } from "./mock-auth.js";
import { GENERATED_DIR, LOOPBACK_BASE_URL } from "./paths.js";

const headersOf = async (auth: NonNullable<Awaited<ReturnType<typeof mockAuth>>>): Promise<string[]> => {
  const request = await auth.authorize(new Request(`${LOOPBACK_BASE_URL}/x`));
  return [...request.headers.keys()].sort();
};

describe("mockAuth", () => {
  it("picks the runtime's strategy that sends what the spec requires", async () => {
    const scp = (await mockAuth(compileBundled("scp/backup/1.2")))!;
    expect(scp.name).toBe("scp-signature");
    expect(await headersOf(scp)).toEqual(["scp-accesskey", "scp-clienttype", "scp-signature", "scp-timestamp"]);
    expect((await mockAuth(compileBundled("nhn/block-storage/v2")))!.name).toBe("auth-token");
    expect((await mockAuth(compileBundled("huawei/vbs/v2")))!.name).toBe("auth-token");
  });

  it("falls back to placeholders for other schemes, and to nothing when none is required", async () => {
    const spec = (security: string): string => `
openapi: 3.1.0
info: { title: T, version: "1" }
${security}
components:
  securitySchemes:
    key: { type: apiKey, in: query, name: api_key }
    bearer: { type: http, scheme: bearer }
paths:
  /a: { get: { operationId: getA, responses: { "200": { description: ok } } } }
`;
    const placeholder = (await mockAuth(compileText(spec("security: [{ key: [], bearer: [] }]"))))!;
    expect(placeholder.name).toBe("mock-placeholder");
    const request = await placeholder.authorize(new Request(`${LOOPBACK_BASE_URL}/a`));
    expect(new URL(request.url).searchParams.get("api_key")).toBe("mock-key");
    expect(request.headers.get("authorization")).toBe("Bearer mock-bearer");
    expect(await mockAuth(compileText(spec("security: []")))).toBeUndefined();
    expect(await mockAuth(compileText(spec("security: [{}, { key: [] }]")))).toBeUndefined();
  });

  it("without credentials the strict mock refuses the generated client's calls (401 unauthorized)", async () => {
    const compiled = compileBundled("scp/virtualserver/1.3");
    const factory = await loadClientFactory(compiled.spec, GENERATED_DIR);
    const transport = mockFetch(createResponder(compiled));
    const without = await exerciseSpec(compiled, factory, { transport, baseUrl: LOOPBACK_BASE_URL, everyStatus: true });
    expect(without.map((o) => o.exchange?.response.status)).toEqual(without.map(() => 401));
    expect(without.flatMap((o) => o.problems.map((p) => p.ruleId))).toContain("contract-mock-refused");
    const auth = await mockAuth(compiled);
    const withAuth = await exerciseSpec(compiled, factory, { transport, baseUrl: LOOPBACK_BASE_URL, everyStatus: true, ...(auth ? { auth } : {}) });
    expect(withAuth.flatMap((o) => o.problems)).toEqual([]);
  });
});
