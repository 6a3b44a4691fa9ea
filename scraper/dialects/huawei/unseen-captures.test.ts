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
