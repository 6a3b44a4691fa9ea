/** GitHub workflow annotations: at the spec line of each finding's pointer, escaped, one command per finding. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSpec } from "../diff/load.js";
import { FIXTURES } from "../rules/test-support.js";
import { buildFileReport } from "./build-report.js";
import { escapeData, escapeProperty, renderGithub, specLocator } from "./github.js";
import { lineOfPointer, pointerLines } from "./pointer-lines.js";

const options = { asOf: "2026-01-01", config: { severity: {}, suppress: [] }, baseLabel: "a", revisionLabel: "b" };

function fixture(name: string) {
  const file = join(FIXTURES, name);
  const text = readFileSync(file, "utf8");
  return { file, text, spec: { path: "test/fixture/1.0.yaml", label: name, document: parseSpec(text, name) } };
}

describe("pointerLines", () => {
  it("maps pointers to the lines of their keys and items, and falls back to the nearest ancestor", () => {
    const lines = pointerLines("openapi: 3.1.0\npaths:\n  /a/{b}:\n    get:\n      parameters:\n        - name: b\n          in: path\n");
    expect(lines.get("#/paths/~1a~1{b}/get")).toBe(4);
    expect(lines.get("#/paths/~1a~1{b}/get/parameters/0")).toBe(6);
    expect(lineOfPointer(lines, "#/paths/~1a~1{b}/get/parameters/0/schema/type")).toBe(6);
  });
});

describe("renderGithub", () => {
  it("annotates a finding at its spec line with level, rule, message and client impact", () => {
    const [b, r] = [fixture("request-parameter-default-changed_base.yaml"), fixture("request-parameter-default-changed_revision.yaml")];
    const report = buildFileReport(b.spec, r.spec, options);
    const locate = specLocator((_spec, side) => (side === "base" ? b : r));
    const line = lineOfPointer(pointerLines(r.text), report.comparisons[0]!.findings[0]!.data.pointer)!;
    expect(r.text.split("\n")[line - 1]).toMatch(/schema:/);
    expect(renderGithub(report, { locate })).toBe(
      `::warning file=${escapeProperty(r.file)},line=${line},title=request-parameter-default-changed (test/fixture)::GET /volumes: the default of query parameter limit changed from 1000 to 100 — client: FixtureV1_0Client.listVolumes(): calls that omit query.limit now get 100 instead of 1000 (a tenth of the old default)\n`,
    );
  });

  it("without spec texts, annotates at the documentation page and line", () => {
    const [b, r] = [fixture("request-parameter-default-changed_base.yaml"), fixture("request-parameter-default-changed_revision.yaml")];
    expect(renderGithub(buildFileReport(b.spec, r.spec, options))).toMatch(/^::warning file=fixtures\/volume\.md,line=12,title=/);
  });

  it("escapes what would end or split a command", () => {
    expect(escapeData("50% done\r\nnext")).toBe("50%25 done%0D%0Anext");
    expect(escapeProperty("a:b,c")).toBe("a%3Ab%2Cc");
  });
});
