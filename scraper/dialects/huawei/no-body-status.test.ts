/**
 * An example response that says "None (STATUS CODE 204)" on a page whose status codes are elsewhere
 * ("See Status Codes."): the operation's normal status is 204 without a body, not a `default` response.
 */
import { describe, expect, it } from "vitest";
import { scrapePages } from "../../run.js";
import { exportPage, GUESS } from "./test-support/fixtures.js";

const page = (response: string) =>
  exportPage({
    title: "Deleting a Widget",
    uri: ["DELETE /v2.0/widgets/\\{widget\\_id\\}", ""],
    response: ["None", "", "## Examples", "", "-   Example response", "", "    ```", `    ${response}`, "    ```", ""],
    tail: ["## Status Code", "", "See  [Status Codes](status-codes.md)."],
  });

describe("a no-body example response naming its status", () => {
  it("is the normal status, without a body", () => {
    const result = scrapePages([{ page: "w.md", vendor: "huawei", format: "markdown", content: page("None (STATUS CODE 204)") }]);
    expect(result.diagnostics.filter((d) => d.severity !== "info" && d.ruleId !== GUESS).map((d) => d.ruleId)).toEqual(["doc-path-parameter-undocumented"]);
    const op = (result.files[0]!.document as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }).paths["/v2.0/widgets/{widget_id}"]!.delete!;
    expect(op.responses).toEqual({ "204": { description: "No Content" } });
  });

  it("other example text is still left out and reported", () => {
    const result = scrapePages([{ page: "w.md", vendor: "huawei", format: "markdown", content: page("Nothing (maybe 204)") }]);
    expect(result.diagnostics.map((d) => d.ruleId)).toContain("huawei-unreadable-example");
  });
});
