/**
 * The three development pages of ../shared/corpus/huawei-vbs (the documentation export, read as
 * markdown): each scrapes without errors, every block is read, every table row lands in the spec, and
 * the doc-consistency findings are the ones the pages really have. Skipped when the corpus is absent.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { describeWithShared, hasShared, sharedPath } from "../../../core/testing/shared-dir.js";
import type { Diagnostic } from "../../../core/diagnostics.js";
import { validateOpenApi } from "../../openapi/validate.js";
import { scrapePages } from "../../run.js";
import { onlyDocument } from "./test-support/fixtures.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CORPUS = sharedPath("corpus/huawei-vbs");
const names = hasShared("corpus/huawei-vbs")
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith(".md"))
      .sort()
  : [];
const read = (name: string) => scrapePages([{ page: `corpus/${name}`, vendor: "huawei", format: "markdown", content: readFileSync(join(CORPUS, name), "utf8") }]);
const findings = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => `${d.severity} ${d.ruleId} ${JSON.stringify(d.data ?? {})}`);

/** Table rows on a page: <tr> in tbody of the parameter tables (those whose first header says Parameter). */
function parameterRows(markdown: string): number {
  return [...markdown.matchAll(/<table>[\s\S]*?<\/table>/g)]
    .filter((m) => /<th[^>]*>\s*<p[^>]*>(?:<a[^>]*><\/a>)*Parameter<\/p>/.test(m[0]))
    .reduce((n, m) => n + (m[0].split("<tbody>")[1]?.match(/<tr/g)?.length ?? 0), 0);
}

/** Parameters plus properties of request and 2xx bodies (through items and contentSchema). */
function specFields(op: Doc): { fields: number; described: number } {
  let fields = op.parameters?.length ?? 0;
  let described = fields;
  const walk = (s: Doc | undefined): void => {
    if (!s) return;
    for (const p of Object.values((s.properties ?? {}) as Record<string, Doc>)) {
      fields++;
      if (p.description) described++;
      walk(p);
    }
    walk(s.items);
    walk(s.contentSchema);
  };
  walk(op.requestBody?.content?.["application/json"]?.schema);
  for (const [code, r] of Object.entries((op.responses ?? {}) as Record<string, Doc>)) if (code.startsWith("2")) walk(r.content?.["application/json"]?.schema);
  return { fields, described };
}

describeWithShared("corpus/huawei-vbs", "Huawei corpus pages (documentation export)", () => {
  it("holds the three pages", () => {
    expect(names).toHaveLength(3);
  });

  for (const name of names) {
    it(`${name}: one operation, no error, every block read, every parameter row in the spec, valid OpenAPI`, async () => {
      const result = read(name);
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(result.report.pages[0]!.unconsumed).toEqual([]);
      const doc = onlyDocument(result);
      const ops = Object.values(doc.paths as Record<string, Doc>).flatMap((item) => Object.values(item)) as Doc[];
      expect(ops).toHaveLength(1);
      const added = result.diagnostics.filter((d) => d.ruleId === "doc-table-omits-field").length;
      const counted = specFields(ops[0]!);
      expect(counted.described).toBe(parameterRows(readFileSync(join(CORPUS, name), "utf8")));
      expect(counted.fields).toBe(counted.described + added);
      expect(await validateOpenApi(doc, name)).toEqual([]);
    });
  }

  it("merged, the pages give one spec huawei/vbs/v2.yaml with the three operations", () => {
    const result = scrapePages(names.map((n) => ({ page: n, vendor: "huawei", format: "markdown" as const, content: readFileSync(join(CORPUS, n), "utf8") })));
    expect(result.files.map((f) => f.path)).toEqual(["huawei/vbs/v2.yaml"]);
    const doc = onlyDocument(result);
    expect(Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item as object).map((m) => `${m.toUpperCase()} ${p}`))).toEqual([
      "POST /v2/{project_id}/backups",
      "GET /v2/{project_id}/backups/{backup_id}",
      "POST /v2/{project_id}/backups/{backup_id}/restore",
    ]);
  });

  it("create: the backup field table fills the backup dict; the flat response table nests links items; the 'or' example is the 400 body", () => {
    const result = read("creating-a-vbs-backup-(native-openstack-api).md");
    const op = onlyDocument(result).paths["/v2/{project_id}/backups"].post;
    const backup = op.requestBody.content["application/json"].schema.properties.backup;
    expect(Object.keys(backup.properties)).toEqual(["volume_id", "snapshot_id", "name", "description", "container", "incremental", "force", "project_id"]);
    expect(backup.required).toEqual(["volume_id", "snapshot_id"]);
    expect(backup.properties.force.type).toBe("boolean");
    const created = op.responses["202"].content["application/json"].schema.properties.backup;
    expect(Object.keys(created.properties)).toEqual(["id", "name", "links"]);
    expect(created.properties.links).toMatchObject({ type: "array", items: { type: "object", properties: { href: { type: "string" }, rel: { type: "string" } } } });
    expect(op.responses["400"].content["application/json"].example).toEqual({ badRequest: { code: "XXXX", message: "XXX" } });
    expect(findings(result.diagnostics)).toEqual([`info doc-field-not-in-example {"fields":["backup.container","backup.incremental","backup.force","backup.project_id"]}`]);
  });

  it("query: fields after a list<dict> go back to its parent as the example says; JSON-in-string fields get a contentSchema; nulls are nullable", () => {
    const result = read("querying-details-about-a-vbs-backup-(native-openstack-api).md");
    const op = onlyDocument(result).paths["/v2/{project_id}/backups/{backup_id}"].get;
    expect(op.requestBody).toBeUndefined();
    const backup = op.responses["200"].content["application/json"].schema.properties.backup;
    expect(Object.keys(backup.properties)).toHaveLength(19);
    expect(backup.properties.links).toEqual({ description: "Backup URL", type: "array", items: { type: "object" } });
    expect(backup.properties.availability_zone.type).toEqual(["string", "null"]);
    expect(backup.properties.size.type).toBe("integer");
    const metadata = backup.properties.service_metadata;
    expect(metadata).toMatchObject({ type: "string", contentMediaType: "application/json" });
    expect(Object.keys(metadata.contentSchema.properties)).toHaveLength(18);
    expect(metadata.contentSchema.properties.AT).toMatchObject({ type: "number" });
    expect(findings(result.diagnostics)).toEqual([
      `info doc-string-field-with-fields {"field":"backup.service_metadata"}`,
      `info doc-string-field-with-fields {"field":"backup.description"}`,
      `info doc-container-without-fields {"at":"backup.links","fields":["href","rel"]}`,
      `warning doc-example-field-undocumented {"at":"backup.service_metadata","fields":["BackupSize","snap_id"]}`,
      `warning doc-example-type-mismatch {"field":"backup.service_metadata.progress","type":"int"}`,
      `info doc-example-null {"fields":["backup.description","backup.availability_zone","backup.object_count","backup.name"]}`,
      expect.stringMatching(/^info doc-field-not-in-example \{"fields":\["backup.updated_at",/),
    ]);
  });
});
