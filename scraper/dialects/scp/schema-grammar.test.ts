import { describe, expect, it } from "vitest";
import { alignRow } from "./cells.js";
import { convertValue, splitDescription } from "./description.js";
import { SCP_LABELS } from "./labels.js";
import { parseSchemaExpr, toJsonSchema } from "./schema-grammar.js";

describe("schema notation → OpenAPI 3.1 schema", () => {
  const cases: Array<[string, unknown]> = [
    ["string", { type: "string" }],
    ["integer", { type: "integer" }],
    ["number", { type: "number" }],
    ["boolean", { type: "boolean" }],
    ["object", { type: "object" }],
    ["string (date-time)", { type: "string", format: "date-time" }],
    ["string (numeric-string)", { type: "string", format: "numeric-string" }],
    ["array[string]", { type: "array", items: { type: "string" } }],
    ["array[Tag]", { type: "array", items: { $ref: "#/components/schemas/Tag" } }],
    ["enum (AGENTLESS, AGENT)", { type: "string", enum: ["AGENTLESS", "AGENT"] }],
    ["any of [string, null]", { type: ["string", "null"] }],
    ["any of [string (date-time), null]", { type: ["string", "null"], format: "date-time" }],
    ["any of [enum (A, B), null]", { type: ["string", "null"], enum: ["A", "B", null] }],
    ["any of [array[Tag], null]", { type: ["array", "null"], items: { $ref: "#/components/schemas/Tag" } }],
    ["any of [Tag, null]", { anyOf: [{ $ref: "#/components/schemas/Tag" }, { type: "null" }] }],
    ["any of [array[string], string]", { anyOf: [{ type: "array", items: { type: "string" } }, { type: "string" }] }],
    ["any of [integer, string, null]", { anyOf: [{ type: "integer" }, { type: "string" }, { type: "null" }] }],
    ["BackupCreateRequest1Dot2", { $ref: "#/components/schemas/BackupCreateRequest1Dot2" }],
    // Seen on other services' pages (Product, DNS, Virtual Server, Load Balancer); read right already.
    ["array[any of [string, null]]", { type: "array", items: { type: ["string", "null"] } }],
    ["array[any of [boolean, null]]", { type: "array", items: { type: ["boolean", "null"] } }],
    ["any of [object, null]", { type: ["object", "null"] }],
    ["any of [boolean, null]", { type: ["boolean", "null"] }],
    ["any of [array[string], null]", { type: ["array", "null"], items: { type: "string" } }],
    ["RecordCreateRequestV1Dot1To1Dot2", { $ref: "#/components/schemas/RecordCreateRequestV1Dot1To1Dot2" }],
    // Formats the renderer would print the way it prints date-time (not seen on a page yet).
    ["integer (int64)", { type: "integer", format: "int64" }],
    ["any of [number (double), null]", { type: ["number", "null"], format: "double" }],
  ];
  for (const [given, want] of cases) it(given, () => expect(toJsonSchema(parseSchemaExpr(given)!)).toEqual(want));

  it("a model spelled like a primitive (Object) is the model when the page defines it, else the primitive", () => {
    const models = new Set(["Object", "Gadget"]);
    expect(toJsonSchema(parseSchemaExpr("array[Object]", models)!)).toEqual({ type: "array", items: { $ref: "#/components/schemas/Object" } });
    expect(toJsonSchema(parseSchemaExpr("any of [Object, null]", models)!)).toEqual({ anyOf: [{ $ref: "#/components/schemas/Object" }, { type: "null" }] });
    expect(toJsonSchema(parseSchemaExpr("array[object]", models)!)).toEqual({ type: "array", items: { type: "object" } });
    expect(toJsonSchema(parseSchemaExpr("Object", new Set(["Gadget"]))!)).toEqual({ type: "object" });
  });

  for (const bad of ["", "any of [string", "array[", "Example : x", "enum ()", "string, integer", "a b"]) {
    it(`rejects ${JSON.stringify(bad)}`, () => expect(parseSchemaExpr(bad)).toBeUndefined());
  }
});

