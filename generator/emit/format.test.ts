/**
 * The formatter parses generated code with prettier's `babel-ts` parser: it loads and parses in about half the
 * time of prettier's `typescript` parser. That is only sound while both give the same bytes on what the
 * emitters print, so this compares them on the unformatted client and index text of every bundled spec and of
 * a copy full of hostile page text (comments, quotes, template and line-separator payloads).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { summariseSpec, type SpecSummary } from "../spec-summary.js";
import { emitClientClass } from "./client-class.js";
import { formatTypeScript, PRETTIER_OPTIONS } from "./format.js";
import { emitServiceIndex } from "./service-index.js";
import { createTsPrinter } from "./ts-printer.js";

type Obj = Record<string, unknown>;
const PAYLOADS = ["*/ x(); /*", "`; x(); `", "${x()}", '"; x(); "', "'; x(); '", "\nx();\n//", "\u2028x();", "\u202E/* x() */", "@type {x}", "\\u0041 \\\\"];

function specFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return specFiles(path);
      return name.endsWith(".yaml") ? [path] : [];
    });
}

function poison(doc: Obj): Obj {
  const hostile = PAYLOADS.join(" | ");
  (doc.info as Obj).title = `Hostile ${hostile}`;
  (doc.info as Obj).description = hostile;
  for (const item of Object.values(doc.paths as Obj)) {
    for (const op of Object.values(item as Obj) as Obj[]) {
      op.summary = hostile;
      op.description = hostile;
      for (const p of (op.parameters as Obj[] | undefined) ?? []) p.description = hostile;
    }
  }
  return doc;
}

async function expectParsersAgree(text: string, label: string): Promise<void> {
  const withTypescriptParser = await format(text, { ...PRETTIER_OPTIONS, parser: "typescript" });
  expect(await formatTypeScript(text), label).toBe(withTypescriptParser);
}

describe("formatting generated code", () => {
  const printer = createTsPrinter();
  const specs = specFiles("spec");
  const summaries: Array<{ path: string; summary: SpecSummary }> = specs.map((path) => ({
    path,
    summary: summariseSpec(parse(readFileSync(path, "utf8")) as Obj, path),
  }));

  it("uses a parser other than prettier's typescript one (else this file tests nothing)", () => {
    expect(PRETTIER_OPTIONS.parser).not.toBe("typescript");
    expect(specs.length).toBeGreaterThan(10);
  });

  it("gives the bytes prettier's typescript parser gives, on every bundled client and index", async () => {
    for (const { path, summary } of summaries) await expectParsersAgree(emitClientClass(summary, path, "@cloudspec/runtime", printer), path);
    const entries = summaries.map(({ summary }) => ({ spec: summary, folder: summary.version }));
    const first = entries.filter((e) => e.spec.vendor === entries[0]!.spec.vendor && e.spec.service === entries[0]!.spec.service);
    await expectParsersAgree(emitServiceIndex(first, "@cloudspec/runtime", printer), "index.ts");
  });

  it("gives the same bytes on a client full of hostile page text", async () => {
    const path = specs.find((p) => p.includes("virtualserver")) ?? specs[0]!;
    const summary = summariseSpec(poison(parse(readFileSync(path, "utf8")) as Obj), path);
    const text = emitClientClass(summary, path, "@cloudspec/runtime", printer);
    expect(text).toContain("x();");
    await expectParsersAgree(text, path);
  });
});
