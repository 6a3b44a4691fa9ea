/**
 * Mutated Huawei pages (lines dropped, duplicated, truncated, junk inserted) never make the dialect
 * throw (`internal-error`), every diagnostic is located on the page, and a page gives a spec or an
 * error: never nothing silently.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sharedPath } from "../../../core/testing/shared-dir.js";
import { isSourceLocation } from "../../../core/diagnostics.js";
import type { PageFormat } from "../../run.js";
import { scrapePages } from "../../run.js";

const bundled = readFileSync(join(import.meta.dirname, "../../pages/huawei-evs-restore-vbs-backup.txt"), "utf8");
const CREATE = sharedPath("corpus/huawei-vbs/creating-a-vbs-backup-(native-openstack-api).md");

const junk = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    "Parameter",
    "Mandatory",
    "Type",
    "Description",
    "Status Code",
    "dict",
    "list<dict>",
    "Yes",
    "No",
    "None",
    "or",
    "URI",
    "Request",
    "Response",
    "Status Codes",
    "• Normal",
    "• Abnormal",
    "202",
    "{",
    '{"a": {"b": 1}}',
    "x field description",
    "POST /v2/{a}/b",
    "GET https://{X Endpoint}/v1/x",
    "<table><tr><td>",
    "```",
  ),
);

const mutation = fc.oneof(
  fc.nat().map((i) => (l: string[]) => l.filter((_, k) => k !== i % Math.max(1, l.length))),
  fc.nat().map((i) => (l: string[]) => l.flatMap((x, k) => (k === i % Math.max(1, l.length) ? [x, x] : [x]))),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, cut]) =>
      (l: string[]) =>
        l.map((x, k) => (k === i % Math.max(1, l.length) ? x.slice(0, cut % (x.length + 1)) : x)),
  ),
  fc.tuple(fc.nat(), junk).map(([i, j]) => (l: string[]) => [...l.slice(0, i % (l.length + 1)), j, ...l.slice(i % (l.length + 1))]),
);

function check(content: string, format: PageFormat): void {
  const result = scrapePages([{ page: "mutated", vendor: "huawei", format, content }]);
  expect(result.diagnostics.filter((d) => d.ruleId === "internal-error")).toEqual([]);
  for (const d of result.diagnostics) expect(isSourceLocation(d.at) ? d.at.page : d.at.pointer).toBeTruthy();
  expect(result.files.length > 0 || result.diagnostics.some((d) => d.severity === "error")).toBe(true);
}

describe("Huawei dialect robustness", () => {
  it("mutated text captures", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => {
        check(ms.reduce((l, m) => m(l), bundled.split("\n")).join("\n"), "text");
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });

  it.skipIf(!existsSync(CREATE))(`mutated documentation exports${existsSync(CREATE) ? "" : ` (skipped: ${CREATE} is absent)`}`, () => {
    const md = readFileSync(CREATE, "utf8");
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (ms) => {
        check(ms.reduce((l, m) => m(l), md.split("\n")).join("\n"), "markdown");
      }),
      { numRuns: 100, seed: 20261122 },
    );
  });
});
