/**
 * The committed reports under generated/reports/ are golden files: a fresh `diff --versions` over the
 * committed spec/ with the committed .cloudspec-diff.yaml (its fixed asOf) must give the same bytes.
 * After a deliberate change: `npx tsx cli/main.ts diff --versions`, and review the diff.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSpecTree } from "../diff/load.js";
import { loadConfig } from "../rules/config.js";
import { buildVersionReport } from "./build-report.js";
import { versionReportFiles } from "./write-reports.js";

describe("committed version reports", () => {
  const config = loadConfig(".cloudspec-diff.yaml");
  const report = buildVersionReport(readSpecTree("spec"), { asOf: config.asOf!, config, baseLabel: "spec/ (each version against the next)", revisionLabel: "spec" });

  it("use the configuration's fixed as-of date", () => {
    expect(config.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(report.asOf).toBe(config.asOf);
  });

  it.each(versionReportFiles(report).map((f) => [f.name, f.content] as const))("%s equals a fresh run", (name, content) => {
    expect(content, `generated/reports/${name} is stale: run \`npx tsx cli/main.ts diff --versions\``).toBe(readFileSync(join("generated/reports", name), "utf8"));
  });

  it("are deterministic", () => {
    const again = buildVersionReport(readSpecTree("spec"), { asOf: config.asOf!, config, baseLabel: "spec/ (each version against the next)", revisionLabel: "spec" });
    expect(versionReportFiles(again)).toEqual(versionReportFiles(report));
  });
});
