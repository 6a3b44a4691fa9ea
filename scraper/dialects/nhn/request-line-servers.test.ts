/**
 * Guides without a region table still give their host: in the request line (`GET https://api-lnc.example.com/…`,
 * also in a `| Method | URI |` table) or in a code block of its own under "API Domain". Those become the servers;
 * a placeholder host (`https://{endpoint}`) does not. Fixtures written for these tests.
 */
import { describe, expect, it } from "vitest";
import { errorsAt, scrapeNhn } from "./test-support.js";

const api = (title: string, requestLine: string) => [
  `## ${title}`,
  "",
  "[Method, URI]",
  "",
  "```",
  requestLine,
  "```",
  "",
  "[Request Parameter]",
  "",
  "| Name | Type | Required | Value |",
  "| --- | --- | --- | --- |",
  "| subKey | String | Optional | Sub key |",
  "",
  "[Response Body]",
  "",
  "| Name | Type | Value |",
  "| --- | --- | --- |",
  "| count | Integer | Count |",
  "",
];

const servers = (lines: readonly string[]) => {
  const { doc, diagnostics } = scrapeNhn("guide.md", ["## Game > Gadget > API v3.0 Guide", "", ...lines].join("\n"), "markdown");
  expect(errorsAt(diagnostics)).toEqual([]);
  return (doc as { servers?: Array<{ url: string }> }).servers?.map((s) => s.url);
};

describe("servers from the hosts a guide prints", () => {
  it("the distinct hosts of the request lines, in page order", () => {
    expect(
      servers([
        ...api("Get gadgets", "GET https://API-Gadget.example.com/gadget/v3.0/appkeys/{appKey}/gadgets"),
        ...api("Get parts", "GET https://api-gadget.example.com/gadget/v3.0/appkeys/{appKey}/parts"),
        ...api("Get logs", "GET https://logs.example.com:8443/gadget/v3.0/appkeys/{appKey}/logs"),
      ]),
    ).toEqual(["https://api-gadget.example.com", "https://logs.example.com:8443"]);
  });

  it('a code block holding only a URL outside any API ("API Domain")', () => {
    expect(servers(["### API Domain", "", "```", "https://api-gadget.example.com", "```", "", ...api("Get gadgets", "GET /gadget/v3.0/appkeys/{appKey}/gadgets")])).toEqual([
      "https://api-gadget.example.com",
    ]);
  });

  it("no server from a placeholder host or a bare path", () => {
    expect(servers([...api("Get gadgets", "GET https://{endpoint}/gadget/v3.0/appkeys/{appKey}/gadgets"), ...api("Get parts", "GET /gadget/v3.0/appkeys/{appKey}/parts")])).toBeUndefined();
  });
});