describe("rows that do not line up with their header", () => {
  const rec = { knownModels: new Set(["Tag", "Snapshot"]), none: SCP_LABELS.none };
  const cases: Array<[string, string[], number, number, number, object]> = [
    ["lined up", ["id required", "ID Example : 1", "string", "None"], 1, 3, 1, { description: "ID Example : 1", schemaText: "string", defaultText: "None" }],
    [
      "pipe inside a pattern",
      ["state required", "State Example : ACTIVEPattern : ^(ACTIVE", "INACTIVE)$", "string"],
      1,
      3,
      1,
      { description: "State Example : ACTIVEPattern : ^(ACTIVE | INACTIVE)$", schemaText: "string", defaultText: "" },
    ],
    ["pipes in the example", ["c required", "Category Example : A", "B", "C", "enum (A, B, C)", ""], 1, 3, 1, { description: "Category Example : A | B | C", schemaText: "enum (A, B, C)" }],
    ["description missing", ["tags optional", "any of [array[Tag], null]"], 1, 3, 1, { description: "", schemaText: "any of [array[Tag], null]" }],
    ["body row: schema in the description slot", ["body", "body required", "VolumeRevertRequest"], 2, 3, 1, { description: "", schemaText: "VolumeRevertRequest" }],
    ["schema lost: nothing parses", ["frequency optional", "Frequency DAILY", "WEEKLY", "NONE Example : DAILY"], 1, 3, 1, { description: "Frequency DAILY | WEEKLY | NONE Example : DAILY" }],
    ["response with None", ["202", "Accepted", "None"], 1, 2, 1, { description: "Accepted", schemaText: "None" }],
  ];
  for (const [name, cells, lead, rest, offset, want] of cases) {
    it(name, () => {
      const row = alignRow(cells, lead, rest, offset, rec);
      expect(row).toMatchObject(want);
      if (!("schemaText" in want) || (want as { schemaText?: string }).schemaText === "None") expect(row.schema).toBeUndefined();
    });
  }
  it("an HTTP reason phrase is not a model name when a response row is short", () => {
    expect(alignRow(["401", "Unauthorized"], 1, 2, 1, rec, 2).schema).toBeUndefined();
  });
});

describe("description cells", () => {
  it("split run-together labels", () => {
    expect(splitDescription("Name Example : abcPattern : ^[a-z ]*$Minimum length : 1Maximum length : 63", SCP_LABELS)).toEqual({
      description: "Name",
      example: "abc",
      pattern: "^[a-z ]*$",
      minLength: 1,
      maxLength: 63,
    });
    expect(splitDescription("Size Example : 5Minimum : 1Maximum : 1000", SCP_LABELS)).toEqual({ description: "Size", example: "5", minimum: 1, maximum: 1000 });
    expect(splitDescription("Request ID Example : ", SCP_LABELS)).toEqual({ description: "Request ID", example: "" });
    expect(splitDescription("Postal code Example : 12345Maximum length : 6", SCP_LABELS)).toEqual({ description: "Postal code", example: "12345", maxLength: 6 });
    expect(splitDescription("key:value info Example : ", SCP_LABELS)).toEqual({ description: "key:value info", example: "" });
  });
  it("convert printed values to the schema's type", () => {
    expect(convertValue("20", { type: "integer" })).toBe(20);
    expect(convertValue("12.5", { type: "integer" })).toBeUndefined();
    expect(convertValue("True", { type: ["boolean", "null"] })).toBe(true);
    expect(convertValue("['/aaa', '/bbb']", { type: "array" })).toEqual(["/aaa", "/bbb"]);
    expect(convertValue("x", { type: "number" })).toBeUndefined();
    expect(convertValue("created_at:desc", { type: "string" })).toBe("created_at:desc");
    expect(convertValue("[]", { type: "array", items: { type: ["string", "null"] } })).toEqual([]);
    expect(convertValue("000000", { type: ["string", "null"] })).toBe("000000");
  });
});
