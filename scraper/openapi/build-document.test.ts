import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../core/diagnostics.js";
import type { ApiService } from "../api-model.js";
import { buildOpenApiDocument } from "./build-document.js";

const at = (line: number) => ({ page: "p.md", line });

function service(parameters: ApiService["operations"][number]["parameters"]): ApiService {
  return {
    vendor: "nhn",
    id: "widget",
    title: "Widget",
    versions: [{ version: "v1" }] as ApiService["versions"],
    servers: [],
    securitySchemes: [],
    security: [],
    operations: [
      {
        apiVersion: "v1",
        method: "get",
        path: "/widgets/{id}",
        operationId: "getWidget",
        summary: "Get",
        tags: [],
        deprecated: false,
        parameters,
        responses: [{ status: "200", description: "OK", source: at(9) }],
        source: at(1),
      },
    ],
    schemas: new Map(),
    pages: ["p.md"],
    source: at(1),
  };
}

describe("buildOpenApiDocument: parameters", () => {
  it("writes a parameter a dialect read twice once (header names case-insensitively), and reports the repeat at its line", () => {
    const sink = new DiagnosticSink();
    const doc = buildOpenApiDocument(
      service([
        { name: "id", in: "path", required: true, schema: { type: "string" }, source: at(3) },
        { name: "X-Region", in: "header", required: false, schema: { type: "string" }, source: at(4) },
        { name: "id", in: "path", required: true, schema: { type: "string" }, source: at(5) },
        { name: "x-region", in: "header", required: false, schema: { type: "string" }, source: at(6) },
        { name: "id", in: "query", required: false, schema: { type: "string" }, source: at(7) },
      ]),
      "v1",
      sink,
    ) as unknown as { paths: Record<string, { get: { parameters: Array<{ name: string; in: string }> } }> };
    expect(doc.paths["/widgets/{id}"]!.get.parameters.map((p) => [p.in, p.name])).toEqual([
      ["path", "id"],
      ["header", "X-Region"],
      ["query", "id"],
    ]);
    expect(sink.items.filter((d) => d.ruleId === "spec-duplicate-parameter").map((d) => d.at)).toEqual([at(5), at(6)]);
  });
});
