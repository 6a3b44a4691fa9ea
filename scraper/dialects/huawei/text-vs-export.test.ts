/**
 * The same page as a text capture (one table cell per paragraph) and as the documentation export
 * (markdown, HTML tables) gives the same spec. Real inputs: the bundled capture of the restore page
 * against the export of that page from ../shared/corpus (skipped when absent), and the other corpus
 * pages against their capture rendered by test-support/export-to-text.ts (itself checked against the
 * real capture first).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeWithShared, sharedPath } from "../../../core/testing/shared-dir.js";
import { scrapePages } from "../../run.js";
import { exportToTextCapture } from "./test-support/export-to-text.js";
import { onlyDocument, scrapeBoth, table, withoutProvenance, GUESS } from "./test-support/fixtures.js";

const CORPUS = sharedPath("corpus/huawei-vbs");
const RESTORE_EXPORT = join(CORPUS, "restoring-a-disk-using-a-vbs-backup-(native-openstack-api).md");
const BUNDLED = join(import.meta.dirname, "../../pages/huawei-evs-restore-vbs-backup.txt");

/**
 * The two publications of the restore page differ in three phrases (the published page is newer than
 * the export): not a reading difference, so they are aligned before the documents are compared.
 */
const WORDING: ReadonlyArray<[string, string]> = [
  ["This API is used to restore a disk using a VBS backup.", "This interface is used to restore a disk using a VBS backup."],
  ["Disk ID", "Volume ID"],
  ["Disk name", "Volume name"],
];

