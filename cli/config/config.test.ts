import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigFileError, loadProjectConfig, parseProjectConfig } from "./load-config.js";
import { STARTER_CONFIG } from "./starter.js";

function problems(text: string): string[] {
  try {
    parseProjectConfig(text, "cloudspec.config.yaml", "/project");
  } catch (e) {
    if (e instanceof ConfigFileError) return [...e.problems];
    throw e;
  }
  return [];
}

describe("cloudspec.config.yaml", () => {
  it("the starter `cloudspec init` writes is valid and says the defaults", () => {
    const config = parseProjectConfig(STARTER_CONFIG, "cloudspec.config.yaml", "/project");
    expect(config.scrape).toEqual({ out: "spec", strict: false });
    expect(config.generate).toEqual({ spec: "spec", out: "generated" });
    expect(config.contract).toEqual({ specDir: "spec", generatedDir: "generated" });
  });

  it("resolves paths against the config file's folder, from any working directory", () => {
    const config = parseProjectConfig("sources:\n  pages:\n    - {vendor: scp, file: pages/a.txt}\nscrape: {out: out/spec}\n", "apis/cloudspec.config.yaml", "/project");
    expect(config.sources?.pages).toEqual([{ vendor: "scp", file: "apis/pages/a.txt" }]);
    expect(config.scrape?.out).toBe("apis/out/spec");
    const outside = parseProjectConfig("scrape: {out: spec}\n", "/elsewhere/cloudspec.config.yaml", "/project");
    expect(outside.scrape?.out).toBe("/elsewhere/spec");
  });

  it("reports every problem at once, each at its line", () => {
    const text = [
      "scrape:",
      "  out: spec",
      "  strcit: true",
      "sources:",
      "  pages:",
      "    - vendor: aws",
      "      file: x.txt",
      "    - vendor: scp",
      "generate: {out: 3}",
      "diff: {file: d.yaml, asOf: '2026-01-01'}",
      "",
    ].join("\n");
    expect(problems(text)).toEqual([
      'cloudspec.config.yaml:3: scrape: unknown key "strcit"',
      'cloudspec.config.yaml:6: sources.pages.0.vendor: must be one of "scp", "nhn", "huawei"',
      'cloudspec.config.yaml:8: sources.pages.1: "file" is required',
      "cloudspec.config.yaml:9: generate.out: must be string",
      'cloudspec.config.yaml:10: diff: give either "file" or the settings inline, not both',
    ]);
  });

  it("a YAML syntax error and a duplicate key are located too", () => {
    expect(problems("scrape:\n  out: [spec\n")).toEqual([expect.stringMatching(/^cloudspec\.config\.yaml:\d+: /)]);
    expect(problems("scrape: {out: a}\nscrape: {out: b}\n")).toEqual([expect.stringMatching(/^cloudspec\.config\.yaml:2: .*[Mm]ap keys must be unique/)]);
  });

  it("is found in the working directory; --config names another; none is fine", () => {
    const dir = mkdtempSync(join(tmpdir(), "cfg-"));
    expect(loadProjectConfig(undefined, dir)).toBeUndefined();
    writeFileSync(join(dir, "cloudspec.config.yaml"), "generate: {out: clients}\n");
    expect(loadProjectConfig(undefined, dir)?.generate?.out).toBe("clients");
    mkdirSync(join(dir, "other"));
    writeFileSync(join(dir, "other", "c.json"), '{"generate": {"out": "x"}}');
    expect(loadProjectConfig(join(dir, "other", "c.json"), dir)?.generate?.out).toBe("other/x");
    expect(() => loadProjectConfig(join(dir, "missing.yaml"), dir)).toThrow(/no such config file/);
  });
});
