/**
 * Walks the registry: every rule complete (id, level, description, message, modes, impact), every
 * message used, mirrors and request/response counterparts present or waived with a reason, and every
 * rule exercised by a fixture pair (its own, or a swapped pair whose mirror it is).
 */
import { describe, expect, it } from "vitest";
import { MESSAGES, MessageError, formatMessage, placeholders } from "./messages.js";
import { DIRECTION_WAIVERS, RULES, RegistryError, loadRegistry, registryProblems } from "./registry.js";
import { fixtureCases } from "./test-support.js";
import type { Rule } from "./types.js";

describe("rule registry", () => {
  it("loads: unique kebab-case ids, a message for every rule and a rule for every message", () => {
    expect(registryProblems(RULES, MESSAGES)).toEqual([]);
    expect(loadRegistry().size).toBe(RULES.length);
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s is complete", (_, rule) => {
    expect(["breaking", "warning", "info"]).toContain(rule.level);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(rule.modes.length).toBeGreaterThan(0);
    expect(MESSAGES[rule.id]).toBeDefined();
    if (typeof rule.mirror === "string") expect(RULES.map((r) => r.id)).toContain(rule.mirror);
    else expect(rule.mirror.waived.length).toBeGreaterThan(10);
  });

  it("every rule is exercised by a fixture pair, directly or as the mirror of a swapped pair", () => {
    const cases = new Set(fixtureCases());
    const mirrors = new Set(
      RULES.filter((r) => cases.has(r.id))
        .map((r) => r.mirror)
        .filter((m): m is string => typeof m === "string"),
    );
    const untested = RULES.map((r) => r.id).filter((id) => !cases.has(id) && !mirrors.has(id));
    expect(untested).toEqual([]);
  });

  it("add/remove rules come in mirrored pairs", () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const r of RULES) {
      const m = /^(.*)-(added|removed)$/.exec(r.id);
      const other = m ? `${m[1]}-${m[2] === "added" ? "removed" : "added"}` : undefined;
      if (other && ids.has(other)) expect(r.mirror, r.id).toBe(other);
    }
  });

  it("request/response variants exist unless waived with a reason", () => {
    for (const reason of Object.values(DIRECTION_WAIVERS)) expect(reason.length).toBeGreaterThan(10);
    const problems = registryProblems(
      RULES.filter((r) => r.id !== "response-type-changed"),
      Object.fromEntries(Object.entries(MESSAGES).filter(([k]) => k !== "response-type-changed")),
    );
    expect(problems).toEqual(["rule request-type-changed has no response-type-changed counterpart and no waiver"]);
  });

  it("reports every registry problem at once", () => {
    const broken: Rule = { ...RULES[0]!, id: "Not_Kebab", mirror: "no-such-rule" };
    const problems = registryProblems([...RULES, broken, RULES[1]!], { ...MESSAGES, "orphan-message": "x" });
    expect(problems).toEqual(
      expect.arrayContaining([
        "rule id Not_Kebab is not kebab-case",
        "rule Not_Kebab has no message in the catalogue",
        "rule Not_Kebab: mirror no-such-rule is not a rule",
        `rule id ${RULES[1]!.id} is used twice`,
        "message orphan-message belongs to no rule",
      ]),
    );
    expect(() => loadRegistry([broken], {})).toThrow(RegistryError);
  });
});

describe("message catalogue", () => {
  it("fills placeholders and fails loudly on a missing message or variable (no fallback to the key)", () => {
    expect(placeholders(MESSAGES["request-parameter-removed"]!)).toEqual(["operation", "in", "name"]);
    expect(formatMessage("request-parameter-removed", { operation: "GET /a", in: "query", name: "q" })).toBe("GET /a: query parameter q was removed");
    expect(() => formatMessage("no-such-rule", {})).toThrow(MessageError);
    expect(() => formatMessage("request-parameter-removed", { operation: "GET /a" })).toThrow(/needs \{in\}/);
  });
});
