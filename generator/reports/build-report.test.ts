/** Building reports: two version files compared directly are judged as versions, as `diff --versions` judges them. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSpec } from "../diff/load.js";
import type { SpecDoc } from "../diff/types.js";
import { buildFileReport, buildVersionReport } from "./build-report.js";

const options = { asOf: "2026-01-01", config: { severity: {}, suppress: [] }, baseLabel: "a", revisionLabel: "b" };

function spec(path: string): SpecDoc {
  return { path, label: path, document: parseSpec(readFileSync(path, "utf8"), path) };
}

describe("buildFileReport", () => {
  it("judges two versions of one service as versions: no “1.2 is CURRENT again”", () => {
    const [v11, v12] = [spec("spec/scp/backup/1.1.yaml"), spec("spec/scp/backup/1.2.yaml")];
    const direct = buildFileReport(v11, v12, options).comparisons[0]!.findings;
    expect(direct.filter((f) => f.ruleId.startsWith("api-version-"))).toEqual([]);
    const versions = buildVersionReport([v11, v12], options).comparisons[0]!.findings;
    expect(direct.map((f) => [f.ruleId, f.message])).toEqual(versions.map((f) => [f.ruleId, f.message]));
  });

  it("judges the same version at two points in time as a snapshot", () => {
    const b = spec("spec/scp/backup/1.1.yaml");
    const a: SpecDoc = { ...b, document: { ...b.document, info: { ...(b.document.info as object), "x-api-status": "CURRENT" } } };
    expect(buildFileReport(a, b, options).comparisons[0]!.findings.map((f) => f.ruleId)).toContain("api-version-deprecated");
  });
});
