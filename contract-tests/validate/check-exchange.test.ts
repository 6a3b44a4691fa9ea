/**
 * The validators on the bundled specs: hand-made wrong bodies are rejected with the expected instance path,
 * drift kind and x-source (the page and line of the model that promised the field); statuses, ranges,
 * content types and undocumented operations.
 */
import { describe, expect, it } from "vitest";
import { isSourceLocation } from "../../core/diagnostics.js";
import { compileBundled, jsonExchange } from "../test-support.js";
import { checkExchange } from "./check-exchange.js";
import { explainErrors } from "./explain.js";

const backup = compileBundled("scp/backup/1.2");
const doc = backup.spec.document as { components: { schemas: Record<string, { "x-source": { page: string; line: number } }> } };
const sourceOf = (name: string) => doc.components.schemas[name]!["x-source"];
const item = {
  created_at: "2024-05-17T00:23:17Z",
  created_by: "u",
  id: "b-1",
  modified_at: "2024-05-17T00:23:17Z",
  modified_by: "u",
  name: "backup-001",
  policy_type: "VM_IMAGE",
  retention_period: "WEEK_2",
  role_type: "ORIGINAL",
  server_name: "server-001",
  state: "AVAILABLE",
};
const base = "https://backup.kr-west1.e.samsungsdscloud.com";

describe("checkExchange on scp/backup/1.2", () => {
  it("accepts a body built like the page's example", () => {
    const r = checkExchange(backup, jsonExchange("GET", `${base}/v1/backups?size=20`, 200, { contents: [item], count: 1 }));
    expect(r).toMatchObject({ ok: true, statusKey: "200", diagnostics: [] });
    expect(r.operation?.operationId).toBe("listBackups");
  });

  const cases: Array<[string, unknown, { instancePath: string; ruleId: string; keyword: string; component: string }]> = [
    ["wrong type in a nested $ref", { contents: [{ ...item, id: 42 }], count: 1 }, { instancePath: "/contents/0/id", ruleId: "contract-type-mismatch", keyword: "type", component: "BackupResponse" }],
    ["missing required property", { count: 1 }, { instancePath: "/contents", ruleId: "contract-missing-required-property", keyword: "required", component: "BackupListResponse" }],
    [
      "bad date-time",
      { contents: [{ ...item, created_at: "yesterday" }], count: 1 },
      { instancePath: "/contents/0/created_at", ruleId: "contract-format-mismatch", keyword: "format", component: "BackupResponse" },
    ],
    [
      "null where the type is not nullable",
      { contents: [{ ...item, name: null }], count: 1 },
      { instancePath: "/contents/0/name", ruleId: "contract-type-mismatch", keyword: "type", component: "BackupResponse" },
    ],
  ];
  it.each(cases)("rejects %s with instancePath and x-source", (_name, body, want) => {
    const r = checkExchange(backup, jsonExchange("GET", `${base}/v1/backups`, 200, body));
    expect(r.ok).toBe(false);
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d).toMatchObject({ ruleId: want.ruleId, severity: "error", at: sourceOf(want.component) });
    expect(d.data).toMatchObject({ instancePath: want.instancePath, keyword: want.keyword, schemaPointer: expect.stringContaining(`#/components/schemas/${want.component}`) });
    expect(String(d.data?.schemaPath)).toMatch(/^#/);
  });

  it("reports an undocumented property as a warning and stays ok", () => {
    const r = checkExchange(backup, jsonExchange("GET", `${base}/v1/backups`, 200, { contents: [{ ...item, region: "kr-west1" }], count: 1 }));
    expect(r.ok).toBe(true);
    expect(r.diagnostics).toMatchObject([{ ruleId: "contract-undocumented-property", severity: "warning", data: { instancePath: "/contents/0/region" } }]);
  });

  it("reduces an anyOf flood to one error naming every allowed type", () => {
    const validate = backup.byId.get("setFilesystemPath")!.request!.media[0]!.validate!;
    expect(validate({ backup_filesystem_paths: 7 })).toBe(false);
    expect(validate.errors!.length).toBe(4); // anyOf + one per branch
    const violations = explainErrors(validate.errors, backup.bundle);
    expect(violations).toMatchObject([
      {
        kind: "type-mismatch",
        keyword: "anyOf",
        instancePath: "/backup_filesystem_paths",
        message: "must be array or string or null, got integer 7",
        source: sourceOf("FileSystemPathUpdateRequest1Dot2"),
      },
    ]);
    expect(violations[0]!.schemaPath).toBe("#/components/schemas/FileSystemPathUpdateRequest1Dot2/properties/backup_filesystem_paths/anyOf");
  });

  it("keeps the deepest branch when one branch got further into the data", () => {
    const validate = backup.byId.get("setFilesystemPath")!.request!.media[0]!.validate!;
    expect(validate({ backup_filesystem_paths: ["/a", 3] })).toBe(false);
    expect(explainErrors(validate.errors, backup.bundle)).toMatchObject([{ keyword: "type", instancePath: "/backup_filesystem_paths/1", message: "must be string, got integer 3" }]);
  });

  it("documents every status: undocumented status, content type, missing body, operation", () => {
    const status = checkExchange(backup, jsonExchange("GET", `${base}/v1/backups`, 418, { teapot: true }));
    expect(status.diagnostics).toMatchObject([{ ruleId: "contract-undocumented-status", data: { status: 418, patch: [{ op: "add", path: "/paths/~1v1~1backups/get/responses/418" }] } }]);
    const ct = checkExchange(backup, { request: { method: "GET", url: `${base}/v1/backups` }, response: { status: 200, headers: { "content-type": "text/html" }, body: "<html/>" } });
    expect(ct.diagnostics).toMatchObject([{ ruleId: "contract-undocumented-content-type", data: { contentType: "text/html" } }]);
    const empty = checkExchange(backup, { request: { method: "GET", url: `${base}/v1/backups` }, response: { status: 200, headers: {} } });
    expect(empty.diagnostics).toMatchObject([{ ruleId: "contract-missing-body" }]);
    const op = checkExchange(backup, jsonExchange("GET", `${base}/v1/unknown/things`, 200, {}));
    expect(op.diagnostics).toMatchObject([{ ruleId: "contract-undocumented-operation", data: { patch: [{ op: "add", path: "/paths/~1v1~1unknown~1things" }] } }]);
    const nested = checkExchange(backup, jsonExchange("GET", `${base}/v1/backups/0fdd87aa/labels`, 200, {}));
    expect(nested.diagnostics[0]?.data?.patch).toMatchObject([{ op: "add", path: "/paths/~1v1~1backups~1{backup_id}~1labels" }]);
    const method = checkExchange(backup, jsonExchange("PATCH", `${base}/v1/backups`, 200, {}));
    expect(method.diagnostics).toMatchObject([{ ruleId: "contract-undocumented-operation", data: { patch: [{ op: "add", path: "/paths/~1v1~1backups/patch" }] } }]);
    const charset = checkExchange(backup, jsonExchange("GET", `${base}/v1/backups`, 200, { contents: [item] }, "application/json; charset=utf-8"));
    expect(charset.ok).toBe(true);
  });

  it("accepts documented error statuses without a documented body", () => {
    const r = checkExchange(backup, jsonExchange("GET", `${base}/v1/backups/b-1`, 404, { message: "no such backup" }));
    expect(r).toMatchObject({ ok: true, statusKey: "404" });
  });
});

