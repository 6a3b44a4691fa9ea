/** Compilation: strict mode stays on; OpenAPI and vendor keywords are vocabulary; problems come back located. */
import { describe, expect, it } from "vitest";
import { listSpecIds } from "../spec/load.js";
import { SPEC_DIR } from "../harness/paths.js";
import { compileBundled, compileText, jsonExchange } from "../test-support.js";
import { checkExchange } from "./check-exchange.js";

const spec = (schema: string): string => `
openapi: 3.1.0
info: { title: T, version: "1.0" }
paths:
  /things:
    get:
      operationId: listThings
      x-source: { page: pages/t.txt, line: 3 }
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Thing" }
        default:
          description: anything else
components:
  schemas:
    Thing:
${schema}
`;

describe("compileSpec", () => {
  it("compiles every bundled spec in strict mode without a problem", () => {
    for (const id of listSpecIds(SPEC_DIR)) expect(compileBundled(id).diagnostics, id).toEqual([]);
  });

  it("accepts OpenAPI keywords and the scraper's extensions as vocabulary", () => {
    const c = compileText(
      spec(`      type: object
      example: { size: "1" }
      externalDocs: { url: "https://example.com" }
      xml: { name: thing }
      x-inferred: true
      x-source: { page: pages/t.txt, line: 10 }
      properties:
        size: { type: string, format: numeric-string, examples: ["20"] }`),
    );
    expect(c.diagnostics).toEqual([]);
    expect(checkExchange(c, jsonExchange("GET", "/things", 200, { size: "20" })).ok).toBe(true);
    const bad = checkExchange(c, jsonExchange("GET", "/things", 200, { size: "twenty" }));
    expect(bad.diagnostics).toMatchObject([{ ruleId: "contract-format-mismatch", at: { page: "pages/t.txt", line: 10 } }]);
  });

  it("reports every unknown keyword and format with its location instead of throwing", () => {
    const c = compileText(
      spec(`      type: object
      x-source: { page: pages/t.txt, line: 10 }
      x-colour: blue
      properties:
        a: { type: string, format: ipv5 }
        b: { type: string, nullable: true, x-weight: 3 }`),
    );
    expect(c.diagnostics.map((d) => [d.ruleId, d.severity, d.at])).toEqual([
      ["contract-unknown-keyword", "error", { page: "pages/t.txt", line: 10 }],
      ["contract-unknown-format", "warning", { page: "pages/t.txt", line: 10 }],
      ["contract-unknown-keyword", "error", { page: "pages/t.txt", line: 10 }],
    ]);
    expect(c.diagnostics.map((d) => d.data?.pointer)).toEqual(["#/components/schemas/Thing", "#/components/schemas/Thing/properties/a", "#/components/schemas/Thing/properties/b"]);
    // The rest of the spec is still checked.
    expect(checkExchange(c, jsonExchange("GET", "/things", 200, { a: 1 })).diagnostics[0]?.ruleId).toBe("contract-type-mismatch");
  });

  it("reports a schema that cannot compile at its pointer", () => {
    const c = compileText(
      spec(`      type: object
      properties:
        a: { $ref: "#/components/schemas/Missing" }`),
    );
    expect(c.diagnostics).toMatchObject([{ ruleId: "contract-schema-compile", severity: "error", at: { pointer: "#/paths/~1things/get/responses/200/content/application~1json/schema" } }]);
  });

  it("uses `default` for statuses the operation does not list", () => {
    const c = compileText(spec(`      type: object`));
    expect(checkExchange(c, jsonExchange("GET", "/things", 503, { message: "down" }))).toMatchObject({ ok: true, statusKey: "default" });
  });
});
