/**
 * Game-service guides (Launching) show samples as captioned pairs: `[Request Sample - 00]` over the sample request
 * line, `[Request Sample - 00 : Response]` over its response. The second caption names the response by its last
 * segment: its JSON is the response example, not a request body. Fixture written for these tests.
 */
import { describe, expect, it } from "vitest";
import { errorsAt, firstMedia, operations, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Game > Launching > API v3.0 Guide",
  "",
  "## Get launching data",
  "",
  "[Method, URI]",
  "",
  "```",
  "GET https://api-lnc.example.com/launching/v3.0/appkeys/{appKey}/configurations",
  "```",
  "",
  "[Request Parameter]",
  "",
  "| Name | Type | Required | Value |",
  "| --- | --- | --- | --- |",
  "| subKey | String | Optional | Sub key |",
  "",
  "[Request Sample - 00]",
  "",
  "```",
  "GET https://api-lnc.example.com/launching/v3.0/appkeys/abc/configurations",
  "```",
  "",
  "[Request Sample - 00 : Response]",
  "",
  "```json",
  '{ "header": { "isSuccessful": true, "resultCode": 0 }, "launching": { "state": "IN_SERVICE" } }',
  "```",
].join("\n");

describe("[Request Sample - 00 : Response] captions", () => {
  const { doc, diagnostics } = scrapeNhn("launching.md", PAGE, "markdown");
  const op = operations(doc)[0]!.op;

  it("put the JSON under the response, and give the GET no request body", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    expect(op.requestBody).toBeUndefined();
    expect(firstMedia(op.responses["2XX"]?.content)?.example).toEqual({ header: { isSuccessful: true, resultCode: 0 }, launching: { state: "IN_SERVICE" } });
    expect(op.parameters?.map((p) => [p.name, p.in]).sort()).toEqual([
      ["appKey", "path"],
      ["subKey", "query"],
    ]);
  });
});