function readText(content: string, page = "capture.txt") {
  return scrapePages([{ page, vendor: "huawei", format: "text", content }]);
}
function readExport(content: string, page = "export.md") {
  return scrapePages([{ page, vendor: "huawei", format: "markdown", content }]);
}
/** Every string value that differs between two documents, as [pointer, a, b]. */
function differences(a: unknown, b: unknown, pointer = ""): Array<[string, unknown, unknown]> {
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${pointer}/${k}`));
  }
  return a === b ? [] : [[pointer, a, b]];
}
const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");

describeWithShared("corpus/huawei-vbs", "text capture ≡ documentation export (../shared/corpus/huawei-vbs)", () => {
  const bundled = readFileSync(BUNDLED, "utf8");
  const exported = readFileSync(RESTORE_EXPORT, "utf8");

  it("restore page: the bundled capture and the export give the same document, but for the three phrases the publications word differently", () => {
    const text = readText(bundled);
    const md = readExport(exported);
    expect(text.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(md.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const a = withoutProvenance(onlyDocument(text));
    const b = withoutProvenance(onlyDocument(md));
    expect(differences(a, b).map(([, x, y]) => [x, y])).toEqual(WORDING);

    let aligned = bundled;
    for (const [from, to] of WORDING) aligned = aligned.replace(new RegExp(`^(\\s*)${from}$`, "m"), `$1${to}`);
    expect(withoutProvenance(onlyDocument(readText(aligned)))).toEqual(b);
  });

  it("restore page: both report the same findings (rule and message)", () => {
    const summary = (r: ReturnType<typeof readText>) => r.diagnostics.map((d) => `${d.severity} ${d.ruleId}: ${d.message}`);
    expect(summary(readText(bundled))).toEqual(summary(readExport(exported)));
  });

  it("the rendered capture of the export equals the bundled capture, line for line, but for the wording", () => {
    const rendered = lines(exportToTextCapture(exported));
    const real = lines(bundled);
    expect(rendered).toHaveLength(real.length);
    const differing = rendered.map((l, k) => [l, real[k]!]).filter(([x, y]) => x !== y);
    expect(differing).toEqual([
      ["This interface is used to restore a disk using a VBS backup.", "This API is used to restore a disk using a VBS backup."],
      ["Volume ID", "Disk ID"],
      ["Volume name", "Disk name"],
      ["Error Code", "Error Codes"],
    ]);
  });

  for (const name of existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((f) => f.endsWith(".md"))
        .sort()
    : []) {
    it(`${name}: its text capture and the export give the same document`, () => {
      const md = readFileSync(join(CORPUS, name), "utf8");
      const both = { text: readText(exportToTextCapture(md)), markdown: readExport(md) };
      expect(both.text.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(withoutProvenance(onlyDocument(both.text))).toEqual(withoutProvenance(onlyDocument(both.markdown)));
      expect(both.text.report.pages[0]!.unconsumed).toEqual([]);
    });
  }
});

describe("text capture ≡ export on a fixture (always runs)", () => {
  it("multi-paragraph cells, a nested field table, alternative examples", () => {
    const page = [
      "# Creating a Widget \\(Native OpenStack API\\)",
      "",
      "## Function",
      "",
      "This interface is used to create a widget.",
      "",
      "## URI",
      "",
      "-   URI format",
      "",
      "    POST /v1/\\{project\\_id\\}/widgets",
      "",
      "-   Parameter description",
      "",
      table(["Parameter", "Mandatory", "Description"], [["project_id", "Yes", "Project ID.\nFor how to obtain it, see Obtaining a Project ID."]]),
      "",
      "## Request",
      "",
      "-   Parameter description",
      "",
      table(["Parameter", "Mandatory", "Type", "Description"], [["widget", "Yes", "dict", "The widget. For details, see the widget field description."]]),
      "",
      "-   **widget**  field description",
      "",
      table(
        ["Parameter", "Mandatory", "Type", "Description"],
        [
          ["size", "Yes", "int", "Size in GB.\nThe value ranges from 1 to 10."],
          ["tags", "No", "list<string>", "Tags"],
        ],
      ),
      "",
      "-   Example request",
      "",
      "    ```",
      '    {"widget": {"size": 2, "tags": ["a"]}}',
      "    ```",
      "",
      "## Response",
      "",
      "-   Parameter description",
      "",
      table(
        ["Parameter", "Type", "Description"],
        [
          ["widget", "dict", "The widget"],
          ["id", "string", "Widget ID"],
        ],
      ),
      "",
      "-   Example response",
      "",
      "    ```",
      '    {"widget": {"id": "w-1"}}',
      "    ```",
      "",
      "    or",
      "",
      "    ```",
      '    {"itemNotFound": {"message": "no such project"}}',
      "    ```",
      "",
      "## Status Codes",
      "",
      "-   Normal",
      "",
      "    201",
      "",
      "-   Abnormal",
      "",
      table(["Status Code", "Description"], [["404 Not Found", "The project does not exist."]]),
      "",
    ].join("\n");
    const both = scrapeBoth(page);
    expect(both.markdown.diagnostics.filter((d) => d.severity !== "info" && d.ruleId !== GUESS)).toEqual([]);
    const doc = onlyDocument(both.markdown);
    expect(withoutProvenance(onlyDocument(both.text))).toEqual(withoutProvenance(doc));
    const op = doc.paths["/v1/{project_id}/widgets"].post;
    expect(op.parameters[0].description).toBe("Project ID.\nFor how to obtain it, see Obtaining a Project ID.");
    expect(op.requestBody.content["application/json"].schema.properties.widget).toMatchObject({
      type: "object",
      properties: { size: { type: "integer", description: "Size in GB.\nThe value ranges from 1 to 10." }, tags: { type: "array", items: { type: "string" } } },
      required: ["size"],
    });
    expect(op.responses["201"].content["application/json"].schema.properties.widget.properties).toEqual({ id: { description: "Widget ID", type: "string" } });
    expect(op.responses["404"].content["application/json"].example).toEqual({ itemNotFound: { message: "no such project" } });
    expect(both.text.report.pages[0]!.unconsumed).toEqual([]);
    expect(both.markdown.report.pages[0]!.unconsumed).toEqual([]);
  });
});
