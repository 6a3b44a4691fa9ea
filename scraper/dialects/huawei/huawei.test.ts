/**
 * The Huawei dialect on the bundled page (the text capture of "Restoring a Disk Using a VBS Backup
 * (Native OpenStack API)", read through the sources manifest like `npm start` does).
 */
import { describe, expect, it } from "vitest";
import { validateOpenApi } from "../../openapi/validate.js";
import { scrapePages } from "../../run.js";
import { DEFAULT_MANIFEST, loadManifest } from "../../sources.js";
import { exportPage, onlyDocument, table } from "./test-support/fixtures.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const inputs = loadManifest(DEFAULT_MANIFEST, "huawei");
const result = scrapePages(inputs);
const lines = inputs[0]!.content.split("\n");
/** The 1-based line of the first line of the page equal to `text` (after trimming). */
const lineOf = (text: string, from = 0) => lines.findIndex((l, k) => k >= from && l.trim() === text) + 1;

describe("Huawei bundled page: restore a disk from a VBS backup", () => {
  const doc = onlyDocument(result);
  const op: Doc = doc.paths["/v2/{project_id}/backups/{backup_id}/restore"]?.post;

  it("is in the manifest as a text capture and scrapes without errors into spec/huawei/vbs/v2.yaml", () => {
    expect(inputs.map((i) => [i.page, i.format])).toEqual([["scraper/pages/huawei-evs-restore-vbs-backup.txt", "text"]]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(["huawei/vbs/v2.yaml"]);
    expect(doc.info).toMatchObject({ title: "VBS API", version: "v2", "x-vendor": "huawei", "x-service-id": "vbs" });
  });

  it("reads every block of the page", () => {
    expect(result.report.pages[0]!.unconsumed).toEqual([]);
  });

  it("has the one operation, named from the title and described by Function", () => {
    expect(Object.keys(doc.paths)).toEqual(["/v2/{project_id}/backups/{backup_id}/restore"]);
    expect(Object.keys(doc.paths["/v2/{project_id}/backups/{backup_id}/restore"])).toEqual(["post"]);
    expect(op.operationId).toBe("restoringADiskUsingAVbsBackup");
    expect(op.summary).toBe("Restoring a Disk Using a VBS Backup (Native OpenStack API)");
    expect(op.description).toBe("This API is used to restore a disk using a VBS backup.");
    expect(op.tags).toEqual(["VBS"]);
    expect(op["x-source"]).toEqual({ page: "scraper/pages/huawei-evs-restore-vbs-backup.txt", line: 1 });
  });

  it("declares both path parameters from the URI table, located at their rows", () => {
    expect(op.parameters.map((p: Doc) => [p.name, p.in, p.required, p.description, p.schema])).toEqual([
      ["project_id", "path", true, "Project ID", { type: "string" }],
      ["backup_id", "path", true, "ID of the backup used to restore a disk", { type: "string" }],
    ]);
    expect(op.parameters[1]["x-source"].line).toBe(lineOf("backup_id"));
  });

  it("nests volume_id inside the restore dict of the request body, both mandatory, with the example", () => {
    const body = op.requestBody;
    expect(body.required).toBe(true);
    expect(body.content["application/json"].schema).toEqual({
      type: "object",
      properties: {
        restore: {
          description: "Information about the disk to be restored",
          type: "object",
          properties: { volume_id: { description: "ID of the disk to be restored", type: "string" } },
          required: ["volume_id"],
        },
      },
      required: ["restore"],
    });
    expect(body.content["application/json"].example).toEqual({ restore: { volume_id: "2748f2f2-4394-4e6e-af8d-8dd34496c024" } });
  });

  it("answers 202 with the response fields inside the restore object the example shows, and reports the table's omission", () => {
    const ok = op.responses["202"];
    expect(ok.description).toBe("Accepted");
    const schema = ok.content["application/json"].schema;
    expect(Object.keys(schema.properties)).toEqual(["restore"]);
    expect(schema.properties.restore.properties).toEqual({
      backup_id: { description: "Backup ID", type: "string" },
      volume_id: { description: "Disk ID", type: "string" },
      volume_name: { description: "Disk name", type: "string" },
    });
    expect(ok.content["application/json"].example.restore.volume_name).toBe("test_volume");
    const omission = result.diagnostics.filter((d) => d.ruleId === "doc-table-omits-field");
    expect(omission).toHaveLength(1);
    expect(omission[0]).toMatchObject({ severity: "warning", at: { line: lineOf("backup_id", lineOf("Response")) }, data: { added: "restore" } });
  });

  it("lists every abnormal status code with its description", () => {
    expect(Object.keys(op.responses)).toEqual(["202", "400", "401", "403", "404", "405", "406", "407", "408", "409", "500", "501", "502", "503", "504"]);
    expect(op.responses["404"]).toEqual({ description: "The server could not find the requested page or resources." });
    expect(op.responses["504"]).toEqual({ description: "A gateway timeout error occurred." });
  });

  it("authenticates with the X-Auth-Token header scheme, not a parameter", () => {
    expect(doc.components.securitySchemes).toEqual({
      XAuthToken: { type: "apiKey", in: "header", name: "X-Auth-Token", description: expect.any(String) },
    });
    expect(doc.security).toEqual([{ XAuthToken: [] }]);
    expect(op.parameters.some((p: Doc) => p.in === "header")).toBe(false);
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    expect(await validateOpenApi(doc, "huawei/vbs/v2.yaml")).toEqual([]);
  });
});

describe("pages of one service", () => {
  it("merge: a second page adds its operation to spec/huawei/vbs/v2.yaml", () => {
    const second = exportPage({
      title: "Deleting a VBS Backup \\(Native OpenStack API\\)",
      purpose: "This interface is used to delete a VBS backup.",
      uri: [
        "-   URI format",
        "",
        "    DELETE /v2/\\{project\\_id\\}/backups/\\{backup\\_id\\}",
        "",
        "-   Parameter description",
        "",
        table(
          ["Parameter", "Mandatory", "Description"],
          [
            ["project_id", "Yes", "Project ID"],
            ["backup_id", "Yes", "Backup ID"],
          ],
        ),
        "",
      ],
      response: ["None", ""],
      tail: [
        "## Status Codes",
        "",
        "-   Normal",
        "",
        "    202",
        "",
        "-   Abnormal",
        "",
        table(["Status Code", "Description"], [["404 Not Found", "The backup does not exist."]]),
        "",
        "## Error Code",
        "",
        "For details, see  [Error Codes](error-codes.md).",
        "",
      ],
    });
    const merged = scrapePages([...inputs, { page: "delete.md", vendor: "huawei", format: "markdown", content: second }]);
    expect(merged.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const doc = onlyDocument(merged);
    expect(Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item as object).map((m) => `${m} ${p}`))).toEqual([
      "delete /v2/{project_id}/backups/{backup_id}",
      "post /v2/{project_id}/backups/{backup_id}/restore",
    ]);
    expect(doc.info["x-pages"].map((p: Doc) => p.page)).toEqual(["scraper/pages/huawei-evs-restore-vbs-backup.txt", "delete.md"]);
    const del = doc.paths["/v2/{project_id}/backups/{backup_id}"].delete;
    expect(del.requestBody).toBeUndefined();
    expect(del.responses).toEqual({ "202": { description: "Accepted" }, "404": { description: "The backup does not exist." } });
  });
});
