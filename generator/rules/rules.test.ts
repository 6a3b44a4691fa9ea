/**
 * Every rule on its fixture pair (`fixtures/<rule-id>_base.yaml` → `_revision.yaml`): exactly that rule
 * fires, and the swapped pair fires exactly its mirror. Dates in fixtures are 2099 (ahead) or 2000
 * (past), so the tests run against today's date and never expire.
 */
import { describe, expect, it } from "vitest";
import { todayIso } from "./dates.js";
import { loadRegistry } from "./registry.js";
import { fixtureCases, runCase } from "./test-support.js";

const rules = loadRegistry();
const asOf = todayIso();
const ids = (fs: { ruleId: string }[]) => [...new Set(fs.map((f) => f.ruleId))].sort();

describe("rule fixtures", () => {
  it.each(fixtureCases())("%s fires exactly its rule, and the swapped pair its mirror", (name) => {
    const rule = rules.get(name);
    expect(rule, `fixture ${name} is named after no rule`).toBeDefined();
    expect(ids(runCase(name, { asOf }))).toEqual([name]);
    const mirror = rule!.mirror;
    if (typeof mirror === "string") expect(ids(runCase(name, { asOf, swapped: true }))).toEqual([mirror]);
  });

  it.each(fixtureCases().filter((n) => rules.get(n)?.modes.includes("versions")))("%s judges the same across versions", (name) => {
    expect(ids(runCase(name, { asOf, mode: "versions" }))).toEqual([name]);
  });

  it("findings carry the Diagnostic shape with level, pointer and client impact", () => {
    const [f] = runCase("response-property-removed", { asOf });
    expect(f).toMatchObject({
      ruleId: "response-property-removed",
      severity: "error",
      message: "GET /volumes/{volume_id}: property attachment.device was removed from response 200 application/json",
      at: { page: "fixtures/volume.md", line: 20 },
      data: {
        level: "breaking",
        operation: "GET /volumes/{volume_id}",
        operationId: "getVolume",
        pointer: "#/components/schemas/Volume/properties/attachment/properties/device",
        pointerIn: "base",
        field: "result.attachment.device",
        clientImpact: { file: "generated/test/fixture/1.0/client.ts", className: "FixtureV1_0Client", method: "getVolume", change: "result-field-removed" },
      },
    });
  });

  it("a removed operation with a Not Before date ahead names the date and the days left", () => {
    const [f] = runCase("operation-removed-before-not-before", { asOf: "2099-12-01" });
    expect(f!.message).toBe("operation POST /volumes (createVolume) was removed although version 1.0 promises it until 2099-12-31 (30 days after 2099-12-01)");
    expect(ids(runCase("operation-removed-before-not-before", { asOf: "2100-01-01" }))).toEqual(["deprecated-operation-removed"]);
  });

  it("renamed operations name both client methods", () => {
    const [f] = runCase("operation-id-changed", { asOf });
    expect(f!.data.clientImpact).toMatchObject({ method: "listBlockStorage", change: "method-renamed", detail: "renamed from listVolumes()" });
  });

  it("across versions, deprecation and version-table rules stay silent (the deprecation belongs to the version)", () => {
    expect(runCase("operation-deprecated", { asOf, mode: "versions" })).toEqual([]);
    expect(runCase("api-version-not-before-moved-earlier", { asOf, mode: "versions" })).toEqual([]);
  });
});
