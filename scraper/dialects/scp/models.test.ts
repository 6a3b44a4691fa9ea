/** Model sections: property names are data, whatever they are called. */
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scrapePages } from "../../run.js";

const page = (rows: string[]) =>
  [
    "1 - Gadget",
    "1.1 - APIs",
    "1.1.1 - ShowGadget",
    "1.1.1.1 - 1.0",
    "get /v1/gadgets",
    "Description",
    "Show a gadget",
    "State ACTIVE (CURRENT)",
    "Responses",
    "| HTTP Code | Description | Schema |",
    "|---|---|---|",
    "| 200 | OK | Gadget |",
    "Request header",
    '"Scp-Api-Version = gadget 1.0"',
    "1.2 - Models",
    "1.2.1 - Gadget",
    "| Name | Description | Schema | Default |",
    "|---|---|---|---|",
    ...rows,
  ].join("\n");

describe("model properties", () => {
  it("reads properties named like Object's own members, without a duplicate warning", () => {
    const result = scrapePages([
      {
        page: "p.txt",
        vendor: "scp",
        format: "text",
        content: page(["| constructor required | Who built it | string | None |", "| toString optional | Its name | string | None |", "| __proto__ optional | Its template | string | None |"]),
      },
    ]);
    expect(result.diagnostics.filter((d) => d.ruleId === "scp-duplicate-property")).toEqual([]);
    const gadget = result.services[0]!.schemas.get("Gadget")!.schema;
    expect(Object.keys(gadget.properties as object)).toEqual(["constructor", "toString", "__proto__"]);
    expect(Object.getPrototypeOf(gadget.properties)).toBe(Object.prototype);
    expect(gadget.required).toEqual(["constructor"]);
    const written = parse(result.files.find((f) => f.path.endsWith("1.0.yaml"))!.content) as { components: { schemas: { Gadget: { properties: object } } } };
    expect(Object.keys(written.components.schemas.Gadget.properties)).toEqual(["constructor", "toString", "__proto__"]);
  });

  it("warns about a property listed twice and keeps the last row, in the first row's place", () => {
    const result = scrapePages([
      { page: "p.txt", vendor: "scp", format: "text", content: page(["| a required | first | string | None |", "| b optional | B | integer | None |", "| a optional | second | boolean | None |"]) },
    ]);
    expect(result.diagnostics.filter((d) => d.ruleId === "scp-duplicate-property").map((d) => (d.at as { line: number }).line)).toEqual([21]);
    const gadget = result.services[0]!.schemas.get("Gadget")!.schema;
    expect(gadget.properties).toEqual({ a: { description: "second", type: "boolean" }, b: { description: "B", type: "integer" } });
  });
});
