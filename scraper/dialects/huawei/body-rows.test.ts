/**
 * Rows that are not fields: `[items] | Yes | Array of RecordSet objects`, a bracketed name standing for the whole
 * body (an array body), and `| - | String | - |`, the placeholder of a status without a body.
 */
import { describe, expect, it } from "vitest";
import { scrapePages } from "../../run.js";
import { GUESS } from "./test-support/fixtures.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function read(lines: readonly string[]) {
  const result = scrapePages([{ page: "capture.txt", vendor: "huawei", format: "text", content: lines.join("\n\n") }]);
  return { result, doc: result.files[0]?.document as Doc };
}

describe("a body table whose one row has a bracketed name", () => {
  const { result, doc } = read([
    "Creating Gadgets in Batches",
    "Function",
    "This API is used to create gadgets in batches.",
    "URI",
    "POST /v2.1/gadgets",
    "Request Parameters",
    "Table 1 Request body parameters",
    ...["Parameter", "Mandatory", "Type", "Description"],
    ...["[items]", "Yes", "Array of CreateGadgetBody objects", "-"],
    "Table 2 CreateGadgetBody",
    ...["Parameter", "Mandatory", "Type", "Description"],
    ...["name", "Yes", "String", "Gadget name"],
    ...["size", "No", "Integer", "Gadget size"],
    "Response Parameters",
    "Status code: 204",
    ...["Parameter", "Type", "Description"],
    ...["-", "String", "-"],
    "Status Codes",
    ...["Status Code", "Description"],
    ...["204", "No Content"],
  ]);
  const post = doc.paths["/v2.1/gadgets"].post;

  it("is the whole body: an array of the objects its nested table lists", () => {
    expect(result.diagnostics.filter((d) => (d.severity === "error" || d.severity === "warning") && d.ruleId !== GUESS)).toEqual([]);
    const body = post.requestBody.content["application/json"].schema;
    expect(body).toMatchObject({ type: "array", items: { type: "object", required: ["name"] } });
    expect(Object.keys(body.items.properties)).toEqual(["name", "size"]);
    expect(post.requestBody.required).toBe(true);
  });

  it("reads `| - | String | - |` as no body, with a note", () => {
    expect(post.responses["204"].content).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.ruleId === "huawei-placeholder-row").map((d) => d.severity)).toEqual(["info"]);
  });
});
