/** NHN body fields are data, whatever they are called: `constructor`, `__proto__`. */
import { describe, expect, it } from "vitest";
import { errorsAt, firstMedia, operations, resolve, scrapeNhn } from "./test-support.js";

describe("body fields named like Object's own members", () => {
  const page = [
    "## Notification > Hub > API v1.0 Guide",
    "",
    "## Create a Gadget",
    "",
    "**Request**",
    "",
    "```",
    "POST /gadget/v1.0/gadgets",
    "```",
    "",
    "**Request Body**",
    "",
    "| Path | Type | Required | Description |",
    "| - | - | - | - |",
    "| constructor | String | Y | Who built it |",
    "| \\_\\_proto\\_\\_ | String | N | Its template (escaped, as markdown needs) |",
    "| name | String | N | Its name |",
  ].join("\n");
  const { doc, diagnostics } = scrapeNhn("gadget.md", page, "markdown");

  it("are properties of the body, in page order, on a plain object", () => {
    expect(errorsAt(diagnostics)).toEqual([]);
    const body = resolve(doc, firstMedia(operations(doc)[0]!.op.requestBody?.content)?.schema);
    expect(Object.getPrototypeOf(body.properties)).toBe(Object.prototype);
    expect(Object.keys(body.properties!)).toEqual(["constructor", "__proto__", "name"]);
    expect(body.required).toEqual(["constructor"]);
  });
});
