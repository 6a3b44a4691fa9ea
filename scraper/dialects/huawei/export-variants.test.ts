/**
 * Shapes of Open Telekom Cloud API pages of other services (RDS v1, DCS, IAM, SFS families), on hand-written
 * export pages: a URI printed as "PATH:" and "Method:" lines, a "## Normal Response" heading, Type cells that
 * point to their table ("Dictionary data structure. For details, see Table 3."), a "Mandatory or Not" column,
 * the normal status given in a sentence, a URI template with a form-style query ("{?a,b}"), header-parameter
 * and query-parameter table captions, "JSONArray"/"JSON object" types, and a table captioned with the item of a
 * plural field ("Item parameter description" for `items`, "Parameter description of the window array").
 */
import { describe, expect, it } from "vitest";
import { scrapePages } from "../../run.js";
import { json, onlyDocument, table, GUESS } from "./test-support/fixtures.js";

const scrape = (lines: string[]) => {
  const result = scrapePages([{ page: "p.md", vendor: "huawei", format: "markdown", content: lines.join("\n") }]);
  return { result, doc: onlyDocument(result), problems: result.diagnostics.filter((d) => d.severity !== "info" && d.ruleId !== GUESS).map((d) => d.ruleId) };
};
const NAME_MANDATORY_DESCRIPTION = ["Name", "Mandatory", "Description"];
const NAME_TYPE_DESCRIPTION = ["Name", "Type", "Description"];

describe("a URI printed as PATH and Method lines, a Normal Response heading, types pointing to tables", () => {
  const { doc, problems } = scrape([
    "# Rebooting a Widget",
    "",
    "## Function",
    "",
    "This API is used to reboot a widget.",
    "",
    "## URI",
    "",
    "-   URI format",
    "",
    "    PATH: /gadget/v1/\\{project\\_id\\}/widgets/\\{widget\\_id\\}/action",
    "",
    "    Method: POST",
    "",
    "-   Parameter description",
    "",
    table(NAME_MANDATORY_DESCRIPTION, [
      ["project_id", "Yes", "Project ID."],
      ["widget_id", "Yes", "Widget ID."],
    ]),
    "",
    "## Request",
    "",
    "-   Parameter description",
    "",
    table(["Name", "Mandatory", "Type", "Description"], [["restart", "Yes", "None", "Left blank."]]),
    "",
    "-   Request example",
    "",
    json({ restart: {} }),
    "",
    "## Normal Response",
    "",
    "-   Parameter description",
    "",
    "    **Table  3**  Parameter description",
    "",
    table(NAME_TYPE_DESCRIPTION, [["extendparam", "Dictionary data structure. For details, see Table 4.", "Returned key-value pair."]]),
    "",
    "    **Table  4**  extendparam field data structure description",
    "",
    table(NAME_TYPE_DESCRIPTION, [["jobs", "List data structure. For details, see Table 5.", "Returned jobs."]]),
    "",
    "    **Table  5**  jobs field data structure description",
    "",
    table(NAME_TYPE_DESCRIPTION, [["id", "String", "Task ID."]]),
    "",
    "-   Response example",
    "",
    json({ extendparam: { jobs: [{ id: "j-1" }] } }),
    "",
  ]);

  it("reads the operation from the two lines", () => {
    expect(Object.keys(doc.paths)).toEqual(["/gadget/v1/{project_id}/widgets/{widget_id}/action"]);
    expect(doc.paths["/gadget/v1/{project_id}/widgets/{widget_id}/action"].post.parameters.map((p: { name: string }) => p.name)).toEqual(["project_id", "widget_id"]);
  });

  it("the Normal Response tables are the response, not the request; each typed table is nested where its row points", () => {
    const op = doc.paths["/gadget/v1/{project_id}/widgets/{widget_id}/action"].post;
    expect(Object.keys(op.requestBody.content["application/json"].schema.properties)).toEqual(["restart"]);
    const body = op.responses.default.content["application/json"].schema;
    expect(body.properties.extendparam.type).toBe("object");
    expect(body.properties.extendparam.properties.jobs).toMatchObject({ type: "array", items: { type: "object", properties: { id: { type: "string" } } } });
    expect(problems).toEqual(["huawei-no-success-status"]);
  });
});

