/**
 * Doc self-consistency on the bundled pages: every example validates against its own schema, except the known
 * documentation bugs in the allowlist; a new bug or an allowlisted one that no longer occurs fails. The
 * committed report is the golden output (UPDATE_GOLDEN=1 rewrites it).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listSpecIds } from "../spec/load.js";
import { ALLOWLIST_PATH, REPORT_DIR, SPEC_DIR } from "../harness/paths.js";
import { compileBundled } from "../test-support.js";
import { applyAllowlist, parseAllowlist, readAllowlist } from "./allowlist.js";
import { checkExamples } from "./check-examples.js";
import { keyString } from "./finding-key.js";
import { renderJson, renderMarkdown } from "./render-report.js";

const specs = listSpecIds(SPEC_DIR).map(compileBundled);
const result = checkExamples(specs);
const allowlist = readAllowlist(ALLOWLIST_PATH);
const gate = applyAllowlist(result.findings, allowlist);

describe("doc consistency of the bundled pages", () => {
  it("has a well-formed allowlist with a reason for every entry", () => {
    expect(allowlist.problems).toEqual([]);
    expect(allowlist.entries.length).toBeGreaterThan(0);
  });

  it("finds no documentation bug that is not allowlisted", () => {
    expect(gate.unlisted.map((f) => `${f.at} ${f.ruleId} ${f.field}: ${f.message}`)).toEqual([]);
  });

  it("has no allowlist entry that no longer occurs", () => {
    expect(gate.stale.map(keyString)).toEqual([]);
  });

  it("accepts every example that is correct (all others are listed findings)", () => {
    const total = Object.values(result.checked).reduce((a, b) => a + b, 0);
    const failing = new Set(result.findings.flatMap((f) => f.occurrences.map((o) => `${o.spec} ${o.example}`)));
    expect(total).toBeGreaterThan(2500);
    expect(total - failing.size).toBeGreaterThan(2400);
    expect(result.uncompiled).toEqual({});
    // Spot check: the page's example for listBackups (1.2) validates as it is.
    const backup = specs.find((s) => s.spec.id === "scp/backup/1.2")!;
    const media = backup.byId.get("listBackups")!.responses.get("200")!.media[0]!;
    expect(media.validate!(media.media.example!.value)).toBe(true);
  });

  it("matches the committed report (contract-tests/reports/doc-consistency.{md,json})", () => {
    const files = { "doc-consistency.md": renderMarkdown(result, gate), "doc-consistency.json": renderJson(result, gate) };
    for (const [name, content] of Object.entries(files)) {
      if (process.env.UPDATE_GOLDEN === "1") writeFileSync(join(REPORT_DIR, name), content);
      expect(readFileSync(join(REPORT_DIR, name), "utf8"), `${name} is stale: npm run contract -- --doc-consistency --report-dir contract-tests/reports`).toBe(content);
    }
  });
});

describe("the allowlist gate", () => {
  const finding = result.findings[0]!;
  it("fails on a finding the allowlist does not name", () => {
    const without = { entries: allowlist.entries.filter((e) => keyString(e) !== keyString(finding)), problems: [] };
    expect(applyAllowlist(result.findings, without).unlisted).toEqual([finding]);
  });
  it("fails on an entry that matches nothing", () => {
    const extra = { ruleId: "doc-example-type-mismatch", at: "pages/x.txt:1", field: "/type", reason: "fixed long ago" };
    expect(applyAllowlist(result.findings, { entries: [...allowlist.entries, extra], problems: [] }).stale).toEqual([extra]);
  });
  it("rejects entries without a reason or a page:line", () => {
    expect(
      parseAllowlist({
        entries: [
          { ruleId: "r", at: "p:1", field: "/f", reason: " " },
          { ruleId: "r", at: "p", field: "/f", reason: "x" },
        ],
      }).problems,
    ).toEqual(["entry 0: reason missing or empty", 'entry 1: "at" must be page:line']);
  });
});
