/** Routing method + path to an operation: literals before parameters, mixed segments, base paths. */
import { describe, expect, it } from "vitest";
import type { OperationInfo } from "./operations.js";
import { createRouter } from "./router.js";

const op = (method: OperationInfo["method"], path: string): OperationInfo => ({ operationId: `${method} ${path}`, method, path, pointer: "#", parameters: [], responses: [], deprecated: false });
const ops = [op("get", "/v2/{tenantId}/snapshots/{snapshotId}"), op("get", "/v2/{tenantId}/snapshots/detail"), op("post", "/v2/{tenantId}/snapshots"), op("get", "/files/{name}.{ext}"), op("get", "/a/{x}/c"), op("get", "/a/b/{y}")];
const router = createRouter(ops, ["/api/v1"]);

describe("createRouter", () => {
  it.each([
    ["GET", "/v2/t1/snapshots/detail", "get /v2/{tenantId}/snapshots/detail", { tenantId: "t1" }],
    ["GET", "/v2/t1/snapshots/s%2F1", "get /v2/{tenantId}/snapshots/{snapshotId}", { tenantId: "t1", snapshotId: "s/1" }],
    ["POST", "/v2/t1/snapshots/", "post /v2/{tenantId}/snapshots", { tenantId: "t1" }],
    ["GET", "/files/report.pdf", "get /files/{name}.{ext}", { name: "report", ext: "pdf" }],
    ["GET", "/a/b/c", "get /a/b/{y}", { y: "c" }],
    ["GET", "/a/z/c", "get /a/{x}/c", { x: "z" }],
  ])("%s %s → %s", (method, path, id, params) => {
    const m = router.match(method, path);
    expect(m.kind === "operation" && m.operation.operationId).toBe(id);
    expect(m.kind === "operation" && m.params).toEqual(params);
  });

  it("tells an undocumented method from an undocumented path", () => {
    expect(router.match("DELETE", "/v2/t1/snapshots")).toEqual({ kind: "method-not-allowed", template: "/v2/{tenantId}/snapshots", allowed: ["post"], pathname: "/v2/t1/snapshots" });
    expect(router.match("GET", "/v3/nothing")).toEqual({ kind: "not-found", pathname: "/v3/nothing" });
  });

  it("strips a server base path from absolute URLs", () => {
    const m = router.matchUrl("GET", "https://h.example.com/api/v1/v2/t/snapshots/detail?x=1");
    expect(m.kind === "operation" && m.operation.path).toBe("/v2/{tenantId}/snapshots/detail");
  });
});