describe("a Mandatory or Not column and the normal status in a sentence", () => {
  const { doc, problems } = scrape([
    "# Deleting a Widget",
    "",
    "## Function",
    "",
    "This API is used to delete a widget.",
    "",
    "## URI",
    "",
    "-   URI format:",
    "",
    "    DELETE /v1.0/\\{project\\_id\\}/widgets/\\{widget\\_id\\}",
    "",
    "**Table  1**  Parameter description",
    "",
    table(
      ["Name", "Type", "Mandatory or Not", "Description"],
      [
        ["project_id", "String", "Yes", "Project ID."],
        ["widget_id", "String", "Yes", "Widget ID."],
      ],
      0,
    ),
    "",
    "## Request",
    "",
    "None.",
    "",
    "## Response",
    "",
    "-   Status code:",
    "",
    '    If status code "204 No content" is returned, this request is fulfilled. For description of other status codes, see  [API Usage Guidelines](api-usage-guidelines.md).',
    "",
    "-   Response parameter:",
    "",
    "    None.",
    "",
  ]);

  it("reads both parameters from the table and 204 as the normal status", () => {
    const op = doc.paths["/v1.0/{project_id}/widgets/{widget_id}"].delete;
    expect(op.parameters.map((p: { name: string; description: string }) => [p.name, p.description])).toEqual([
      ["project_id", "Project ID."],
      ["widget_id", "Widget ID."],
    ]);
    expect(Object.keys(op.responses)).toEqual(["204"]);
    expect(problems).toEqual([]);
  });
});

