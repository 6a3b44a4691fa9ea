/**
 * A guide documenting one API in two versions, the title naming none (`CloudTrail > API Guide` over
 * `### 1. Query Events (1.0)` and `### 2. Query Events (2.0)`): each operation goes to the spec of the version its
 * path names (the ids told apart by the versions in the titles, as the body schemas of the service share one
 * namespace); the section numbers name no operation.
 */
import { describe, expect, it } from "vitest";
import { scrapeNhn } from "./test-support.js";

const api = (n: number, version: string) => [
  `### ${n}. Query Widgets (${version})`,
  "",
  "**[Method, URL]**",
  "",
  "| Method | URI |",
  "|---|---|",
  `| GET | /widget/v${version}/appkeys/{appKey}/widgets |`,
  "",
  "**[Path Variable]**",
  "",
  "| Key | Value |",
  "|---|---|",
  "| appKey | Appkey issued on the console |",
  "",
  "**[Response Body]**",
  "",
  "```json",
  '{ "header": { "isSuccessful": true } }',
  "```",
  "",
];

const PAGE = ["## Widget > API Guide", "", ...api(1, "1.0"), ...api(2, "2.0")].join("\n");

describe("a page of two API versions whose title names none", () => {
  const { result, diagnostics } = scrapeNhn("widget.md", PAGE, "markdown");

  it("writes one spec per version named by the paths, with no error", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(["nhn/widget/v1.0.yaml", "nhn/widget/v2.0.yaml"]);
  });

  it("names the operations from their titles without the section numbers", () => {
    const ids = result.files.map((f) => Object.values((f.document as { paths: Record<string, { get: { operationId: string } }> }).paths).map((p) => p.get.operationId));
    expect(ids).toEqual([["queryWidgets10"], ["queryWidgets20"]]);
  });
});

describe("an API section titled by its version under the API's heading (Deploy guides)", () => {
  const page = [
    "## Widget > API Guide",
    "",
    "### Upload Widget",
    "",
    "#### Version 2.1",
    "",
    "| Http Method | POST |",
    "| ----------- | ---- |",
    "| Request URL | https://api.widget.example.com/api/v2.1/projects/{appKey}/widgets |",
    "",
    "##### Response (JSON)",
    "",
    "```json",
    '{ "header": { "isSuccessful": true } }',
    "```",
  ].join("\n");
  const { doc } = scrapeNhn("widget.md", page, "markdown");

  it("takes the API's heading as its title, the version after it", () => {
    const post = (doc as unknown as { paths: Record<string, { post: { operationId: string; summary: string } }> }).paths["/api/v2.1/projects/{appKey}/widgets"]!.post;
    expect([post.operationId, post.summary]).toEqual(["uploadWidget", "Upload Widget (Version 2.1)"]);
  });
});
