/**
 * Renderings of Huawei pages met on pages nobody here had read (ninth look): pipe rows printed without their
 * leading `|`, headings that keep their permalink mark. Each fixture is a small hand-written capture.
 */
import { describe, expect, it } from "vitest";
import { scrapePages } from "../../run.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function read(content: string) {
  const result = scrapePages([{ page: "capture.txt", vendor: "huawei", format: "text", service: "gadgets", content }]);
  return { result, doc: result.files[0]?.document as Doc, diagnostics: result.diagnostics };
}

describe("pipe rows without a leading pipe", () => {
  it("reads the zh-cn tables whose rows do not start with `|` (separator with or without its leading pipe)", () => {
    for (const separator of ["|---|---|---|---|", "---|---|---|---|"]) {
      const { doc, diagnostics } = read(
        [
          "查询小工具",
          "功能介绍",
          "查询小工具。",
          "URI",
          "GET /v2/gadgets/{gadget_id}",
          "表1 路径参数",
          "参数 | 是否必选 | 参数类型 | 描述 |",
          separator,
          "gadget_id | 是 | String | 小工具ID |",
          "响应参数",
          "状态码：200",
          "表2 响应Body参数",
          "参数 | 参数类型 | 描述 |",
          separator.replace("---|", ""),
          "total | Integer | 总数 |",
        ].join("\n"),
      );
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const op = doc.paths["/v2/gadgets/{gadget_id}"].get;
      expect(op.parameters[0]).toMatchObject({ name: "gadget_id", in: "path", description: "小工具ID" });
      expect(op.responses["200"].content["application/json"].schema.properties.total.type).toBe("integer");
    }
  });
});

describe("headings with their permalink mark", () => {
  it("reads `URI¶` as the URI section and leaves the mark out of the title", () => {
    const { doc, diagnostics } = read(
      [
        "Creating a Gadget¶",
        "Function¶",
        "This API is used to create a gadget.",
        "URI¶",
        "POST /v3/{project_id}/gadgets",
        "Parameter | Mandatory | Type | Description |",
        "---|---|---|---|",
        "project_id | Yes | String | Project ID |",
      ].join("\n"),
    );
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const op = doc.paths["/v3/{project_id}/gadgets"].post;
    expect(op.summary).toBe("Creating a Gadget");
    expect(op.parameters[0]).toMatchObject({ name: "project_id", description: "Project ID" });
  });
});

describe("Minimum / Maximum after a field", () => {
  const page = [
    "Creating a Gadget",
    "Function",
    "This API is used to create a gadget.",
    "URI",
    "POST /v3/{project_id}/gadgets",
    "Parameter | Mandatory | Type | Description |",
    "---|---|---|---|",
    "project_id | Yes | String | Project ID Minimum: 1 Maximum: 64 |",
    "Request Parameters",
    "Parameter | Mandatory | Type | Description |",
    "---|---|---|---|",
    "name | Yes | String | Gadget name Minimum: 1 Maximum: 64 |",
    "size | No | Integer | Gadget size Minimum: 0 Maximum: 100 |",
    "labels | No | Array of strings | Gadget labels |",
  ].join("\n");

  it("are the length of a string field or parameter, and the value limits of a number", () => {
    const { doc, diagnostics } = read(page);
    expect(diagnostics.filter((d) => d.ruleId === "prose-constraint-unclear")).toEqual([]);
    const op = doc.paths["/v3/{project_id}/gadgets"].post;
    expect(op.parameters[0].schema).toMatchObject({ type: "string", minLength: 1, maxLength: 64 });
    const props = op.requestBody.content["application/json"].schema.properties;
    expect(props.name).toMatchObject({ type: "string", minLength: 1, maxLength: 64 });
    expect(props.size).toMatchObject({ type: "integer", minimum: 0, maximum: 100 });
    expect(props.name.minimum).toBeUndefined();
  });

  it("zh-cn 最小长度 / 最大长度 and 最小值 / 最大值 are read by the prose reader; a value label on a string is a note", () => {
    const { doc, diagnostics } = read(
      [
        "创建小工具",
        "功能介绍",
        "创建小工具。",
        "URI",
        "POST /v2/gadgets",
        "请求参数",
        "表1 请求Body参数",
        "参数 | 是否必选 | 参数类型 | 描述 |",
        "---|---|---|---|",
        "name | 是 | String | 名称 最小长度：1 最大长度：64 |",
        "count | 否 | Integer | 数量 最小值：0 最大值：2147483647 |",
        "code | 否 | String | 编码 最小值：1 |",
      ].join("\n"),
    );
    const props = doc.paths["/v2/gadgets"].post.requestBody.content["application/json"].schema.properties;
    expect(props.name).toMatchObject({ minLength: 1, maxLength: 64 });
    expect(props.count).toMatchObject({ minimum: 0, maximum: 2147483647 });
    expect(props.code.minLength).toBeUndefined();
    expect(diagnostics.filter((d) => d.ruleId === "prose-constraint-unclear").map((d) => d.at)).toEqual([{ page: "capture.txt", line: 12 }]);
  });
});

