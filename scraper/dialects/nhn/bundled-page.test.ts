/**
 * The bundled text capture of the NHN Block Storage API v2 Guide, through the whole pipeline.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isSourceLocation } from "../../../core/diagnostics.js";
import type { Schema } from "./test-support.js";
import { BUNDLED_PAGE, checkExamples, operations, REPO_ROOT, resolve, scrapeNhn } from "./test-support.js";

const text = readFileSync(join(REPO_ROOT, BUNDLED_PAGE), "utf8");
const lines = text.split("\n");
const { result, doc, diagnostics } = scrapeNhn(BUNDLED_PAGE, text, "text");

/** 1-based line of the first line equal to `line` after line `after`. */
function lineOf(line: string, after = 0): number {
  const k = lines.findIndex((l, i) => i >= after && l.trim() === line);
  if (k < 0) throw new Error(`line not on the page: ${line}`);
  return k + 1;
}

function responseSchema(operationId: string): Schema {
  const op = operations(doc).find((o) => o.op.operationId === operationId)!.op;
  return resolve(doc, op.responses["2XX"]!.content!["application/json"]!.schema);
}

describe("NHN bundled page: Storage > Block Storage > API v2 Guide", () => {
  it("reads without errors into spec nhn/block-storage/v2.yaml", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(["nhn/block-storage/v2.yaml"]);
  });

  it("finds every API of the page", () => {
    const onPage = lines.filter((l) => /^(GET|POST|PUT|DELETE|PATCH) \//.test(l)).map((l) => l.trim().replace(/^\w+/, (m) => m.toLowerCase()));
    const found = operations(doc).map((o) => `${o.method} ${o.path}`);
    expect(found.sort()).toEqual(onPage.sort());
    expect(found).toHaveLength(12);
    const ids = operations(doc).map((o) => o.op.operationId);
    expect(ids).toContain("listBlockStorageTypes");
    expect(ids).toContain("createImageWithBlockStorage");
    expect(ids).toContain("deleteSnapshots");
  });

  it("tags operations with their group headings", () => {
    const tags = Object.fromEntries(operations(doc).map((o) => [o.op.operationId, o.op.tags]));
    expect(tags.listBlockStorageTypes).toEqual(["Block Storage Type"]);
    expect(tags.getBlockStorage).toEqual(["Block Storage"]);
    expect(tags.createSnapshot).toEqual(["Snapshot"]);
  });

  it("turns the region table into one server per region", () => {
    expect(doc.servers).toEqual([
      { url: "https://kr1-api-block-storage.infrastructure.cloud.toast.com", description: "Korea (Pangyo)" },
      { url: "https://kr2-api-block-storage.infrastructure.cloud.toast.com", description: "Korea (Pyeongchon)" },
      { url: "https://jp1-api-block-storage.infrastructure.cloud.toast.com", description: "Japan" },
    ]);
  });

  it("carries the token header as a security scheme, not as a parameter", () => {
    expect(doc.components.securitySchemes).toEqual({ XAuthToken: { type: "apiKey", in: "header", name: "X-Auth-Token", description: "Token ID" } });
    expect(doc.security).toEqual([{ XAuthToken: [] }]);
    const params = operations(doc).flatMap((o) => o.op.parameters ?? []);
    expect(params.filter((p) => p.in === "header")).toEqual([]);
    expect(params.some((p) => p.name === "tokenId")).toBe(false);
  });

  it("reads parameters with their types, defaults and required flags", () => {
    const list = operations(doc).find((o) => o.op.operationId === "listBlockStorage")!.op;
    const byName = Object.fromEntries((list.parameters ?? []).map((p) => [p.name, p]));
    expect(Object.keys(byName)).toEqual(["tenantId", "sort", "limit", "offset", "marker"]);
    expect(byName.tenantId).toMatchObject({ in: "path", required: true, schema: { type: "string" } });
    expect(byName.limit).toMatchObject({ in: "query", required: false, schema: { type: "integer", default: 1000 } });
    expect(byName.marker!.schema).toEqual({ type: "string", format: "uuid" });
  });

  it("nests dotted names, with arrays where the example shows them", () => {
    const volume = responseSchema("getBlockStorage").properties!.volume!;
    expect(volume.type).toBe("object");
    const attachments = volume.properties!.attachments!;
    expect(attachments.type).toBe("array");
    expect(Object.keys(attachments.items!.properties!)).toEqual(["server_id", "attachment_id", "volume_id", "device", "id"]);
    expect(volume.properties!["os-vol-tenant-attr:tenant_id"]).toMatchObject({ type: "string", description: "Tenant ID" });
    const create = resolve(doc, operations(doc).find((o) => o.op.operationId === "createBlockStorage")!.op.requestBody!.content["application/json"]!.schema);
    expect(create.required).toEqual(["volume"]);
    expect(create.properties!.volume!.required).toEqual(["size"]);
    expect(Object.keys(create.properties!.volume!.properties!.nhn_encryption!.properties!)).toEqual(["skm_appkey", "skm_key_id"]);
  });

  it("follows the example where the List Snapshots table says `snapshot`, and reports it with both positions", () => {
    const schema = responseSchema("listSnapshots");
    expect(Object.keys(schema.properties!)).toEqual(["snapshots"]);
    expect(schema.properties!.snapshots!.description).toBe("Information object of snapshot details");
    const table = lineOf("snapshot Body Array Information object of snapshot details");
    const finding = diagnostics.find((d) => d.ruleId === "doc-table-name-differs-from-example" && isSourceLocation(d.at) && d.at.line === table);
    expect(finding?.severity).toBe("warning");
    expect(finding?.data).toMatchObject({ tableName: "snapshot", exampleName: "snapshots", table: { line: table }, example: { line: lineOf("{", table) } });
  });

  it("moves Get Block Storage's `volumes.nhn_encryption` under `volume`, and reports it with both positions", () => {
    const volume = responseSchema("getBlockStorage").properties!.volume!;
    expect(volume.properties!.nhn_encryption!.properties!.skm_key_version).toMatchObject({ type: "integer" });
    expect(responseSchema("getBlockStorage").properties!.volumes).toBeUndefined();
    const get = lineOf("Get Block Storage");
    const table = lineOf("volumes.nhn_encryption Body Object Block storage encryption information", get);
    const finding = diagnostics.find((d) => d.ruleId === "doc-table-name-differs-from-example" && isSourceLocation(d.at) && d.at.line === table);
    expect(finding?.data).toMatchObject({ tableName: "volumes", exampleName: "volume", table: { line: table }, example: { line: lineOf("{", table) } });
  });

  it("reports every doc finding as a warning with a position on the page", () => {
    const doc = diagnostics.filter((d) => d.ruleId.startsWith("doc-"));
    expect(doc.length).toBeGreaterThanOrEqual(4);
    for (const d of doc) {
      expect(d.severity).toBe("warning");
      expect(isSourceLocation(d.at) && d.at.page === BUNDLED_PAGE).toBe(true);
    }
  });

  it("puts the status tables' values on the status fields", () => {
    const volumeStatus = responseSchema("getBlockStorage").properties!.volume!.properties!.status!;
    expect(volumeStatus.enum).toHaveLength(20);
    expect(volumeStatus.enum).toContain("awaiting-transfer");
    const snapshotStatus = responseSchema("listSnapshots").properties!.snapshots!.items!.properties!.status!;
    expect(snapshotStatus.enum).toEqual(["creating", "available", "backing-up", "deleting", "error", "deleted", "unmanaging", "restoring", "error_deleting"]);
  });

  it("describes datetimes as sent, without a zone, and accepts the page's own examples", () => {
    const createdAt = responseSchema("getBlockStorage").properties!.volume!.properties!.created_at!;
    expect(createdAt.format).toBeUndefined();
    const pattern = new RegExp(createdAt.pattern as string, "u");
    expect(pattern.test("2018-12-18T05:43:12.000000")).toBe(true);
    expect(pattern.test("2018-12-18")).toBe(false);
    const check = checkExamples(doc);
    expect(check.checked).toBe(13);
    expect(check.failures).toEqual([]);
  });

  it("uses every block of the page but the status tables' introductions", () => {
    const report = result.report.pages[0]!;
    expect(report.unconsumed.map((u) => u.line)).toEqual([
      lineOf("Block storage is available in many statuses with operations defined for each status. See the following list of available statuses:"),
      lineOf("Snapshots exist in various statuses, and each status defines its own set of permissible operations. See the following list of volume statuses."),
    ]);
  });
});
