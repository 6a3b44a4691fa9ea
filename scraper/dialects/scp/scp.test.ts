/**
 * The SCP dialect on the bundled pages (real inputs), plus label-vocabulary variants and error paths.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../../core/diagnostics.js";
import { parseTextPage } from "../../document/text-frontend.js";
import type { PageInput } from "../../run.js";
import { scrapePages } from "../../run.js";
import { DEFAULT_MANIFEST, loadManifest } from "../../sources.js";
import { readScpDocument } from "./index.js";
import { SCP_LABELS } from "./labels.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const inputs = loadManifest(DEFAULT_MANIFEST, "scp");
const result = scrapePages(inputs);
const spec = (path: string): Doc => {
  const f = result.files.find((x) => x.path === path);
  if (!f) throw new Error(`no spec ${path}`);
  return f.document as Doc;
};
const operations = (doc: Doc): Array<[string, string, Doc]> =>
  Object.entries(doc.paths as Record<string, Record<string, Doc>>).flatMap(([p, item]) => Object.entries(item).map(([m, op]) => [m, p, op] as [string, string, Doc]));
const pageLines = new Map(inputs.map((i) => [i.page, i.content.split("\n")]));

describe("SCP bundled pages", () => {
  it("scrape without errors", () => {
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("give one spec per service and version: 16", () => {
    expect(result.files.map((f) => f.path)).toEqual([
      "scp/archivestorage/1.0.yaml",
      "scp/archivestorage/1.1.yaml",
      "scp/backup/1.0.yaml",
      "scp/backup/1.1.yaml",
      "scp/backup/1.2.yaml",
      "scp/baremetal-blockstorage/1.0.yaml",
      "scp/baremetal-blockstorage/1.1.yaml",
      "scp/baremetal-blockstorage/1.2.yaml",
      "scp/baremetal-blockstorage/1.3.yaml",
      "scp/filestorage/1.0.yaml",
      "scp/filestorage/1.1.yaml",
      "scp/parallel-filestorage/1.0.yaml",
      "scp/virtualserver/1.0.yaml",
      "scp/virtualserver/1.1.yaml",
      "scp/virtualserver/1.2.yaml",
      "scp/virtualserver/1.3.yaml",
    ]);
  });

  it("hold exactly the operations documented for each version (counted from the pages' version headers)", () => {
    const storage = inputs.find((i) => i.page.endsWith("scp-storage-print.txt"))!.content;
    for (const f of result.files.filter((x) => !x.path.includes("virtualserver"))) {
      const [, service, v] = /^scp\/(.+)\/(.+)\.yaml$/.exec(f.path)!;
      const documented = storage.split(`"Scp-Api-Version = ${service} ${v}"`).length - 1;
      expect(operations(f.document as Doc).length, f.path).toBe(documented);
    }
    expect(operations(spec("scp/virtualserver/1.3.yaml")).map(([m, p]) => `${m} ${p}`)).toEqual(["post /v1/snapshots", "post /v1/volumes/{volume_id}/revert"]);
  });

  it("name operations from API titles and carry summary, description and tags", () => {
    const op = spec("scp/archivestorage/1.1.yaml").paths["/v1/archiving-histories/cancel-archiving"].put;
    expect(op.operationId).toBe("cancelArchiving");
    expect(op.summary).toBe("CancelArchiving");
    expect(op.description).toBe("Cancel a specific archiving");
    expect(op.tags).toEqual(["Archive Storage"]);
    expect(spec("scp/backup/1.2.yaml").paths["/v1/backup-agents"].get.operationId).toBe("listBackupAgents");
  });

  it("mark deprecated versions and carry state, status and Not Before", () => {
    const old = spec("scp/archivestorage/1.0.yaml");
    const op = old.paths["/v1/buckets"].post;
    expect(op.deprecated).toBe(true);
    expect(op["x-api-status"]).toBe("DEPRECATED");
    expect(op["x-api-state"]).toBe("ACTIVE");
    expect(op["x-not-before"]).toBe("2025-12-31");
    const current = spec("scp/archivestorage/1.1.yaml").paths["/v1/buckets"].post;
    expect(current.deprecated).toBeUndefined();
    expect(current["x-not-before"]).toBeUndefined();
    expect(old.info["x-api-versions"]).toEqual([
      { version: "1.1", status: "CURRENT" },
      { version: "1.0", status: "DEPRECATED", notBefore: "2025-12-31" },
    ]);
    expect(spec("scp/virtualserver/1.2.yaml").info["x-api-versions"][1]).toEqual({ version: "1.2", status: "SUPPORTED", notBefore: "2026-08-31" });
  });

  it("turn the OpenAPI URL and the environment/region list into a server with variables", () => {
    expect(spec("scp/backup/1.2.yaml").servers).toEqual([
      {
        url: "https://backup.{region}.{environment}.samsungsdscloud.com",
        variables: {
          region: { default: "kr-west1", enum: ["kr-west1", "kr-east1", "kr-south1", "kr-south2", "kr-south3"] },
          environment: { default: "s", enum: ["s", "g", "e"] },
        },
      },
    ]);
  });

  it("use security schemes for the signed headers, never header parameters; the version header is one required parameter with this version's value", () => {
    for (const f of result.files) {
      const doc = f.document as Doc;
      expect(Object.keys(doc.components.securitySchemes)).toEqual(["ScpAccessKey", "ScpSignature", "ScpTimestamp", "ScpClientType"]);
      expect(doc.security).toEqual([{ ScpAccessKey: [], ScpSignature: [], ScpTimestamp: [], ScpClientType: [] }]);
      for (const [, , op] of operations(doc)) {
        const scp = (op.parameters ?? []).filter((p: { name: unknown }) => String(p.name).toLowerCase().startsWith("scp-"));
        const value = (doc.info as { "x-version-header"?: { value: string } })["x-version-header"]?.value;
        expect(scp).toEqual([
          expect.objectContaining({ name: "Scp-Api-Version", in: "header", required: true, schema: { type: "string", enum: [value], default: value }, "x-cloudspec-version-header": true }),
        ]);
      }
    }
  });

  it("read parameters with type, nullability as type arrays, enum, default, example and constraints", () => {
    const op = spec("scp/backup/1.2.yaml").paths["/v1/backups/{backup_id}/backup-histories"].get;
    const byName = Object.fromEntries(op.parameters.map((p: Doc) => [p.name, p]));
    expect(byName.backup_id).toMatchObject({ in: "path", required: true, schema: { type: "string" }, example: "00cd2538fbf94d12b36aabbdd607e974" });
    expect(byName.backup_start_time).toMatchObject({ in: "query", required: false, schema: { type: ["string", "null"], format: "date-time" } });
    expect(byName.backup_job_state.schema).toEqual({ type: ["string", "null"], enum: ["SUCCESS", "PARTIAL_SUCCESS", "FAILED", "INPROGRESS", "ALL", null] });
    expect(byName.size).toMatchObject({ schema: { type: "integer", default: 20 }, example: 20 });
    const create = spec("scp/archivestorage/1.1.yaml").paths["/v1/buckets"].post;
    expect(create.requestBody).toMatchObject({ required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/BucketCreateRequest" } } } });
    expect(create.requestBody.content["application/json"].example).toEqual({ name: "astest", tags: [{ key: "key", value: "value" }] });
    expect(create.responses["201"].content["application/json"].example).toEqual({ id: "138c2-fc8c2-9a449-dbfa86-81f8f-1d78e2" });
    expect(create.responses["400"]).toEqual({ description: "Bad Request" });
    expect(create["x-example-request-path"]).toBe("/v1/buckets");
  });

  it("read model tables: required, schema grammar, run-together constraints, unescaped pipes", () => {
    const schemas = spec("scp/archivestorage/1.1.yaml").components.schemas;
    expect(schemas.ArchivingPolicyStateUpdateRequest).toMatchObject({
      type: "object",
      required: ["state"],
      properties: { state: { description: "Archiving Policy State", type: "string", pattern: "^(ACTIVE|INACTIVE)$", examples: ["ACTIVE"] } },
    });
    const backup = spec("scp/backup/1.2.yaml").components.schemas;
    expect(backup.BackupCreateRequest1Dot2.properties.server_category).toEqual({
      description: "Backup server category",
      type: "string",
      enum: ["VIRTUAL_SERVER", "GPU_SERVER", "BAREMETAL_SERVER"],
      examples: ["VIRTUAL_SERVER | GPU_SERVER | BAREMETAL_SERVER"],
    });
    expect(backup.BackupCreateRequest1Dot2.properties.filesystem_paths).toMatchObject({ type: ["array", "null"], items: { type: "string" }, examples: [["/aaa", "/bbb"]] });
    expect(backup.BackupCreateRequest1Dot2.properties.tags).toEqual({ type: ["array", "null"], items: { $ref: "#/components/schemas/Tag" } });
    expect(backup.BackupCreateRequest1Dot2.properties.encrypt_enabled).toMatchObject({ type: "boolean", default: true });
    expect(backup.AgentBackupRestoreRequest.required).toEqual(["filesystem_paths", "restore_server_uuid", "restore_target_id"]);
  });

  it("read a model property named `path` as a property (tables are told apart by their header)", () => {
    const schemas = spec("scp/filestorage/1.1.yaml").components.schemas;
    const holder = Object.values(schemas as Record<string, Doc>).find((s) => s.properties?.path);
    expect(holder?.properties.path).toMatchObject({ type: ["string", "null"], description: "Volume Mount Path" });
  });

  it("keep exactly the models reachable from the version's operations", () => {
    for (const f of result.files) {
      const doc = f.document as Doc;
      const text = JSON.stringify({ paths: doc.paths, schemas: doc.components.schemas ?? {} });
      for (const name of Object.keys(doc.components.schemas ?? {})) expect(text.includes(`"#/components/schemas/${name}"`), `${f.path} ${name}`).toBe(true);
    }
    const b10 = spec("scp/backup/1.0.yaml").components.schemas;
    const b12 = spec("scp/backup/1.2.yaml").components.schemas;
    expect(b10.BackupCreateRequest1Dot2).toBeUndefined();
    expect(b12.BackupCreateRequest1Dot2).toBeDefined();
  });

  it("infer the schemas the Virtual Server pages name but never define, from their examples", () => {
    const schemas = spec("scp/virtualserver/1.3.yaml").components.schemas;
    expect(Object.keys(schemas).sort()).toEqual(["SnapshotCreateRequest", "SnapshotDetailResponse", "VolumeRevertRequest"]);
    expect(schemas.VolumeRevertRequest).toMatchObject({ type: "object", properties: { snapshot_id: { type: "string" } }, "x-inferred": true });
    expect(schemas.SnapshotDetailResponse.properties.size).toEqual({ type: "integer" });
    expect(schemas.SnapshotDetailResponse.properties.created_at).toEqual({ type: "string", format: "date-time" });
  });

  it("put x-source (page + line) on every operation and schema, pointing at the documenting line", () => {
    for (const f of result.files) {
      const doc = f.document as Doc;
      for (const [, , op] of operations(doc)) {
        const src = op["x-source"];
        const line = pageLines.get(src.page)![src.line - 1]!;
        expect(line, `${f.path} ${op.operationId}`).toMatch(/^\d+(\.\d+)* - v?\d+(\.\d+)+$/);
      }
      for (const [name, s] of Object.entries((doc.components.schemas ?? {}) as Record<string, Doc>)) {
        const src = s["x-source"];
        const line = pageLines.get(src.page)![src.line - 1]!;
        if (s["x-inferred"]) expect(line.trim()).toMatch(/^[{[]/);
        else expect(line, `${f.path} ${name}`).toMatch(new RegExp(`^[\\d.]+ - ${name}$`));
      }
    }
  });

  it("report nothing unconsumed and every row that lost its schema cell", () => {
    for (const p of result.report.pages) expect(p.unconsumed, p.page).toEqual([]);
    const missing = result.diagnostics.filter((d) => d.ruleId === "scp-missing-schema-cell");
    expect(missing.map((d) => ("line" in d.at ? d.at.line : 0))).toEqual([15458, 15651, 15845]);
  });
});

describe("label vocabulary: Korean pages and older renderings read the same", () => {
  const revert = inputs.find((i) => i.page.endsWith("scp-virtualserver-volume-revert.txt"))!;
  const storage = inputs.find((i) => i.page.endsWith("scp-storage-print.txt"))!;
  const run = (pages: PageInput[]) => scrapePages(pages).files.map((f) => f.content);
  const withContent = (p: PageInput, content: string): PageInput => ({ ...p, content });

  it("reads 상태 / 버전 | 최소 지원 보장일 as State / Version | Not Before", () => {
    const ko = revert.content
      .replace(/^State /gm, "상태 ")
      .replace(/^\| Version \| Not Before \|$/gm, "| 버전 | 최소 지원 보장일 |")
      .replace(/^Description$/gm, "설명")
      .replace(/^Parameters$/gm, "파라미터")
      .replace(/^\| Type \| Name \| Description \| Schema \| Default \|$/gm, "| 유형 | 이름 | 설명 | 스키마 | 기본값 |")
      .replace(/ required \|/g, " 필수 |");
    expect(ko).not.toBe(revert.content);
    expect(run([withContent(revert, ko)])).toEqual(run([revert]));
  });

  it("reads 'Supported Until' as 'Not Before' and version tables in ascending order", () => {
    const section = storage.content.slice(storage.content.indexOf("5 - Parallel File Storage"));
    const header = storage.content.slice(0, storage.content.indexOf("- 1: Archive Storage"));
    const base = withContent(storage, header + section);
    const older = base.content.replace(/Not Before/g, "Supported Until");
    const ascending = storage.content
      .slice(storage.content.indexOf("1 - Archive Storage"), storage.content.indexOf("2 - Backup"))
      .replace("| 1.1 | CURRENT | - |\n| 1.0 | DEPRECATED | 20251231 |", "| 1.0 | DEPRECATED | 20251231 |\n| 1.1 | CURRENT | - |");
    expect(run([withContent(base, older)])).toEqual(run([base]));
    const asc = scrapePages([withContent(storage, ascending)]);
    expect(asc.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect((asc.files[0]!.document as Doc).info["x-api-versions"].map((v: Doc) => v.version)).toEqual(["1.1", "1.0"]);
  });

  it("a new rendering is one more word in the table: unknown header → located error; added label → read", () => {
    const renamed = revert.content.replace(/^\| Version \| Not Before \|$/gm, "| Version | Valid Through |");
    const sink = new DiagnosticSink();
    readScpDocument(parseTextPage("p.txt", renamed, sink), sink);
    const unknown = sink.items.filter((d) => d.ruleId === "scp-unknown-table");
    expect(unknown.length).toBe(4);
    expect(unknown[0]!.at).toEqual({ page: "p.txt", line: 8 });
    const labels = { ...SCP_LABELS, columns: { ...SCP_LABELS.columns, notBefore: [...SCP_LABELS.columns.notBefore, "Valid Through"] } };
    const sink2 = new DiagnosticSink();
    const read = readScpDocument(parseTextPage("p.txt", renamed, sink2), sink2, labels);
    expect(sink2.items.filter((d) => d.severity === "error")).toEqual([]);
    expect(read.services[0]!.operations.find((o) => o.apiVersion === "1.0")!.notBefore).toBe("2025-12-31");
  });
});

describe("SCP page shapes", () => {
  it("reads a single-API page of one version that has no version sections", () => {
    const revert = readFileSync("scraper/pages/scp-virtualserver-volume-revert.txt", "utf8");
    const oneVersion = revert.slice(0, revert.indexOf("2 - 1.2")).replace("1 - 1.3\n", "");
    const sink = new DiagnosticSink();
    const read = readScpDocument(parseTextPage("one.txt", oneVersion, sink), sink);
    expect(sink.items.filter((d) => d.severity === "error")).toEqual([]);
    expect(read.services.map((s) => [s.id, s.operations.map((o) => `${o.apiVersion} ${o.method} ${o.path}`)])).toEqual([["virtualserver", ["1.3 post /v1/volumes/{volume_id}/revert"]]]);
  });
});

describe("SCP models named like primitives", () => {
  // Hand-written page: a model called "Object" that another model lists as array[Object].
  const page = [
    "1 - Widget Storage",
    "Overview",
    "Widgets, kept.",
    "1.1 - APIs",
    "1.1.1 - ListWidgets",
    "1.1.1.1 - 1.0",
    "get /v1/widgets",
    "Description",
    "List widgets",
    "State ACTIVE (CURRENT)",
    "| Version | Not Before |",
    "|---|---|",
    "| 1.0 | - |",
    "Responses",
    "| HTTP Code | Description | Schema |",
    "|---|---|---|",
    "| 200 | OK | WidgetListResponse |",
    "Example HTTP request",
    "Request header",
    '"Scp-Api-Version = widget 1.0"',
    "1.2 - Models",
    "1.2.1 - Object",
    "| Name | Description | Schema | Default |",
    "|---|---|---|---|",
    "| kind required | Kind Example : FILE | string |",
    "1.2.2 - WidgetListResponse",
    "| Name | Description | Schema | Default |",
    "|---|---|---|---|",
    "| contents required | Widget list | array[Object] | |",
    "| extra optional | Free-form | object |",
  ].join("\n");
  it("array[Object] refers to the page's model Object; lowercase object stays the primitive", () => {
    const sink = new DiagnosticSink();
    const read = readScpDocument(parseTextPage("widgets.txt", page, sink), sink);
    expect(sink.items.filter((d) => d.severity === "error")).toEqual([]);
    const list = read.services[0]!.schemas.get("WidgetListResponse")!.schema as Doc;
    expect(list.properties.contents).toMatchObject({ type: "array", items: { $ref: "#/components/schemas/Object" } });
    expect(list.properties.extra).toMatchObject({ type: "object" });
  });
});

describe("SCP errors name page:line", () => {
  const read = (text: string) => {
    const sink = new DiagnosticSink();
    const r = readScpDocument(parseTextPage("bad.txt", text, sink), sink);
    return { ...r, diagnostics: sink.items };
  };
  it("a page with no operation", () => {
    const r = read("Just some text\nand nothing else\n");
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ ruleId: "page-without-operations", severity: "error", at: { page: "bad.txt", line: 1 } }));
  });
  it("a schema named but neither defined nor exemplified", () => {
    const page = readFileSync("scraper/pages/scp-virtualserver-volume-revert.txt", "utf8").replace(/Request body\n\{\n"snapshot_id": "[^"]+"\n\}/g, "");
    const r = read(page);
    const e = r.diagnostics.find((d) => d.ruleId === "scp-undefined-schema");
    expect(e).toMatchObject({ severity: "error", message: expect.stringContaining("VolumeRevertRequest") });
    // At the first row that names it (the body row of the newest version section), not at the version's heading.
    const rowLine = page.split("\n").findIndex((l) => /^\|?\s*body\b/.test(l.trim()) || l.includes("| body |")) + 1;
    expect(rowLine).toBeGreaterThan(0);
    expect(
      page
        .split("\n")
        .slice(rowLine - 1, rowLine + 2)
        .join("\n"),
    ).toContain("VolumeRevertRequest");
    expect(e!.at).toEqual({ page: "bad.txt", line: rowLine });
  });
  it("a version section with its request line and nothing else (a capture cut there): an error, no operation", () => {
    const page = readFileSync("scraper/pages/scp-virtualserver-volume-revert.txt", "utf8");
    const r = read(`${page.trimEnd()}\n\n5 - 0.9\n\npost /v1/volu\n`);
    const lines = `${page.trimEnd()}\n`.split("\n").length;
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ ruleId: "scp-request-line-only", severity: "error", at: { page: "bad.txt", line: lines + 1 } }));
    expect(r.services.flatMap((s) => s.operations).map((o) => o.apiVersion)).toEqual(["1.3", "1.2", "1.1", "1.0"]);
  });
  it("a version section without a METHOD /path line", () => {
    const page = readFileSync("scraper/pages/scp-virtualserver-volume-revert.txt", "utf8").replace("post /v1/volumes/{volume_id}/revert\n", "");
    const r = read(page);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ ruleId: "scp-no-method-path", at: { page: "bad.txt", line: 3 } }));
  });
});