describe("a row typed with an object type's name, in a captioned table", () => {
  const page = (withTagTable: boolean) =>
    [
      "Creating a Gadget",
      "Function",
      "This API is used to create a gadget.",
      "URI",
      "POST /v3/gadgets",
      "Request Parameters",
      "Table 1 Request body parameters",
      "Parameter | Mandatory | Type | Description |",
      "---|---|---|---|",
      "gadget | Yes | CreateGadget object | Gadget |",
      "Table 2 CreateGadget",
      "Parameter | Mandatory | Type | Description |",
      "---|---|---|---|",
      "name | Yes | String | Gadget name |",
      "tags | No | Array of Tag objects | Tag information |",
      "enabled | No | Boolean | Whether the gadget is enabled |",
      ...(withTagTable ? ["Table 3 Tag", "Parameter | Mandatory | Type | Description |", "---|---|---|---|", "key | Yes | String | Tag key |"] : []),
    ].join("\n");

  it("keeps the rows after it as its siblings when the capture lost the type's table, and says so", () => {
    const { doc, diagnostics } = read(page(false));
    const gadget = doc.paths["/v3/gadgets"].post.requestBody.content["application/json"].schema.properties.gadget;
    expect(Object.keys(gadget.properties)).toEqual(["name", "tags", "enabled"]);
    expect(gadget.properties.tags).toMatchObject({ type: "array", items: { type: "object" } });
    expect(gadget.properties.tags.items.properties).toBeUndefined();
    expect(diagnostics.filter((d) => d.ruleId === "huawei-object-table-missing").map((d) => d.at)).toEqual([{ page: "capture.txt", line: 15 }]);
    expect(diagnostics.filter((d) => d.ruleId === "huawei-nesting-by-order")).toEqual([]);
  });

  it("nests the type's table when the page has it, without a warning", () => {
    const { doc, diagnostics } = read(page(true));
    const gadget = doc.paths["/v3/gadgets"].post.requestBody.content["application/json"].schema.properties.gadget;
    expect(Object.keys(gadget.properties)).toEqual(["name", "tags", "enabled"]);
    expect(Object.keys(gadget.properties.tags.items.properties)).toEqual(["key"]);
    expect(diagnostics.filter((d) => d.ruleId === "huawei-object-table-missing")).toEqual([]);
  });
});

