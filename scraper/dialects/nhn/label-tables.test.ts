/**
 * The dialect reads with any label table, not only `NHN_LABELS`: the patterns and vocabularies derived from
 * `NHN_LABELS` when the modules load (constants) and those derived from another table on each use must read a
 * page the same way, and a word added to a table must be read.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DiagnosticSink } from "../../../core/diagnostics.js";
import { parsePage } from "../../run.js";
import type { NhnLabels } from "./labels.js";
import { NHN_LABELS } from "./labels.js";
import { readNhnDocument } from "./index.js";
import { enumFromDescription } from "./inline-enums.js";
import { BUNDLED_PAGE, REPO_ROOT } from "./test-support.js";

function read(page: string, content: string, labels: NhnLabels) {
  const sink = new DiagnosticSink();
  const doc = parsePage({ page, vendor: "nhn", format: "text", content }, sink);
  const result = readNhnDocument(doc, sink, labels);
  return { services: JSON.parse(JSON.stringify(result.services)) as unknown, diagnostics: sink.items, consumed: result.consumed.size };
}

const ROW_PAGE = [
  "Storage > Sample > API v1 Guide",
  "",
  "Create Sample",
  "POST /v1/samples",
  "",
  "Request",
  "Name Type Format Required Description",
  "sample Body Object O Sample",
  "sample.label Body Text O Label",
  "sample.size Body Integer - Size",
  "",
  "Response",
  "This API does not return a response body.",
].join("\n");

describe("label tables other than NHN_LABELS", () => {
  it("a copy of NHN_LABELS reads the bundled page exactly as NHN_LABELS does", () => {
    const content = readFileSync(`${REPO_ROOT}${BUNDLED_PAGE}`, "utf8");
    const copy = structuredClone(NHN_LABELS);
    expect(copy).not.toBe(NHN_LABELS);
    const own = read(BUNDLED_PAGE, content, NHN_LABELS);
    expect((own.services as unknown[]).length).toBeGreaterThan(0);
    expect(read(BUNDLED_PAGE, content, copy)).toEqual(own);
  });

  it("a Format word added to a table is read as a value of the Format column", () => {
    const labels: NhnLabels = { ...structuredClone(NHN_LABELS), formats: { ...NHN_LABELS.formats, Text: "string" } };
    const unknown = (l: NhnLabels) => read("sample.txt", ROW_PAGE, l).diagnostics.filter((d) => d.ruleId === "nhn-unknown-format");
    expect(unknown(NHN_LABELS).map((d) => d.message)).toEqual([expect.stringContaining('"sample.label" has Format "Text"')]);
    expect(unknown(labels)).toEqual([]);
  });

  it("an enum lead added to a table introduces a list of values", () => {
    const labels: NhnLabels = { ...structuredClone(NHN_LABELS), enumLeads: [...NHN_LABELS.enumLeads, "chosen from"] };
    expect(enumFromDescription("Colour, chosen from red, green", "string", labels)).toEqual(["red", "green"]);
    expect(enumFromDescription("Colour, chosen from red, green", "string", NHN_LABELS)).toBeUndefined();
    expect(enumFromDescription("Colour, one of red, green", "string", labels)).toEqual(["red", "green"]);
  });
});
