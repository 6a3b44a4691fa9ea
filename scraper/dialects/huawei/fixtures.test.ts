/**
 * Small targeted pages: tables the example contradicts, pages the dialect cannot read (located errors,
 * no spec), and the other renderings of Huawei API pages (ECS-style "Request Message"/"Returned
 * Values", newer "Path Parameters"/"Status code: 200" pages, query parameters). Every fixture is read
 * as the export (markdown) and as its text capture, and both must agree.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../../core/diagnostics.js";
import { scrapePages } from "../../run.js";
import type { BothFormats } from "./test-support/fixtures.js";
import { json, onlyDocument, ruleIds, scrapeBoth, table, withoutProvenance } from "./test-support/fixtures.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const STATUS = ["## Status Codes", "", "-   Normal", "", "    200", ""].join("\n");

/** A page with the given request and response parts (markdown lines). */
function page(opts: { title?: string; uri?: string; uriTable?: string; request?: string[]; response?: string[]; status?: string }): string {
  return [
    `# ${opts.title ?? "Querying an XYZ Thing \\(Native OpenStack API\\)"}`,
    "",
    "## Function",
    "",
    "This interface is used to do something.",
    "",
    "## URI",
    "",
    "-   URI format",
    "",
    `    ${opts.uri ?? "GET /v2/\\{project\\_id\\}/things"}`,
    "",
    "-   Parameter description",
    "",
    opts.uriTable ?? table(["Parameter", "Mandatory", "Description"], [["project_id", "Yes", "Project ID"]]),
    "",
    "## Request",
    "",
    ...(opts.request ?? ["None", ""]),
    "## Response",
    "",
    ...(opts.response ?? ["None", ""]),
    opts.status ?? STATUS,
  ].join("\n");
}

const responseTable = (rows: string[][]) => ["-   Parameter description", "", table(["Parameter", "Type", "Description"], rows), ""];
const example = (value: unknown, label = "Example response") => [`-   ${label}`, "", json(value), ""];

