/**
 * KMS-style pages: sections titled "Requests" / "Responses" and a status-code table with a Status
 * (reason phrase) column, "Status Code | Status | Description".
 */
import { describe, expect, it } from "vitest";
import { scrapePages } from "../../run.js";
import { exportPage, table, GUESS } from "./test-support/fixtures.js";

const content = exportPage({
  title: "Querying the Number of Widgets",
  uri: ["-   URI format", "", "    GET /v1.0/\\{project\\_id\\}/widgets/count", ""],
  response: [table(["Parameter", "Mandatory", "Type", "Description"], [["widget_num", "Yes", "Integer", "Number of widgets"]], 0), ""],
  tail: ["## Status Codes", "", table(["Status Code", "Status", "Description"], [["200", "OK", "Request processed successfully."]], 0), ""],
})
  .replace("## Request\n", "## Requests\n")
  .replace("## Response\n", "## Responses\n");

describe("plural section titles and a reason-phrase column", () => {
  it("reads the response body and the normal status", () => {
    const result = scrapePages([{ page: "w.md", vendor: "huawei", format: "markdown", content }]);
    expect(result.diagnostics.filter((d) => d.severity !== "info" && d.ruleId !== GUESS).map((d) => d.ruleId)).toEqual(["doc-path-parameter-undocumented"]);
    const op = (result.files[0]!.document as { paths: Record<string, Record<string, { responses: Record<string, { description: string; content?: unknown }> }>> }).paths[
      "/v1.0/{project_id}/widgets/count"
    ]!.get!;
    expect(Object.keys(op.responses)).toEqual(["200"]);
    expect(op.responses["200"]!.description).toBe("Request processed successfully.");
    expect(op.responses["200"]!.content).toBeDefined();
  });
});
