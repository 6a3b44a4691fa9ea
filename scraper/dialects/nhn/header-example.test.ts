/**
 * File Crafter-style guides give the request headers as a JSON block under `[Header]`, name to data type
 * (`"x-tc-app-key": "String"`), with no header table: those are the header parameters. A header the request line
 * block already prints is not declared twice. Fixture written for these tests.
 */
import { describe, expect, it } from "vitest";
import { errorsAt, operations, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Application Service > Gadget > API v2.0 Guide",
  "",
  "### Export",
  "",
  "#### Request",
  "",
  "- [URL]",
  "    ```",
  "    POST /gadget/v2.0/export",
  "    Content-Type: application/json",
  "    ```",
  "",
  "- [Header]",
  "    ```json",
  "    {",
  '      "x-tc-app-key": "String",',
  '      "x-secret-key": "{secretKey}",',
  '      "Content-Type": "application/json",',
  '      "x-region": "KR1"',
  "    }",
  "    ```",
  "",
  "- [Request body]",
  "    ```json",
  '    { "name": "report" }',
  "    ```",
  "",
  "#### Response",
  "",
  "- [Response body]",
  "    ```json",
  '    { "header": { "isSuccessful": true } }',
  "    ```",
].join("\n");

describe("a [Header] JSON block and no header table", () => {
  const { doc, diagnostics } = scrapeNhn("gadget.md", PAGE, "markdown");
  const op = operations(doc)[0]!.op;

  it("declares each header it names, typed by its type word or placeholder, the one value a fixed value", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    const headers = op.parameters?.filter((p) => p.in === "header").map((p) => [p.name, p.schema]);
    expect(headers).toEqual([
      ["x-tc-app-key", { type: "string" }],
      ["x-secret-key", { type: "string" }],
      ["x-region", { type: "string", enum: ["KR1"] }],
    ]);
    expect(diagnostics.filter((d) => d.ruleId === "nhn-headers-from-example").map((d) => (d.at as { line: number }).line)).toEqual([14]);
    expect(op.requestBody).toBeDefined();
  });
});