/** Both formats agree; returns the markdown result's diagnostics and document. */
function agree(both: BothFormats): { diagnostics: Diagnostic[]; doc: Doc } {
  const summary = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.severity} ${d.ruleId}: ${d.message}`);
  expect(summary(both.text.diagnostics)).toEqual(summary(both.markdown.diagnostics));
  const doc = both.markdown.files.length === 1 ? onlyDocument(both.markdown) : {};
  if (both.markdown.files.length === 1) expect(withoutProvenance(onlyDocument(both.text))).toEqual(withoutProvenance(doc));
  return { diagnostics: both.markdown.diagnostics, doc };
}

const body200 = (doc: Doc, path = "/v2/{project_id}/things") => doc.paths[path].get.responses["200"].content["application/json"];

describe("tables the example cannot be reconciled with", () => {
  it("a field the table order puts in one dict and the example in another is reported and placed as the example says", () => {
    const both = scrapeBoth(
      page({
        response: [
          ...responseTable([
            ["a", "dict", "A"],
            ["a1", "string", "A1"],
            ["b", "dict", "B"],
            ["b1", "string", "B1"],
            ["a2", "string", "A2"],
          ]),
          ...example({ a: { a1: "x", a2: "y" }, b: { b1: "z" } }),
        ],
      }),
    );
    const { diagnostics, doc } = agree(both);
    const conflict = diagnostics.filter((d) => d.ruleId === "doc-field-placement-conflict");
    expect(conflict).toHaveLength(1);
    expect(conflict[0]).toMatchObject({ severity: "warning", data: { field: "a2", example: "a" } });
    expect(conflict[0]!.message).toContain('puts "a2" in "b"');
    const props = body200(doc).schema.properties;
    expect(Object.keys(props.a.properties)).toEqual(["a1", "a2"]);
    expect(Object.keys(props.b.properties)).toEqual(["b1"]);
  });

  it("a dict the example shows as a string is reported, and the rows after it keep the table order (noted)", () => {
    const both = scrapeBoth(
      page({
        response: [
          ...responseTable([
            ["meta", "dict", "Metadata"],
            ["key", "string", "Key"],
          ]),
          ...example({ meta: "k=v" }),
        ],
      }),
    );
    const { diagnostics, doc } = agree(both);
    expect(diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([
      ["warning", "doc-example-type-mismatch"],
      ["info", "huawei-nesting-by-order"],
    ]);
    expect(body200(doc).schema.properties.meta.properties).toEqual({ key: { description: "Key", type: "string" } });
  });

  it("fields the example nests in an object the table never lists: the object is taken from the example, reported once", () => {
    const both = scrapeBoth(
      page({
        response: [
          ...responseTable([
            ["id", "string", "ID"],
            ["size", "int", "Size"],
          ]),
          ...example({ thing: { detail: { id: "t", size: 1 } } }),
        ],
      }),
    );
    const { diagnostics, doc } = agree(both);
    expect(ruleIds(diagnostics)).toEqual(["doc-table-omits-field", "doc-table-omits-field"]);
    expect(diagnostics.map((d) => d.data?.added)).toEqual(["thing", "thing.detail"]);
    expect(body200(doc).schema.properties.thing.properties.detail.properties.size).toEqual({ description: "Size", type: "integer" });
  });

  it("example fields no table lists, and a nested table for a field nobody has, are warnings", () => {
    const both = scrapeBoth(
      page({
        response: [
          ...responseTable([
            ["thing", "dict", "The thing"],
            ["id", "string", "ID"],
          ]),
          "-   **ghost**  field description",
          "",
          table(["Parameter", "Type", "Description"], [["boo", "string", "Boo"]]),
          "",
          ...example({ thing: { id: "t", colour: "red" } }),
        ],
      }),
    );
    const { diagnostics } = agree(both);
    expect(diagnostics.map((d) => [d.severity, d.ruleId, d.data])).toEqual([
      ["warning", "doc-nested-table-unknown-field", { field: "ghost" }],
      ["warning", "doc-example-field-undocumented", { at: "thing", fields: ["colour"] }],
    ]);
  });
});

describe("pages the dialect cannot read fail loudly, with a location and no spec", () => {
  it("no URI line", () => {
    const text = page({ uri: "See the API overview." });
    const result = scrapePages([{ page: "p.md", vendor: "huawei", format: "markdown", content: text }]);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => [d.ruleId, d.at])).toEqual([["huawei-no-request-line", { page: "p.md", line: text.split("\n").indexOf("## URI") + 1 }]]);
    expect(result.files).toEqual([]);
  });

  it("a request table whose columns are not a parameter table", () => {
    const text = page({ request: ["-   Parameter description", "", table(["Key", "Value"], [["a", "b"]]), ""] });
    const result = scrapePages([{ page: "p.md", vendor: "huawei", format: "markdown", content: text }]);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors).toHaveLength(1);
    const lines = text.split("\n");
    const tableLine = lines.findIndex((l, k) => k > lines.indexOf("## Request") && l.includes("<table>")) + 1;
    expect(errors[0]).toMatchObject({ ruleId: "huawei-unknown-table", at: { page: "p.md", line: tableLine } });
  });

  it("a page that is not an API page at all", () => {
    const result = scrapePages([{ page: "p.txt", vendor: "huawei", format: "text", content: "Function\n\nNothing to see here.\n" }]);
    expect(ruleIds(result.diagnostics.filter((d) => d.severity === "error"))).toEqual(["huawei-no-title"]);
    expect(result.files).toEqual([]);
  });
});

describe("other renderings of Huawei API pages", () => {
  it("ECS style: Request/Response Message, numbered captions, Returned Values, example request on the service endpoint", () => {
    const md = [
      "# Querying an SSH Key Pair \\(Native OpenStack API\\)",
      "",
      "## Function",
      "",
      "This interface is used to query an SSH key pair.",
      "",
      "## URI",
      "",
      "GET /v2.1/\\{project\\_id\\}/os-keypairs/\\{keypair\\_name\\}",
      "",
      "**Table  1**  Parameter description",
      "",
      table(
        ["Parameter", "Mandatory", "Description"],
        [
          ["project_id", "Yes", "Specifies the project ID."],
          ["keypair_name", "Yes", "Specifies the key pair name."],
        ],
        0,
      ),
      "",
      "## Request Message",
      "",
      "-   Request parameters",
      "",
      "    None",
      "",
      "-   Example request",
      "",
      "    ```",
      "    GET https://{ECS Endpoint}/v2.1/bbf1946d374b44a0a2a95533562ba954/os-keypairs/keypair-test",
      "    ```",
      "",
      "## Response Message",
      "",
      "-   Response parameters",
      "",
      table(["Parameter", "Type", "Description"], [["keypair", "Object", "Specifies the SSH key pair. For details, see Table 2."]]),
      "",
      "    **Table  2** **keypair**  field data structure description",
      "",
      table(
        ["Parameter", "Type", "Description"],
        [
          ["name", "String", "Specifies the key pair name."],
          ["deleted", "Boolean", "Specifies the deleted key pair.\ntrue: deleted.\nfalse: not deleted."],
        ],
      ),
      "",
      ...example({ keypair: { name: "kp", deleted: false } }),
      "## Returned Values",
      "",
      "Normal values",
      "",
      table(["Returned Values", "Description"], [["200", "The server has successfully processed the request."]], 0),
      "",
      "For details about other returned values, see  [Status Codes](status-codes.md).",
      "",
    ].join("\n");
    const both = scrapeBoth(md);
    const { diagnostics, doc } = agree(both);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(both.markdown.files.map((f) => f.path)).toEqual(["huawei/ecs/v2.1.yaml"]);
    const op = doc.paths["/v2.1/{project_id}/os-keypairs/{keypair_name}"].get;
    expect(op.parameters.map((p: Doc) => p.name)).toEqual(["project_id", "keypair_name"]);
    expect(op["x-example-request-path"]).toBe("/v2.1/bbf1946d374b44a0a2a95533562ba954/os-keypairs/keypair-test");
    expect(Object.keys(op.responses)).toEqual(["200"]);
    expect(op.responses["200"].description).toBe("The server has successfully processed the request.");
    expect(op.responses["200"].content["application/json"].schema.properties.keypair.properties.deleted).toEqual({
      description: "Specifies the deleted key pair.\ntrue: deleted.\nfalse: not deleted.",
      type: "boolean",
    });
    expect(both.markdown.report.pages[0]!.unconsumed).toEqual([]);
  });

  it("newer style: typed path table, header table with the token, named object types with their own tables, Status code: 200", () => {
    const md = [
      "# Creating a Backup Policy",
      "",
      "## Function",
      "",
      "This API is used to create a CBR backup policy.",
      "",
      "## URI",
      "",
      "POST /v3/\\{project\\_id\\}/policies",
      "",
      "**Table 1** Path Parameters",
      "",
      table(["Parameter", "Mandatory", "Type", "Description"], [["project_id", "Yes", "String", "Project ID."]], 0),
      "",
      "## Request Parameters",
      "",
      "**Table 2** Request header parameters",
      "",
      table(
        ["Parameter", "Mandatory", "Type", "Description"],
        [
          ["X-Auth-Token", "Yes", "String", "User token."],
          ["X-Language", "No", "String", "Language."],
        ],
        0,
      ),
      "",
      "**Table 3** Request body parameters",
      "",
      table(["Parameter", "Mandatory", "Type", "Description"], [["policy", "Yes", "PolicyCreate object", "Policy."]], 0),
      "",
      "**Table 4** PolicyCreate",
      "",
      table(
        ["Parameter", "Mandatory", "Type", "Description"],
        [
          ["name", "Yes", "String", "Name."],
          ["days", "No", "Array of integers", "Days."],
          ["rules", "No", "Array of Rule objects", "Rules."],
        ],
        0,
      ),
      "",
      "**Table 5** Rule",
      "",
      table(["Parameter", "Mandatory", "Type", "Description"], [["interval", "Yes", "Integer", "Interval."]], 0),
      "",
      "## Response Parameters",
      "",
      "**Status code: 200**",
      "",
      "**Table 6** Response body parameters",
      "",
      table(["Parameter", "Type", "Description"], [["id", "String", "Policy ID."]], 0),
      "",
      "## Example Requests",
      "",
      "```",
      "POST https://{endpoint}/v3/f841e01fd2b14e7fa41b6ae7aa6b0594/policies",
      "",
      '{"policy": {"name": "p1", "days": [1, 2], "rules": [{"interval": 3}]}}',
      "```",
      "",
      "## Example Responses",
      "",
      "**Status code: 200**",
      "",
      "```",
      '{"id": "p-1"}',
      "```",
      "",
      "## Status Codes",
      "",
      table(
        ["Status Code", "Description"],
        [
          ["200", "OK"],
          ["400", "Bad Request"],
        ],
        0,
      ),
      "",
      "## Error Codes",
      "",
      "See [Error Codes](errorcode.md).",
      "",
    ].join("\n");
    const both = scrapeBoth(md);
    const { diagnostics, doc } = agree(both);
    expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    expect(both.markdown.files.map((f) => f.path)).toEqual(["huawei/cbr/v3.yaml"]);
    const op = doc.paths["/v3/{project_id}/policies"].post;
    expect(op.parameters.map((p: Doc) => [p.name, p.in, p.required])).toEqual([
      ["project_id", "path", true],
      ["X-Language", "header", false],
    ]);
    const policy = op.requestBody.content["application/json"].schema.properties.policy;
    expect(policy.required).toEqual(["name"]);
    expect(policy.properties.days).toEqual({ description: "Days.", type: "array", items: { type: "integer" } });
    expect(policy.properties.rules.items).toEqual({ type: "object", properties: { interval: { description: "Interval.", type: "integer" } }, required: ["interval"] });
    expect(op.requestBody.content["application/json"].example.policy.name).toBe("p1");
    expect(op.responses["200"]).toMatchObject({ description: "OK", content: { "application/json": { schema: { properties: { id: { type: "string" } } }, example: { id: "p-1" } } } });
    expect(op.responses["400"]).toEqual({ description: "Bad Request" });
    expect(both.markdown.report.pages[0]!.unconsumed).toEqual([]);
  });

  it("a published page's furniture before the title is skipped", () => {
    const bundled = readFileSync(join(import.meta.dirname, "../../pages/huawei-evs-restore-vbs-backup.txt"), "utf8");
    const result = scrapePages([{ page: "p.txt", vendor: "huawei", format: "text", content: `Updated on 2024-05-30 GMT+08:00\n\n${bundled}` }]);
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const op = onlyDocument(result).paths["/v2/{project_id}/backups/{backup_id}/restore"].post;
    expect(op.summary).toBe("Restoring a Disk Using a VBS Backup (Native OpenStack API)");
    expect(result.report.pages[0]!.unconsumed).toEqual([]);
  });

  it("query parameters from a filter table and the query string, with the example request path", () => {
    const md = page({
      title: "Querying Details About VBS Backups \\(Native OpenStack API\\)",
      uri: "GET /v2/\\{project\\_id\\}/backups/detail?marker=\\{marker\\}",
      uriTable: [
        table(["Parameter", "Mandatory", "Description"], [["project_id", "Yes", "Project ID"]]),
        "",
        "-   **Request filter**  parameter description",
        "",
        table(
          ["Parameter", "Mandatory", "Type", "Description"],
          [
            ["name", "No", "string", "Backup name"],
            ["limit", "No", "int", "Maximum number of results"],
          ],
        ),
        "",
        "-   Example request",
        "",
        "    ```",
        "    GET /v2/{project_id}/backups/detail?name=backup&limit=10",
        "    ```",
      ].join("\n"),
    });
    const { diagnostics, doc } = agree(scrapeBoth(md));
    const op = doc.paths["/v2/{project_id}/backups/detail"].get;
    expect(op.parameters.map((p: Doc) => [p.name, p.in, p.required, p.schema.type])).toEqual([
      ["project_id", "path", true, "string"],
      ["name", "query", false, "string"],
      ["limit", "query", false, "integer"],
      ["marker", "query", false, "string"],
    ]);
    expect(op["x-example-request-path"]).toBe("/v2/{project_id}/backups/detail?name=backup&limit=10");
    expect(diagnostics.map((d) => [d.severity, d.ruleId])).toEqual([["warning", "doc-query-parameter-undocumented"]]);
    expect(doc.info["x-service-id"]).toBe("vbs");
  });
});
