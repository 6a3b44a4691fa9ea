/**
 * The JSON report against its published schema (`docs/diff-report.schema.json`, JSON Schema 2020-12,
 * ajv strict mode): the committed version report, the hostile fixture report, and a snapshot report
 * holding a finding of every rule.
 */
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { buildSnapshotReport } from "./build-report.js";
import { hostileReport } from "./test-support.js";
import { renderJson } from "./write-reports.js";
import { fixtureCases, loadFixture } from "../rules/test-support.js";
import { RULES } from "../rules/registry.js";
import type { SpecDoc } from "../diff/types.js";

const schema = JSON.parse(readFileSync("docs/diff-report.schema.json", "utf8"));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

function expectValid(data: unknown): void {
  const ok = validate(data);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

describe("JSON report schema", () => {
  it("accepts the committed version report", () => {
    expectValid(JSON.parse(readFileSync("generated/reports/version-diff.json", "utf8")));
  });

  it("accepts the hostile fixture report", () => {
    expectValid(JSON.parse(renderJson(hostileReport())));
  });

  it("accepts a report with a finding of every rule (each fixture pair, both ways, as one tree)", () => {
    const base: SpecDoc[] = [];
    const revision: SpecDoc[] = [];
    for (const name of fixtureCases()) {
      for (const [suffix, swapped] of [
        ["a", false],
        ["b", true],
      ] as const) {
        const path = `test/${name}-${suffix}/1.0.yaml`;
        const b = loadFixture(`${name}_${swapped ? "revision" : "base"}.yaml`);
        const r = loadFixture(`${name}_${swapped ? "base" : "revision"}.yaml`);
        if (b) base.push({ ...b, path });
        if (r) revision.push({ ...r, path });
      }
    }
    const report = buildSnapshotReport(base, revision, { asOf: "2026-01-01", config: { severity: {}, suppress: [] }, baseLabel: "fixtures (base)", revisionLabel: "fixtures (revision)" });
    const fired = new Set(report.comparisons.flatMap((c) => c.findings.map((f) => f.ruleId)));
    expect(RULES.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
    expectValid(JSON.parse(renderJson(report)));
  });

  it("rejects a report that breaks it", () => {
    const bad = JSON.parse(renderJson(hostileReport()));
    bad.comparisons[0].findings[0].severity = "fatal";
    expect(validate(bad)).toBe(false);
  });
});
