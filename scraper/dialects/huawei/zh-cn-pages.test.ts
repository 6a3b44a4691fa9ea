/**
 * Huawei's zh-cn API reference: the same page structure as the English one in Chinese words (功能介绍, 请求参数,
 * 参数 / 是否必选 / 参数类型 / 描述, 是 / 否, 状态码： 200, "表2" references without a space before them), in
 * every rendering. Text captures of zh-cn pages drop the Mandatory cell of every row ("project_id", "String",
 * "参数解释:"); such rows are read without it and said once per table.
 */
import { describe, expect, it } from "vitest";
import { scrapePages } from "../../run.js";
import { GUESS } from "./test-support/fixtures.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function read(content: string, format: "text" | "markdown") {
  const result = scrapePages([{ page: `zh.${format === "text" ? "txt" : "md"}`, vendor: "huawei", format, content }]);
  return { result, doc: result.files[0]?.document as Doc, diagnostics: result.diagnostics };
}

const BLANK_LINE_CAPTURE = [
  "更新时间:2025-08-15 GMT+08:00",
  "分享",
  "查询小工具列表",
  "功能介绍",
  "查询小工具列表。",
  "URI",
  "GET /v5/{project_id}/gadgets",
  "表1 路径参数",
  "参数",
  "是否必选",
  "参数类型",
  "描述",
  "project_id",
  "String",
  "参数解释:",
  "项目ID。",
  "约束限制:",
  "不涉及",
  "取值范围:",
  "字符长度1-256位",
  "默认取值:",
  "不涉及",
  "表2 Query参数",
  "参数",
  "是否必选",
  "参数类型",
  "描述",
  "limit",
  "Integer",
  "参数解释:",
  "每页显示个数。",
  "约束限制:",
  "不涉及",
  "gadget_name",
  "String",
  "参数解释:",
  "小工具名称。",
  "响应参数",
  "状态码： 200",
  "表3 响应Body参数",
  "参数",
  "参数类型",
  "描述",
  "total_num",
  "Integer",
  "总数。",
  "状态码",
  "状态码",
  "描述",
  "200",
  "成功。",
].join("\n\n");

describe("zh-cn Huawei pages", () => {
  it("a blank-line text capture without Mandatory cells: every table read, the missing cells said once per table", () => {
    const { doc, diagnostics } = read(BLANK_LINE_CAPTURE, "text");
    const op = Object.values(doc.paths as Doc)[0].get as Doc;
    expect(op.summary).toBe("查询小工具列表");
    expect(op.parameters.map((p: Doc) => [p.name, p.in, p.required])).toEqual([
      ["project_id", "path", true],
      ["limit", "query", false],
      ["gadget_name", "query", false],
    ]);
    expect(op.parameters[0].description).toBe("项目ID。\n取值范围: 字符长度1-256位");
    expect(op.parameters[1].schema.type).toBe("integer");
    expect(Object.keys(op.responses)).toEqual(["200"]);
    expect(op.responses["200"].content["application/json"].schema.properties.total_num.type).toBe("integer");
    const missing = diagnostics.filter((d) => d.ruleId === "huawei-mandatory-missing");
    expect(missing.map((d) => [d.at && "line" in d.at ? d.at.line : undefined, d.message])).toEqual([
      [17, expect.stringContaining('1 of 1 rows give no Mandatory value ("project_id")')],
      [47, expect.stringContaining('2 of 2 rows give no Mandatory value ("limit", "gadget_name")')],
    ]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).not.toContain("doc-path-parameter-undocumented");
  });

  it("a markdown export: zh sections, columns, 是/否, a 表2 reference binding a nested table", () => {
    const table = (header: string[], rows: string[][]) =>
      `<table><thead><tr>${header.map((h) => `<th><p>${h}</p></th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`).join("")}</tbody></table>`;
    const md = [
      '# 更新小工具<a name="UpdateGadget"></a>',
      "## 功能介绍",
      "更新小工具。",
      "## URI",
      "PUT /v1/{project_id}/gadgets",
      "**表 1**  路径参数",
      table(["参数", "是否必选", "参数类型", "描述"], [["project_id", "是", "String", "项目ID。"]]),
      "## 请求参数",
      "**表 2**  请求Body参数",
      table(
        ["参数", "是否必选", "参数类型", "描述"],
        [
          ["gadget", "是", "GadgetBody", "小工具。详细参数请参见表3。"],
          ["dry_run", "否", "Boolean", "只检查。"],
        ],
      ),
      "**表 3**  GadgetBody 字段数据结构说明",
      table(["参数", "是否必选", "参数类型", "描述"], [["name", "是", "String", "名称。"]]),
      "## 响应参数",
      "**状态码： 200**",
      "**表 4**  响应Body参数",
      table(["参数", "参数类型", "描述"], [["id", "String", "小工具ID。"]]),
      "## 状态码",
      table(["状态码", "描述"], [["200", "OK"]]),
    ].join("\n\n");
    const { doc, diagnostics } = read(md, "markdown");
    const op = Object.values(doc.paths as Doc)[0].put as Doc;
    const body = op.requestBody.content["application/json"].schema;
    expect(body.required).toEqual(["gadget"]);
    expect(body.properties.dry_run.type).toBe("boolean");
    expect(body.properties.gadget.properties.name.type).toBe("string");
    expect(body.properties.gadget.required).toEqual(["name"]);
    expect(op.responses["200"].content["application/json"].schema.properties.id.type).toBe("string");
    expect(diagnostics.filter((d) => d.severity !== "info" && d.ruleId !== GUESS)).toEqual([]);
  });
});