describe("a nested table two rows point to", () => {
  const read2 = (withTable: boolean) => {
    const table = (header: string[], rows: string[][]) =>
      `<table><thead><tr>${header.map((h) => `<th><p>${h}</p></th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`).join("")}</tbody></table>`;
    const md = [
      "# 修改小工具标签",
      "## 功能介绍",
      "修改小工具标签。",
      "## URI",
      "PUT /v1/gadget-tags",
      "## 请求参数",
      "**表 1**  请求Body参数",
      table(
        ["参数", "是否必选", "参数类型", "描述"],
        [
          ["old_label", "是", "gadget_label", "旧标签。详细参数请参见表2。"],
          ["new_label", "是", "gadget_label", "新标签。详细参数请参见表2。"],
        ],
      ),
      ...(withTable ? ["**表 2**  gadget_label 字段数据结构说明", table(["参数", "是否必选", "参数类型", "描述"], [["key", "是", "String", "键。"]])] : []),
      "## 状态码",
      table(["状态码", "描述"], [["204", "No Content"]]),
    ].join("\n\n");
    return scrapePages([{ page: "zh.md", vendor: "huawei", format: "markdown", service: "gadgets", content: md }]);
  };

  it("lists the fields of both rows (an old and a new value of one structure)", () => {
    const result = read2(true);
    const body = (result.files[0]!.document as Doc).paths["/v1/gadget-tags"].put.requestBody.content["application/json"].schema;
    expect(body.properties.old_label).toMatchObject({ type: "object", properties: { key: { type: "string" } }, required: ["key"] });
    expect(body.properties.new_label).toMatchObject({ type: "object", properties: { key: { type: "string" } }, required: ["key"] });
    expect(result.diagnostics.filter((d) => d.severity === "error" || (d.severity === "warning" && d.ruleId !== "huawei-no-success-status")).map((d) => d.message)).toEqual([]);
  });

  it("a structure name pointing to a table the page lacks is reported at each row", () => {
    const result = read2(false);
    expect(result.diagnostics.filter((d) => d.ruleId === "huawei-object-table-missing").map((d) => d.at)).toEqual([
      { page: "zh.md", line: 15 },
      { page: "zh.md", line: 15 },
    ]);
  });
});

describe("a caption run into the first header cell", () => {
  it("reads `Table 2 Request parameters Parameter` as the caption and the table's first column", () => {
    const { doc, diagnostics } = read(
      [
        "Creating a Gadget",
        "Function",
        "This API is used to create a gadget.",
        "URI",
        "POST /v5/gadgets",
        "Request",
        "- Request parameters",
        "Table 2 Request parameters Parameter",
        "Type",
        "Mandatory",
        "Description",
        "gadget",
        "CreateGadget object",
        "Yes",
        "Specifies the gadget.",
        "Table 3 CreateGadget Parameter",
        "Type",
        "Mandatory",
        "Description",
        "name",
        "String",
        "No",
        "- Specifies the gadget name.",
      ].join("\n"),
    );
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const body = doc.paths["/v5/gadgets"].post.requestBody.content["application/json"].schema;
    expect(body.required).toEqual(["gadget"]);
    expect(body.properties.gadget.properties.name).toMatchObject({ type: "string", description: "Specifies the gadget name." });
  });
});

