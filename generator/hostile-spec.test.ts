/**
 * Page text is untrusted: whatever a page puts into a spec's titles, descriptions, summaries, enum
 * values, server variables or provenance, the generated code carries it only inside comments and string
 * literals (never as code), and names that decide folders are refused with the spec pointer.
 */
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { generatorFingerprint } from "./fingerprint.js";
import { generateClients, GenerateError } from "./generate.js";

const fingerprint = generatorFingerprint();
const SPEC = "spec/scp/virtualserver/1.3.yaml";
const base = readFileSync(SPEC, "utf8");

/** Each tries to leave the comment, string or template it lands in and call PWNED. */
const PAYLOADS = [
  "*/ PWNED(); /*",
  "`; PWNED(); `",
  "${PWNED()}",
  '"; PWNED(); "',
  "'; PWNED(); '",
  "\nPWNED();\n//",
  "\u2028PWNED();",
  "</script><script>PWNED()</script>",
  "\u202E/* PWNED() */",
  "@type {PWNED}",
];
const hostile = PAYLOADS.join(" | ");

type Obj = Record<string, unknown>;
function poison(doc: Obj): Obj {
  const info = doc.info as Obj;
  info.title = `Virtual Server ${hostile}`;
  info.description = hostile;
  for (const item of Object.values(doc.paths as Obj)) {
    for (const op of Object.values(item as Obj) as Obj[]) {
      op.summary = `Create ${hostile}`;
      op.description = hostile;
      for (const p of (op.parameters as Obj[] | undefined) ?? []) p.description = hostile;
      const src = op["x-source"] as Obj | undefined;
      if (src) src.page = `pages/${hostile}.txt`;
    }
  }
  for (const schema of Object.values(((doc.components as Obj).schemas ?? {}) as Obj) as Obj[]) {
    schema.description = hostile;
    for (const prop of Object.values((schema.properties ?? {}) as Obj) as Obj[]) {
      prop.description = hostile;
      if (Array.isArray(prop.enum)) prop.enum = [...prop.enum, ...PAYLOADS];
    }
  }
  for (const server of (doc.servers as Obj[] | undefined) ?? []) {
    for (const v of Object.values((server.variables ?? {}) as Obj) as Obj[]) if (Array.isArray(v.enum)) v.enum = [...v.enum, ...PAYLOADS];
  }
  return doc;
}

/** Identifiers of a TypeScript file, from its syntax tree (comments and string contents are not identifiers). */
function identifiers(code: string): Set<string> {
  const seen = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) seen.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile("generated.ts", code, ts.ScriptTarget.Latest, true));
  return seen;
}

describe("generated code from a spec full of hostile page text", () => {
  it("keeps every payload inside comments and strings, and the output parses", async () => {
    const content = stringify(poison(parse(base) as Obj));
    expect(content).toContain("PWNED");
    const files = await generateClients([{ path: SPEC, content }], { fingerprint });
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const parsed = ts.transpileModule(f.content, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
      expect(parsed.diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")) ?? [], f.path).toEqual([]);
      expect(identifiers(f.content).has("PWNED"), f.path).toBe(false);
    }
    expect(files.some((f) => f.content.includes("PWNED"))).toBe(true);
  }, 60_000);

  it("a spec path with line terminators cannot end the header comment", async () => {
    const files = await generateClients([{ path: "specs/evil\nPWNED();\u2028PWNED();.yaml", content: base }], { fingerprint });
    for (const f of files) expect(identifiers(f.content).has("PWNED"), f.path).toBe(false);
  }, 60_000);

  it.each([
    ["x-service-id", "../../../ESCAPED"],
    ["x-service-id", "a/b"],
    ["x-vendor", ".."],
    ["version", "1.3\n"],
  ])("refuses info.%s %j with the spec pointer, before anything is written", async (key, value) => {
    const doc = parse(base) as Obj;
    (doc.info as Obj)[key] = value;
    const run = generateClients([{ path: SPEC, content: stringify(doc) }], { fingerprint });
    await expect(run).rejects.toThrow(GenerateError);
    await expect(run).rejects.toThrow(`${SPEC}#/info/${key}`);
  });
});
