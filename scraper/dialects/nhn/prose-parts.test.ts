/**
 * A Request part of prose and a cURL command only (`[Request Body]` over bullets about the example, then the command;
 * Image Manager's GET APIs): the prose describes the request, nothing is unread. Prose alone stays an error (a table the
 * capture lost, see unreadable-pages.test.ts).
 */
import { describe, expect, it } from "vitest";
import { operations, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Widget > API Guide",
  "",
  "### Get Widget",
  "",
  "#### Request",
  "",
  "[URI]",
  "",
  "| Method | URI |",
  "|---|---|",
  "| GET | https://api.widget.example.com/widget/v2.0/appkeys/{appKey}/widgets/{widgetId} |",
  "",
  "[Request Body]",
  "",
  "- Retrieves the widget 100x100.",
  "- Replace {appKey} with the value in the console.",
  "",
  "```",
  "curl -X GET 'https://api.widget.example.com/widget/v2.0/appkeys/{appKey}/widgets/100x100'",
  "```",
  "",
  "#### Response",
  "",
  "```json",
  '{ "header": { "isSuccessful": true } }',
  "```",
].join("\n");

describe("a request part of prose and a cURL command", () => {
  const { doc, diagnostics } = scrapeNhn("widget.md", PAGE, "markdown");

  it("is read as the request's description, with a warning, no error", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === "doc-part-only-prose").map((d) => d.at)).toEqual([{ page: "widget.md", line: 15 }]);
    expect(operations(doc).map((o) => [o.method, o.path])).toEqual([["get", "/widget/v2.0/appkeys/{appKey}/widgets/{widgetId}"]]);
  });
});

describe("a response part saying, as a list item, it is the common response body", () => {
  const page = PAGE.replace(/#### Response\n\n```json\n.*\n```/, "#### Response\n\n[Response Body]\n\n* Note: This is the same as Common Response Body.");
  const { diagnostics } = scrapeNhn("widget.md", page, "markdown");

  it("is the page's common response, described by that sentence, with a warning, no error", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === "doc-part-common-information").map((d) => d.at)).toEqual([{ page: "widget.md", line: 26 }]);
  });
});

describe("a response part saying its body holds nothing but the header fields (Online NAS)", () => {
  const page = PAGE.replace(/#### Response\n\n```json\n.*\n```/, "#### Response\n\n응답 본문에는 헤더 필드 외의 내용이 포함되지 않습니다.");
  const { diagnostics } = scrapeNhn("widget.md", page, "markdown");

  it("is the page's common response, no error", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(diagnostics.map((d) => d.ruleId)).toContain("doc-part-common-information");
  });
});

describe("a response part of prose naming the file's media type (Private CA downloads)", () => {
  const page = PAGE.replace(
    /#### Response\n\n```json\n.*\n```/,
    "#### Response\n\n**Response Headers**\n\n- Content-Type: `application/x-pem-file`\n- Content-Disposition: `attachment; filename={filename}.pem`\n\n**Response Body**\n\nCertificate data (PEM format)",
  );
  const { doc, diagnostics } = scrapeNhn("widget.md", page, "markdown");

  it("is a response of that media type, bytes, described by the prose, no error", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const ok = (operations(doc)[0]!.op.responses as Record<string, { content?: Record<string, { schema?: unknown }> }>)["2XX"]!;
    expect(ok.content).toEqual({ "application/x-pem-file": { schema: { type: "string", format: "binary" } } });
  });
});

describe("a request part whose prose gives the body's media type (Private CA OCSP)", () => {
  const page = PAGE.replace(
    "| GET | https://api.widget.example.com/widget/v2.0/appkeys/{appKey}/widgets/{widgetId} |",
    "| POST | https://api.widget.example.com/widget/v2.0/appkeys/{appKey}/widgets/{widgetId} |",
  ).replace(
    "- Retrieves the widget 100x100.\n- Replace {appKey} with the value in the console.",
    "**Request Headers**\n\n- Content-Type: `application/ocsp-request`\n\n**Request Body**\n\nOCSP requests (DER format)",
  );
  const { doc, diagnostics } = scrapeNhn("widget.md", page, "markdown");

  it("sends a body of that media type, bytes", () => {
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const body = operations(doc)[0]!.op.requestBody as { required: boolean; content: Record<string, unknown> };
    expect(body.required).toBe(true);
    expect(body.content).toEqual({ "application/ocsp-request": { schema: { type: "string", format: "binary" } } });
  });
});