describe("a GET whose request table lists only the auth header (tenth look)", () => {
  const page = (headerRows: string[]) =>
    [
      "查询小工具 - ShowGadget",
      "功能介绍",
      "查询小工具。",
      "URI",
      "GET /v1/{project_id}/gadgets/{gadget_id}",
      "表1 路径参数",
      "| 参数 | 是否必选 | 参数类型 | 描述 |",
      "|---|---|---|---|",
      "| project_id | 是 | String | 项目ID |",
      "| gadget_id | 是 | String | 小工具ID |",
      "请求参数",
      "| 参数 | 是否必选 | 参数类型 | 描述 |",
      "|---|---|---|---|",
      ...headerRows,
      "响应参数",
      "状态码：200",
      "表2 响应Body参数",
      "| 参数 | 参数类型 | 描述 |",
      "|---|---|---|",
      "| name | String | 名称 |",
    ].join("\n");

  it("is the security header's table: no doc-get-request-body, no parameter", () => {
    const { doc, diagnostics } = read(page(["| X-Auth-Token | 是 | String | 用户Token。 |"]));
    expect(diagnostics.filter((d) => d.ruleId === "doc-get-request-body")).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === "huawei-header-table-by-names").map((d) => d.at)).toEqual([{ page: "capture.txt", line: 12 }]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const op = doc.paths["/v1/{project_id}/gadgets/{gadget_id}"].get;
    expect(op.requestBody).toBeUndefined();
    expect(op.parameters.map((p: Doc) => p.name)).toEqual(["project_id", "gadget_id"]);
  });

  it("with another row, still says which rows it read as parameters", () => {
    const { doc, diagnostics } = read(page(["| X-Auth-Token | 是 | String | 用户Token。 |", "| limit | 否 | Integer | 数量 |"]));
    expect(diagnostics.filter((d) => d.ruleId === "doc-get-request-body").map((d) => d.message)).toEqual([
      "a GET request sends no body, but its request table lists limit; read as its header, path and query parameters",
    ]);
    expect(doc.paths["/v1/{project_id}/gadgets/{gadget_id}"].get.parameters.map((p: Doc) => [p.name, p.in])).toContainEqual(["limit", "query"]);
  });
});

describe("hyphen ranges and array lengths in zh-cn description cells (tenth look)", () => {
  it("reads 字符长度1-256位, 取值10-200 and 数组长度:0 - 2147483647; leaves -1 and a date alone", () => {
    const { doc, diagnostics } = read(
      [
        "创建小工具 - CreateGadget",
        "功能介绍",
        "创建小工具。",
        "URI",
        "POST /v1/gadgets",
        "请求参数",
        "表1 请求Body参数",
        "| 参数 | 是否必选 | 参数类型 | 描述 |",
        "|---|---|---|---|",
        "| name | 是 | String | 小工具名称。字符长度1-256位 |",
        "| size | 否 | Integer | 大小。取值10-200 |",
        "| tags | 否 | Array of strings | 标签。 数组长度:0 - 2147483647 |",
        "| quota | 否 | Integer | 配额。-1-100表示不限制 |",
        "| since | 否 | String | 起始日期,取值范围：2020-01-01 |",
        "响应参数",
        "状态码：200",
        "表2 响应Body参数",
        "| 参数 | 参数类型 | 描述 |",
        "|---|---|---|",
        "| id | String | ID |",
      ].join("\n"),
    );
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const props = doc.paths["/v1/gadgets"].post.requestBody.content["application/json"].schema.properties;
    expect(props.name).toMatchObject({ minLength: 1, maxLength: 256 });
    expect(props.size).toMatchObject({ minimum: 10, maximum: 200 });
    expect(props.tags).toMatchObject({ minItems: 0, maxItems: 2147483647 });
    for (const name of ["quota", "since"]) expect(Object.keys(props[name]).filter((k) => /^(min|max)/.test(k))).toEqual([]);
  });
});

describe("zh-cn sections of API Explorer pages (tenth look)", () => {
  it("## 接口约束 (interface constraints) is a section not read, as 约束与限制: no huawei-unknown-section", () => {
    const content = [
      "# 创建小工具",
      "## 功能介绍",
      "创建小工具。",
      "## 接口约束",
      "无",
      "## URI",
      "POST /v2/gadgets",
      "## 响应参数",
      "**状态码： 201**",
      "**表 1**  响应Body参数",
      "",
      "|参数|参数类型|描述|",
      "|--|--|--|",
      "|id|Integer|小工具ID|",
      "",
    ].join("\n\n");
    const result = scrapePages([{ page: "zh.md", vendor: "huawei", format: "markdown", service: "gadgets", content }]);
    expect(result.diagnostics.filter((d) => d.ruleId === "huawei-unknown-section")).toEqual([]);
    const doc = result.files[0]?.document as Doc;
    expect(doc.paths["/v2/gadgets"].post.operationId).toBeDefined();
  });
});
