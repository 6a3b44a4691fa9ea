/**
 * A result-code table inside an API (AppGuard's "Error Codes": `| code | message | Description | Remarks |`, the
 * HTTP status 200 either way) is read into the operation's `x-result-codes`, each code at its row's line, a further
 * column kept in the description under its name. A table that starts with a code column but has nothing else the
 * dialect knows stays one error.
 */
import { describe, expect, it } from "vitest";
import { errorsAt, operations, scrapeNhn } from "./test-support.js";

const PAGE = [
  "## Security > AppGuard > API Guide",
  "",
  "### Get Token Info",
  "",
  "#### Request",
  "",
  "[URI]",
  "",
  "| Method | URI |",
  "| --- | --- |",
  "| POST | /v1/appkeys/{appKey}/token-info |",
  "",
  "#### Response",
  "",
  "```json",
  '{ "header": { "resultCode": 0 } }',
  "```",
  "",
  "#### Error Codes",
  "",
  "| code | message | Description | Remarks |",
  "| ---- | ------- | ----------- | ------- |",
  "| 4000001 | INVALID_PARAMETER | Invalid parameter | When the `Authorization` header is missing |",
  "| `4000023` | `TOKEN_EXPIRED` | Token validity period expired |  |",
].join("\n");

describe("a result-code table inside an API", () => {
  it("is read into x-result-codes, each code at its line", () => {
    const { doc, diagnostics } = scrapeNhn("appguard.md", PAGE, "markdown");
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const { op } = operations(doc)[0]!;
    const codes = (op as unknown as { "x-result-codes": unknown[] })["x-result-codes"];
    expect(codes).toEqual([
      {
        code: "4000001",
        message: "INVALID_PARAMETER",
        description: "Invalid parameter\nRemarks: When the Authorization header is missing",
        "x-source": { page: "appguard.md", line: 23 },
      },
      { code: "4000023", message: "TOKEN_EXPIRED", description: "Token validity period expired", "x-source": { page: "appguard.md", line: 24 } },
    ]);
  });

  it("is one error when only its first column is one the dialect knows", () => {
    const odd = PAGE.replace("| code | message | Description | Remarks |", "| code | Since | Remarks | Owner |");
    const { diagnostics } = scrapeNhn("appguard.md", odd, "markdown");
    const errors = errorsAt(diagnostics);
    expect(errors).toEqual([["nhn-unknown-table", 21]]);
  });
});
