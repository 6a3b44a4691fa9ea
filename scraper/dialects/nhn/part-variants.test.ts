/**
 * API-part shapes of current NHN Cloud guides, on a hand-written guide imitating them: an `Array[UUID]`
 * format, a response that is "the same as" an earlier API named by its words in another order, and one
 * "Request/Response" heading over two "no body" sentences.
 */
import { describe, expect, it } from "vitest";
import { guideApi, operations, resolve, scrapeNhn } from "./test-support.js";

const page = [
  "## Network > Widget Mirror > API v2 Guide",
  "",
  "| Region | Endpoint |",
  "|---|---|",
  "| Korea (Pangyo) Region | https://kr1-api-widget.example.com |",
  "",
  ...guideApi(
    "View Widgets",
    "GET /v2.0/widgets/{widgetId}",
    ["| widgetId | URL | UUID | O | Widget ID |"],
    ["", "| Name | Type | Format | Description |", "|---|---|---|---|", "| widget | Body | Object | Widget |", "| widget.group_ids | Body | Array[UUID] | Groups of the widget |", ""],
  ),
  ...guideApi(
    "Modify Widgets",
    "PUT /v2.0/widgets/{widgetId}",
    ["| widgetId | URL | UUID | O | Widget ID |", "| widget | Body | Object | O | Widget |", "| widget.name | Body | String | - | Name |"],
    ["", "Same as the widget view response.", ""],
  ),
  "### Delete Widgets",
  "",
  "```",
  "DELETE /v2.0/widgets/{widgetId}",
  "X-Auth-Token: {tokenId}",
  "```",
  "",
  "#### Request/Response",
  "",
  "No request body. No response body.",
].join("\n");

describe("NHN API-part shapes", () => {
  const { doc, diagnostics } = scrapeNhn("widget.md", page, "markdown");
  const response = (method: "get" | "put", status: string) => doc.paths["/v2.0/widgets/{widgetId}"]![method]!.responses[status]!;

  it("reads every API with no error", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(operations(doc).map((o) => `${o.method} ${o.op.operationId}`)).toEqual(["get viewWidgets", "put modifyWidgets", "delete deleteWidgets"]);
  });

  it("Array[UUID]: an array of uuid strings", () => {
    const body = resolve(doc, response("get", "2XX").content!["application/json"]!.schema);
    expect(resolve(doc, body.properties!.widget).properties!.group_ids).toEqual({ description: "Groups of the widget", type: "array", items: { type: "string", format: "uuid" } });
  });

  it('"Same as the widget view response" is the response of "View Widgets"', () => {
    expect(response("put", "2XX").content!["application/json"]!.schema).toEqual(response("get", "2XX").content!["application/json"]!.schema);
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: "nhn-part-same-as" }));
  });

  it("no warning for a same-as part whose target describes its part", () => {
    expect(diagnostics.filter((d) => d.ruleId === "nhn-same-as-empty")).toEqual([]);
  });

  it("a same-as part whose target describes none is said to be left undescribed, at the sentence", () => {
    // View Widgets' own response is only an unreadable sentence now: the response Modify Widgets borrows is empty.
    const emptied = page
      .replace("| widget.group_ids | Body | Array[UUID] | Groups of the widget |", "")
      .replace(/\| Name \| Type \| Format \| Description \|\n\|---\|---\|---\|---\|\n\| widget \| Body \| Object \| Widget \|\n/, "See the widget manual.\n");
    expect(emptied).not.toBe(page);
    const again = scrapeNhn("widget.md", emptied, "markdown");
    const warned = again.diagnostics.filter((d) => d.ruleId === "nhn-same-as-empty");
    expect(warned.map((d) => (d.at as { line: number }).line)).toEqual([emptied.split("\n").indexOf("Same as the widget view response.") + 1]);
    expect(warned[0]!.message).toContain('the response part is that of "View Widgets", which describes none');
  });

  it('"Request/Response" over "No request body. No response body.": neither body', () => {
    const del = doc.paths["/v2.0/widgets/{widgetId}"]!.delete!;
    expect(del.requestBody).toBeUndefined();
    expect(Object.values(del.responses).every((r) => r.content === undefined)).toBe(true);
  });
});

describe("NHN AppKey guides (API Guide without a version in the title)", () => {
  const appkeyPage = [
    "## Container > Widget Registry(WR) > API Guide { #wr-api-guide }",
    "",
    "| Region | Domain |",
    "| --- | --- |",
    "| Korea (Pangyo) region | https://kr1-wr.api.example.com |",
    "",
    "### Create a widget { #widget-create }",
    "",
    "```",
    "POST /wr/v2.0/appkeys/{appKey}/widgets",
    "```",
    "",
    "#### Request",
    "",
    "| Name | Type | Format | Required | Description |",
    "| --- | --- | --- | --- | --- |",
    "| appKey | URL | String | O | Service Appkey |",
    "| name | Body | String | O | Widget name |",
    "",
    "#### Response",
    "",
    "This API responds with common information.",
  ].join("\n");
  const { doc, diagnostics, result } = scrapeNhn("wr.md", appkeyPage, "markdown");

  it("heading attribute lists are not part of titles; the version comes from the paths after a service segment", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(["nhn/widget-registry-wr/v2.0.yaml"]);
    expect(operations(doc).map((o) => o.op.operationId)).toEqual(["createAWidget"]);
  });

  it('"This API responds with common information": a described response without a schema, reported', () => {
    const responses = Object.values(doc.paths["/wr/v2.0/appkeys/{appKey}/widgets"]!.post!.responses);
    expect(responses).toEqual([{ description: "This API responds with common information." }]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: "doc-part-common-information", severity: "warning" }));
  });
});

describe("NHN request lines in quotes and response tables without a location column", () => {
  const quoted = [
    "## Security > Widget Advisor > API Guide",
    "",
    "### Query Last Widget",
    "",
    "```",
    'GET "/wa/v1.0/appKey/{appKey}/last_widget"',
    "```",
    "#### Request",
    "",
    "This API does not require a request body.",
    "",
    "| Name | Type | Format | Required | Description |",
    "| --- | --- | --- | --- | --- |",
    "| appKey | URL | String | O | Service Appkey |",
    "",
    "#### Response",
    "",
    "| Name | Format | Required | Description |",
    "| --- | --- | --- | --- |",
    "| lastWidgetTime | String | O | Last widget time |",
  ].join("\n");
  const { doc, diagnostics } = scrapeNhn("wa.md", quoted, "markdown");

  it("the quoted target is the path; the response rows are Body fields, reported", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const op = doc.paths["/wa/v1.0/appKey/{appKey}/last_widget"]!.get!;
    const body = resolve(doc, Object.values(op.responses)[0]!.content!["application/json"]!.schema);
    expect(Object.keys(body.properties!)).toEqual(["lastWidgetTime"]);
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: "doc-table-without-location", severity: "warning" }));
  });
});
