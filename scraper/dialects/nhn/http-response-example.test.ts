/**
 * Leaderboard-style guides: a response example printed as the whole HTTP response (`HTTP/1.1 200 OK`, header lines,
 * a blank line, the JSON body) and `mandatory` in the Required column. Fixture written for these tests.
 */
import { describe, expect, it } from "vitest";
import { errorsAt, firstMedia, operations, resolve, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Game > Ranking > API v2.0 Guide",
  "",
  "### Get ranking count",
  "",
  "**[Method, URI]**",
  "",
  "```",
  "GET https://api-ranking.example.com/ranking/v2.0/appkeys/{appkey}/count?seasonId={seasonId}",
  "```",
  "",
  "**[Request Parameter]**",
  "",
  "| Name | Type | Required | Value |",
  "| --- | --- | --- | --- |",
  "| seasonId | long | mandatory | Season ID |",
  "",
  "**[Response]**",
  "```",
  "HTTP/1.1 200 OK",
  "Content-Type: application/json",
  "",
  "{",
  '    "header": { "resultCode": 0, "isSuccessful": true },',
  '    "totalCount": 5',
  "}",
  "```",
].join("\n");

describe("an HTTP response printed whole, and `mandatory`", () => {
  const { doc, diagnostics } = scrapeNhn("ranking.md", PAGE, "markdown");
  const op = operations(doc)[0]!.op;

  it("reads the JSON body after the status line and headers as the response example, said at its line", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    const media = firstMedia(op.responses["2XX"]?.content);
    expect(media?.example).toEqual({ header: { resultCode: 0, isSuccessful: true }, totalCount: 5 });
    expect(resolve(doc, media?.schema).properties?.totalCount?.type).toBe("integer");
    expect(diagnostics.filter((d) => d.ruleId === "nhn-example-from-http-response").map((d) => (d.at as { line: number }).line)).toEqual([18]);
  });

  it("reads `mandatory` as required", () => {
    expect(op.parameters?.find((p) => p.name === "seasonId")).toMatchObject({ in: "query", required: true });
    expect(diagnostics.filter((d) => d.ruleId === "nhn-unclear-required")).toEqual([]);
  });
});