describe("a URI template query, header and query parameter captions, JSON types, a table captioned by the item of a list", () => {
  const { doc, problems } = scrape([
    "# Querying Widgets",
    "",
    "## Function Description",
    "",
    "This interface is used to query widgets.",
    "",
    "## URI",
    "",
    "-   URI format",
    "",
    "    GET /v3/widgets\\{?domain\\_id,name\\}",
    "",
    "-   Query parameter description",
    "",
    table(
      ["Parameter", "Mandatory", "Type", "Description"],
      [
        ["domain_id", "No", "String", "Domain ID."],
        ["name", "No", "String", "Widget name."],
      ],
    ),
    "",
    "## Request",
    "",
    "-   Request header parameter description",
    "",
    table(["Parameter", "Mandatory", "Type", "Description"], [["Content-Type", "Yes", "String", "Fill application/json in this field."]]),
    "",
    "## Response",
    "",
    "-   Response body parameter description",
    "",
    table(
      ["Parameter", "Mandatory", "Type", "Description"],
      [
        ["links", "Yes", "JSON object", "Resource links."],
        ["widgets", "Yes", "JSONArray", "Widgets."],
      ],
    ),
    "",
    "-   Widget parameter description",
    "",
    table(
      ["Parameter", "Mandatory", "Type", "Description"],
      [
        ["id", "Yes", "String", "Widget ID."],
        ["create_time", "Yes", "Long", "Creation time."],
      ],
    ),
    "",
    "-   Sample response",
    "",
    json({ links: { self: "https://example.com/v3/widgets" }, widgets: [{ id: "w-1", create_time: 1 }] }),
    "",
    "## Status Codes",
    "",
    table(["Status Code", "Description"], [["200", "The request is successful."]], 0),
    "",
  ]);

  it("the template's query names are the query parameters; the path ends before it", () => {
    expect(Object.keys(doc.paths)).toEqual(["/v3/widgets"]);
    const op = doc.paths["/v3/widgets"].get;
    expect(op.parameters.map((p: { name: string; in: string }) => `${p.in} ${p.name}`)).toEqual(["query domain_id", "query name", "header Content-Type"]);
    expect(op.requestBody).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it("JSON object and JSONArray types; the Widget table holds the fields of widgets", () => {
    const body = doc.paths["/v3/widgets"].get.responses["200"].content["application/json"].schema;
    expect(body.properties.links.type).toBe("object");
    expect(body.properties.widgets).toMatchObject({ type: "array", items: { properties: { id: { type: "string" }, create_time: { type: "integer", format: "int64" } } } });
  });
});

describe("a caption naming the array of a field", () => {
  it("Parameter description of the window array: the fields of windows", () => {
    const { doc, problems } = scrape([
      "# Querying Windows",
      "",
      "## URI",
      "",
      "GET /v1.0/windows",
      "",
      "## Response",
      "",
      "**Table  1**  Parameter description",
      "",
      table(NAME_TYPE_DESCRIPTION, [["windows", "Array", "Windows."]], 0),
      "",
      "**Table  2**  Parameter description of the window array",
      "",
      table(NAME_TYPE_DESCRIPTION, [["seq", "Integer", "Sequence number."]], 0),
      "",
      "-   Example response:",
      "",
      json({ windows: [{ seq: 1 }] }),
      "",
    ]);
    const body = doc.paths["/v1.0/windows"].get.responses.default.content["application/json"].schema;
    expect(body.properties.windows).toMatchObject({ type: "array", items: { properties: { seq: { type: "integer" } } } });
    expect(problems).toEqual(["huawei-no-success-status"]);
  });
});

describe("admonition labels and HTTP methods in the Function text are not service names", () => {
  it("NOTE: … -X GET …: the service is the URI's resource family", () => {
    const result = scrapePages([
      {
        page: "p.md",
        vendor: "huawei",
        format: "markdown",
        content: [
          "# Deleting a Shared Widget",
          "",
          "## Function",
          "",
          "This API is used to delete a shared widget.",
          "",
          ">![](/images/icon-note.gif) **NOTE:**   ",
          ">Example: curl -k -i -X GET https://192.168.0.1/v2/p/widgets  ",
          "",
          "## URI",
          "",
          "DELETE /v2/\\{project\\_id\\}/widgets/\\{widget\\_id\\}",
          "",
        ].join("\n"),
      },
    ]);
    expect(result.files.map((f) => f.path)).toEqual(["huawei/widgets/v2.yaml"]);
  });
});

describe("two examples of the same response body", () => {
  it("the best-matching one is attached; the other is reported as an alternative, not as sharing no field", () => {
    const { doc, result } = scrape([
      "# Querying Gadget Paths",
      "",
      "## URI",
      "",
      "GET /v2/gadgets/paths",
      "",
      "## Response",
      "",
      table(
        NAME_TYPE_DESCRIPTION,
        [
          ["path", "String", "Path."],
          ["id", "String", "ID."],
        ],
        0,
      ),
      "",
      "-   Example response",
      "",
      "    NFS:",
      "",
      json({ path: "a:/b", id: "1" }),
      "",
      "    CIFS:",
      "",
      json({ path: "\\\\a\\b" }),
      "",
      "## Status Codes",
      "",
      "-   Normal",
      "",
      "    200",
      "",
    ]);
    expect(doc.paths["/v2/gadgets/paths"].get.responses["200"].content["application/json"].example).toEqual({ path: "a:/b", id: "1" });
    const unused = result.diagnostics.filter((d) => d.ruleId === "huawei-unused-example");
    expect(unused.map((d) => d.message)).toEqual(["response 200: another example of this body; only the one sharing most fields with the tables is attached"]);
  });
});

describe("a Description section with API name and Function bullets (SMN family)", () => {
  it("the Function bullet is the description; the API name is not part of it", () => {
    const { doc, problems } = scrape([
      "# Deleting a Gadget",
      "",
      "## Description",
      "",
      "-   API name",
      "",
      "    DeleteGadget",
      "",
      "",
      "-   Function",
      "",
      "    Delete a gadget and its parts.",
      "",
      "",
      "## URI",
      "",
      "-   URI format",
      "",
      "    DELETE /v2/gadgets/\\{gadget\\_id\\}",
      "",
      "",
      "-   Parameter description",
      "",
      table(["Parameter", "Mandatory", "Type", "Description"], [["gadget_id", "Yes", "String", "Gadget ID."]]),
      "",
    ]);
    expect(doc.paths["/v2/gadgets/{gadget_id}"].delete.description).toBe("Delete a gadget and its parts.");
    expect(problems).toEqual(["huawei-no-success-status"]);
  });
});
