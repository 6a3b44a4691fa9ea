/**
 * Details of Huawei's generated pages (blank-line text captures): an "Enumeration values:" list in a description
 * cell is the field's enum; "Status code: 200" over a response body names the normal status when the page (cut,
 * or without one) has no status-code table; a title without Latin words (zh-cn) names the operation by method and path.
 */
import { describe, expect, it } from "vitest";
import { scrapePages } from "../../run.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function read(paragraphs: readonly string[]) {
  const result = scrapePages([{ page: "capture.txt", vendor: "huawei", format: "text", content: paragraphs.join("\n\n") }]);
  const doc = result.files[0]!.document as Doc;
  const [path, item] = Object.entries(doc.paths as Doc)[0]!;
  const [method, op] = Object.entries(item as Doc)[0]!;
  return { result, path, method, op: op as Doc };
}

const page = (title: string, typeOfMode: string, modeCell: readonly string[]) => [
  title,
  "Function",
  "This API is used to update a gadget.",
  "URI",
  "PUT /v1/{project_id}/gadgets/{gadget_id}",
  "Table 1 Path Parameters",
  "Parameter",
  "Mandatory",
  "Type",
  "Description",
  "project_id",
  "Yes",
  "String",
  "Project ID.",
  "gadget_id",
  "Yes",
  "String",
  "Gadget ID.",
  "Request Parameters",
  "Table 2 Request body parameters",
  "Parameter",
  "Mandatory",
  "Type",
  "Description",
  "mode",
  "Yes",
  typeOfMode,
  ...modeCell,
  "Response Parameters",
  "Status code: 200",
  "Table 3 Response body parameters",
  "Parameter",
  "Type",
  "Description",
  "gadget_id",
  "String",
  "Gadget ID.",
];

describe("Huawei generated-page details", () => {
  it("an Enumeration values list is the enum; Status code: 200 without a status table is the normal response", () => {
    const { op, result } = read(page("Updating a Gadget", "String", ["Gadget mode.", "Enumeration values:", "  • fast", "  • slow"]));
    const mode = op.requestBody.content["application/json"].schema.properties.mode;
    expect(mode.enum).toEqual(["fast", "slow"]);
    expect(Object.keys(op.responses)).toEqual(["200"]);
    expect(op.responses["200"].content["application/json"].schema.properties.gadget_id.type).toBe("string");
    expect(result.diagnostics.map((d) => d.ruleId)).not.toContain("huawei-no-success-status");
    expect(result.diagnostics.map((d) => d.ruleId)).not.toContain("doc-body-for-unlisted-status");
    expect(op.operationId).toBe("updatingAGadget");
  });

  it("integers enumerate as numbers; a lead with prose after it, or nothing, gives no enum", () => {
    const integer = read(page("Updating a Gadget", "Integer", ["Gadget mode.", "Enumeration values:", "  • 1", "  • 2"]));
    expect(integer.op.requestBody.content["application/json"].schema.properties.mode.enum).toEqual([1, 2]);
    const prose = read(page("Updating a Gadget", "String", ["Gadget mode.", "Enumeration values:", "  • fast mode is the default"]));
    expect(prose.op.requestBody.content["application/json"].schema.properties.mode.enum).toBeUndefined();
    const empty = read(page("Updating a Gadget", "String", ["Gadget mode. Enumeration values:"]));
    expect(empty.op.requestBody.content["application/json"].schema.properties.mode.enum).toBeUndefined();
  });

  it("a title without Latin words names the operation by its method and path", () => {
    const { op } = read(page("更新小工具", "String", ["模式。"]));
    expect(op.summary).toBe("更新小工具");
    expect(op.operationId).toBe("putV1ProjectIdGadgetsGadgetId");
  });
});
