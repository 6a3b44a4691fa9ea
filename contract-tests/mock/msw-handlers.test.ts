/** The msw handlers in-process: examples per operation, literal paths before templates, the catch-all 404. */
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOOPBACK_BASE_URL } from "../harness/paths.js";
import { compileBundled, credentialHeaders } from "../test-support.js";
import { mswHandlers } from "./msw-handlers.js";
import { createResponder } from "./responder.js";

const nhn = compileBundled("nhn/block-storage/v2");
const server = setupServer(...mswHandlers(createResponder(nhn)));
const auth = credentialHeaders(nhn);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

describe("msw handlers", () => {
  it("has one handler per operation plus the catch-all", () => {
    expect(mswHandlers(createResponder(nhn))).toHaveLength(nhn.operations.length + 1);
  });

  it("serves the page's example for a literal path before the templated one", async () => {
    const detail = await fetch(`${LOOPBACK_BASE_URL}/v2/t1/snapshots/detail`, { headers: auth });
    expect(await detail.json()).toEqual(nhn.byId.get("listSnapshotsWithDetails")!.responses.get("2XX")!.media[0]!.media.example!.value);
    const one = await fetch(`${LOOPBACK_BASE_URL}/v2/t1/snapshots/f63af601-43cd-41ab-8905-e1e93995f366`, { headers: auth });
    expect(await one.json()).toEqual(nhn.byId.get("viewSnapshot")!.responses.get("2XX")!.media[0]!.media.example!.value);
  });

  it("answers undocumented paths with the helpful 404", async () => {
    const res = await fetch(`${LOOPBACK_BASE_URL}/v2/t1/unknown`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { operations: string[] }).operations).toContain("GET /v2/{tenantId}/snapshots/detail");
  });
});