describe("checkExchange on NHN and Huawei", () => {
  const nhn = compileBundled("nhn/block-storage/v2");
  const huawei = compileBundled("huawei/vbs/v2");

  it("matches any 2xx to a 2XX range, with or without a body", () => {
    expect(checkExchange(nhn, { request: { method: "DELETE", url: "/v2/t1/snapshots/s1" }, response: { status: 204 } })).toMatchObject({ ok: true, statusKey: "2XX" });
    expect(checkExchange(nhn, jsonExchange("GET", "/v2/t1/snapshots", 201, { snapshots: [] }))).toMatchObject({ ok: true, statusKey: "2XX" });
    expect(checkExchange(nhn, jsonExchange("GET", "/v2/t1/snapshots", 404, {})).diagnostics[0]?.ruleId).toBe("contract-undocumented-status");
  });

  it("routes a literal segment before a parameter (snapshots/detail vs snapshots/{snapshotId})", () => {
    expect(checkExchange(nhn, jsonExchange("GET", "/v2/t1/snapshots/detail", 200, { snapshots: [] })).operation?.operationId).toBe("listSnapshotsWithDetails");
    expect(checkExchange(nhn, jsonExchange("GET", "/v2/t1/snapshots/abc", 200, {})).operation?.operationId).toBe("viewSnapshot");
  });

  it("points a pattern violation in a nested inline property at the enclosing model's x-source", () => {
    const r = checkExchange(nhn, jsonExchange("GET", "/v2/t1/snapshots/abc", 200, { snapshot: { created_at: "2020-03-03 11:03" } }));
    const d = r.diagnostics.find((x) => x.data?.keyword === "pattern")!;
    expect(d).toMatchObject({ ruleId: "contract-constraint-violation", data: { instancePath: "/snapshot/created_at" } });
    expect(isSourceLocation(d.at) && d.at.page).toBe("scraper/pages/nhn-block-storage-api-v2.txt");
    expect(String(d.data?.sourcePointer)).toMatch(/^#\/components\/schemas\//);
  });

  it("falls back to the operation's x-source for inline schemas without one (Huawei)", () => {
    const r = checkExchange(huawei, jsonExchange("POST", "https://evs.example.com/v2/p1/backups/b1/restore", 202, { restore: { backup_id: 5 } }));
    const op = huawei.byId.get("restoringADiskUsingAVbsBackup")!.operation;
    expect(r.diagnostics).toMatchObject([{ ruleId: "contract-type-mismatch", at: op.source, data: { instancePath: "/restore/backup_id" } }]);
  });
});
