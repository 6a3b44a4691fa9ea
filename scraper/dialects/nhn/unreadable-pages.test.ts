/**
 * Pages the dialect cannot read fail loudly: an error with the line it is about, never a half spec.
 */
import { describe, expect, it } from "vitest";
import { isSourceLocation } from "../../../core/diagnostics.js";
import type { PageFormat } from "../../run.js";
import { scrapeNhn } from "./test-support.js";

const API = `Compute > Instance > API v2 Guide

Instance

Get Instance

Returns one instance.

GET /v2/{tenantId}/servers/{serverId}
X-Auth-Token: {tokenId}

Request

This API does not require a request body.

Name Type Format Required Description
tenantId URL String O Tenant ID
serverId URL UUID O Instance ID
tokenId Header String O Token ID

Response

This API does not return a response body.
`;

function errors(content: string, format: PageFormat = "text"): Array<[string, number]> {
  return scrapeNhn("page.txt", content, format)
    .diagnostics.filter((d) => d.severity === "error")
    .map((d) => [d.ruleId, isSourceLocation(d.at) ? d.at.line : -1]);
}

const cases: Array<[string, { given: string; format?: PageFormat; want: Array<[string, number]> }]> = [
  ["the well-formed page", { given: API, want: [] }],
  ["a page without any API", { given: "Compute > Instance > API v2 Guide\n\nNothing to see.\n", want: [["nhn-page-without-operations", 1]] }],
  ["a title naming no product", { given: API.replace("Compute > Instance > API v2 Guide", "API v2 Guide"), want: [["nhn-unreadable-title", 1]] }],
  ["a title and paths naming no version", { given: API.replace("API v2 Guide", "API Guide").replace("/v2/", "/"), want: [["nhn-no-version", 1]] }],
  [
    "a table header with a column the dialect does not know",
    { given: API.replace("Name Type Format Required Description", "Name Type Format Required Since Description"), want: [["nhn-unknown-table", 16]] },
  ],
  ["a Type value the dialect does not know", { given: API.replace("serverId URL UUID", "serverId Form UUID"), want: [["nhn-unreadable-row", 18]] }],
  [
    "a request part of prose only (a table the capture lost)",
    {
      given: API.replace(
        "Name Type Format Required Description\ntenantId URL String O Tenant ID\nserverId URL UUID O Instance ID\ntokenId Header String O Token ID\n",
        "see the table below\n",
      ).replace("This API does not require a request body.\n\n", ""),
      want: [["nhn-unreadable-part", 14]],
    },
  ],
  [
    "a markdown table in a Request part that is not a field table",
    {
      given:
        "## Compute > Instance > API v2 Guide\n\n### Get Instance\n\n```\nGET /v2/{tenantId}/servers\n```\n\n#### Request\n\n| Key | Value |\n|---|---|\n| a | b |\n\n#### Response\n\nThis API does not return a response body.\n",
      format: "markdown",
      want: [["nhn-unknown-table", 11]],
    },
  ],
  [
    "a markdown row with an empty Type cell",
    {
      given:
        "## Compute > Instance > API v2 Guide\n\n### Get Instance\n\n```\nGET /v2/{tenantId}/servers\n```\n\n#### Request\n\n| Name | Type | Format | Required | Description |\n|---|---|---|---|---|\n| tenantId | | String | O | Tenant ID |\n\n#### Response\n\nThis API does not return a response body.\n",
      format: "markdown",
      want: [["nhn-unreadable-row", 13]],
    },
  ],
];

describe("unreadable NHN pages", () => {
  it.each(cases)("%s", (_name, { given, format, want }) => {
    expect(errors(given, format)).toEqual(want);
  });

  it("reads a field table that follows the request line without a Request label", () => {
    const { doc, diagnostics } = scrapeNhn("page.txt", API.replace("Request\n\nThis API does not require a request body.\n\n", ""), "text");
    expect(diagnostics).toEqual([]);
    const params = Object.values(doc.paths)[0]!.get!.parameters!;
    expect(params.map((p) => [p.name, p.schema])).toEqual([
      ["tenantId", { type: "string" }],
      ["serverId", { type: "string", format: "uuid" }],
    ]);
  });

  it("writes no spec for a page with errors", () => {
    const { result } = scrapeNhn("page.txt", "Compute > Instance > API v2 Guide\n\nNothing to see.\n", "text");
    expect(result.files).toEqual([]);
  });
});
