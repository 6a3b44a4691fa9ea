/** The configuration file: severity overrides and suppressions keyed on rule id + location, never on text. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, checkConfigRules, loadConfig, parseConfig } from "./config.js";
import { loadRegistry } from "./registry.js";
import { runCase } from "./test-support.js";

const asOf = "2026-01-01";
const known = new Set(loadRegistry().keys());

describe("diff configuration", () => {
  it("reads YAML and JSON files, and finds .cloudspec-diff.yaml in a folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "cloudspec-config-"));
    writeFileSync(join(dir, ".cloudspec-diff.yaml"), 'asOf: "2030-01-01"\nseverity:\n  response-enum-value-added: info\n');
    writeFileSync(join(dir, "c.json"), JSON.stringify({ severity: { "operation-id-changed": "off" }, suppress: [] }));
    expect(loadConfig(undefined, dir)).toMatchObject({ asOf: "2030-01-01", severity: { "response-enum-value-added": "info" }, suppress: [] });
    expect(loadConfig(join(dir, "c.json")).severity).toEqual({ "operation-id-changed": "off" });
    expect(loadConfig(undefined, join(dir, "none"))).toEqual({ severity: {}, suppress: [] });
  });

  it("overrides a rule's level (keeping the default in data) or turns it off", () => {
    const config = parseConfig({ severity: { "response-enum-value-added": "breaking" } }, "t");
    const [f] = runCase("response-enum-value-added", { asOf, config });
    expect(f).toMatchObject({ severity: "error", data: { level: "breaking", defaultLevel: "warning" } });
    expect(runCase("response-enum-value-added", { asOf, config: parseConfig({ severity: { "response-enum-value-added": "off" } }, "t") })).toEqual([]);
  });

  it("suppresses by rule + operation (parameter names ignored, or an operationId), pointer prefix, or document", () => {
    const suppress = (entry: Record<string, string>) =>
      runCase("response-property-removed", { asOf, config: parseConfig({ suppress: [{ rule: "response-property-removed", reason: "test", ...entry }] }, "t") });
    expect(suppress({ operation: "GET /volumes/{id}" })).toEqual([]);
    expect(suppress({ operation: "getVolume" })).toEqual([]);
    expect(suppress({ pointer: "#/components/schemas/Volume/properties/attachment" })).toEqual([]);
    expect(suppress({ document: "test/fixture/1.0.yaml" })).toEqual([]);
    expect(suppress({ operation: "GET /volumes" })).toHaveLength(1);
    expect(suppress({ pointer: "#/components/schemas/Volume/properties/attach" })).toHaveLength(1);
    expect(runCase("response-property-removed", { asOf, config: parseConfig({ suppress: [{ rule: "request-property-removed", operation: "getVolume", reason: "other rule" }] }, "t") })).toHaveLength(
      1,
    );
  });

  it("refuses message-text suppressions, unknown keys and rules, and reports every problem at once", () => {
    const bad = { asOf: "tomorrow", severity: { "no-such-rule": "loud" }, suppress: [{ rule: "operation-removed", message: "operation GET /x was removed" }], extra: 1 };
    let message = "";
    try {
      parseConfig(bad, ".cloudspec-diff.yaml", known);
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    for (const part of [
      "unknown key extra",
      "asOf must be",
      '"loud" is not',
      "severity.no-such-rule: no such rule",
      "suppress[0]: unknown key message",
      "suppress[0]: reason is required",
      "give operation, pointer or document",
    ]) {
      expect(message).toContain(part);
    }
    expect(() => checkConfigRules(parseConfig({ severity: { "no-such-rule": "info" } }, "c"), known)).toThrow(/no such rule/);
  });
});
