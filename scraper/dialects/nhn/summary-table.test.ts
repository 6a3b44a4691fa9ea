/**
 * NHN guide sections that list their APIs only in one summary table (Gamebase's "Wrapping API" sections,
 * Leaderboard and Push), on a hand-written page imitating them: one operation per row, the first URI
 * column its path, the name its summary, a repeated method and path merged, a garbage row an error.
 */
import { describe, expect, it } from "vitest";
import { isSourceLocation } from "../../../core/diagnostics.js";
import type { Diagnostic } from "../../../core/diagnostics.js";
import { operations, scrapeNhn } from "./test-support.js";

const page = [
  "## Game > Widget > API v1.3 Guide", // line 1
  "",
  "Widget wraps the server API of the Widget service.",
  "",
  "#### Wrapping API", // line 5
  "| API | Method | Wrapping URI | Widget URI |",
  "| --- | --- | --- | --- |",
  "| 위젯 수 조회<br>- Get widget count | GET | /tcgb-widget/v1.3/apps/{appId}/widget-count | /widget/v2.0/appkeys/{appKey}/widget-count |", // line 8
  "| 단일 유저 위젯 조회<br>- Get single user widget | GET | /tcgb-widget/v1.3/apps/{appId}/users?userId={userId} | /widget/v2.0/appkeys/{appKey}/users?userId={userId} |",
  "| Get widgets by range | GET | `/tcgb-widget/v1.3/apps/{appId}/users?start={start}&size={size}` | /widget/v2.0/appkeys/{appKey}/users?start={start}&size={size} |", // line 10
  "| Set a user's widget | post | /tcgb-widget/v1.3/apps/{appId}/users/{userId}/widget | /widget/v2.0/appkeys/{appKey}/users/{userId}/widget |",
  "| See the Widget guide | - | (none) | - |", // line 12
  "",
  "[Widget Guide](https://docs.example.com/widget/)",
].join("\n");

const at = (d: Diagnostic) => [d.ruleId, isSourceLocation(d.at) ? d.at.line : -1];

describe("NHN summary tables (a page listing its APIs only in a Method | URI table)", () => {
  const { doc, diagnostics } = scrapeNhn("widget-wrapping.md", page, "markdown");
  const ops = operations(doc);
  const op = (method: string, path: string) => ops.find((o) => o.method === method && o.path === path)!.op;
  const users = "/tcgb-widget/v1.3/apps/{appId}/users";

  it("makes one operation per row from its method and first URI column, a repeated method and path merged", () => {
    expect(ops.map((o) => `${o.method} ${o.path}`).sort()).toEqual([
      "get /tcgb-widget/v1.3/apps/{appId}/users",
      "get /tcgb-widget/v1.3/apps/{appId}/widget-count",
      "post /tcgb-widget/v1.3/apps/{appId}/users/{userId}/widget",
    ]);
    expect(diagnostics.filter((d) => d.ruleId === "doc-operation-documented-twice").map(at)).toEqual([["doc-operation-documented-twice", 10]]);
    expect((op("get", users) as unknown as { "x-source": { line: number } })["x-source"].line).toBe(9);
  });

  it("takes the summary from the name's first line, the further lines as the description", () => {
    const count = op("get", "/tcgb-widget/v1.3/apps/{appId}/widget-count");
    expect(count.summary).toBe("위젯 수 조회");
    expect(count.description).toBe("- Get widget count");
    expect(count.tags).toEqual(["Wrapping API"]);
    expect(op("post", "/tcgb-widget/v1.3/apps/{appId}/users/{userId}/widget").summary).toBe("Set a user's widget");
    expect(op("get", users).description).toContain('Also documented as "Get widgets by range"');
  });

  it("declares the path placeholders and the query's names as parameters, the queries of merged rows joined", () => {
    const params = (op("get", users).parameters ?? []).map((p) => [p.name, p.in, p.required, p.schema.type]);
    expect(params).toEqual([
      ["appId", "path", true, "string"],
      ["userId", "query", false, "string"],
      ["start", "query", false, "string"],
      ["size", "query", false, "string"],
    ]);
    const post = op("post", "/tcgb-widget/v1.3/apps/{appId}/users/{userId}/widget");
    expect((post.parameters ?? []).map((p) => `${p.in}:${p.name}`)).toEqual(["path:appId", "path:userId"]);
    expect(diagnostics.filter((d) => d.ruleId === "doc-undeclared-query-parameter").map(at)).toEqual([
      ["doc-undeclared-query-parameter", 9],
      ["doc-undeclared-query-parameter", 10],
    ]);
    expect(diagnostics.filter((d) => d.ruleId === "doc-undeclared-path-parameter").map(at)).toContainEqual(["doc-undeclared-path-parameter", 11]);
  });

  it("invents no body: no request body, the undescribed success response", () => {
    for (const { op } of ops) {
      expect(op.requestBody).toBeUndefined();
      expect(Object.keys(op.responses)).toEqual(["2XX"]);
      expect(Object.values(op.responses)[0]!.content).toBeUndefined();
    }
    expect(doc.components.schemas ?? {}).toEqual({});
  });

  it("reports the row it cannot read at its line, and nothing else as an error", () => {
    expect(diagnostics.filter((d) => d.severity === "error").map(at)).toEqual([["nhn-unreadable-row", 12]]);
    expect(diagnostics.some((d) => d.ruleId === "nhn-table-outside-api")).toBe(false);
  });
});

describe("NHN summary tables: a group column and pages with API sections", () => {
  it("reads a leading column without a header as the group of the rows under it (tag and summary prefix)", () => {
    const grouped = [
      "## Game > Widget > API v1.3 Guide",
      "",
      "#### Wrapping API",
      "|    | API | Method | Wrapping URI | Push URI |",
      "| --- | --- | --- | --- | --- |",
      "| 메시지 | 발송 | POST | /tcgb-push/v1.3/apps/{appId}/messages | /push/v2.4/appkeys/{appkey}/messages |",
      "|   | 조회 | GET | /tcgb-push/v1.3/apps/{appId}/messages | /push/v2.4/appkeys/{appkey}/messages |",
      "| 태그 | 삭제 | DELETE | /tcgb-push/v1.3/apps/{appId}/tags/{tagId} | /push/v2.4/appkeys/{appkey}/tags/{tag-id} |",
    ].join("\n");
    const { doc, diagnostics } = scrapeNhn("push.md", grouped, "markdown");
    expect(operations(doc).map((o) => [o.method, o.op.summary, o.op.tags])).toEqual([
      ["get", "메시지 조회", ["메시지"]],
      ["post", "메시지 발송", ["메시지"]],
      ["delete", "태그 삭제", ["태그"]],
    ]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("leaves a summary table unread (a warning, as before) on a page whose APIs have sections of their own", () => {
    const withApi = [
      page,
      "",
      "### Get a Widget",
      "",
      "#### Request",
      "",
      "**[URI]**",
      "",
      "| Method | URI |",
      "|---|---|",
      "| GET | /tcgb-widget/v1.3/apps/{appId}/widgets/{widgetId} |",
      "",
      "#### Response",
      "",
      "```json",
      '{ "widgetId": "w1" }',
      "```",
    ].join("\n");
    const { doc, diagnostics } = scrapeNhn("widget-wrapping.md", withApi, "markdown");
    expect(operations(doc).map((o) => `${o.method} ${o.path}`)).toEqual(["get /tcgb-widget/v1.3/apps/{appId}/widgets/{widgetId}"]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-table-outside-api").map(at)).toEqual([["nhn-table-outside-api", 6]]);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });
});
