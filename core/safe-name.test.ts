import { describe, expect, it } from "vitest";
import { assertInside, pathInside, PathOutsideRootError } from "./contained-path.js";
import { printable, refusedName, type NameUse } from "./safe-name.js";

/** Names a hostile or broken page can put where a service id, version, operation or model name goes. */
const HOSTILE: Array<[string, string]> = [
  ["../../../../ESCAPED", "path step"],
  ["..", "parent folder"],
  ["a/b", "slash"],
  ["a\\b", "backslash"],
  ["a\0b", "NUL"],
  ['a"b', "double quote"],
  ["a'b", "single quote"],
  ["x*/y", "comment close"],
  ["a`b", "backtick"],
  ["${process.exit()}", "template substitution"],
  ["a\nb", "newline"],
  ["a\rb", "carriage return"],
  ["</script>", "script close"],
  ["abc\u202Eexe.ts", "bidi override"],
  ["a\u2066b", "bidi isolate"],
  ["__proto__", "prototype key"],
  ["constructor", "constructor key"],
  ["prototype", "prototype"],
  ["a b", "space"],
  ["\u200Bbackup", "zero-width space"],
  ["", "empty"],
  ["x".repeat(200), "too long"],
];

const USES: NameUse[] = ["path-segment", "component-key", "operation-id"];

describe("refusedName: one grammar per use of a page-derived name", () => {
  for (const use of USES) {
    it.each(HOSTILE)(`${use}: refuses %j (%s)`, (value) => {
      expect(refusedName(value, use)).toBeTypeOf("string");
    });
  }

  it("accepts the names the vendors' pages really use", () => {
    for (const v of ["backup", "block-storage", "baremetal-blockstorage", "vbs", "1.2", "v2", "v1.0", "scp", "nhn", "huawei"]) expect(refusedName(v, "path-segment")).toBeUndefined();
    for (const v of ["BackupResponse", "Volume.Attachment", "snapshot_list", "A-B"]) expect(refusedName(v, "component-key")).toBeUndefined();
    for (const v of ["listBackups", "cancelArchiving", "op2Create", "_private"]) expect(refusedName(v, "operation-id")).toBeUndefined();
  });

  it("path segments: no leading dot, no Windows device names, no '..' anywhere", () => {
    expect(refusedName(".hidden", "path-segment")).toMatch(/not letters/);
    expect(refusedName("a..b", "path-segment")).toMatch(/\.\./);
    expect(refusedName("CON", "path-segment")).toMatch(/device/);
    expect(refusedName("nul.yaml", "path-segment")).toMatch(/device/);
  });

  it("says which character is the problem", () => {
    expect(refusedName("a\u202Eb", "path-segment")).toBe("contains a bidirectional text control U+202E");
    expect(refusedName("a\0b", "component-key")).toBe("contains a control character U+0000");
    expect(refusedName("a/b", "operation-id")).toBe('contains a path separator "/"');
  });
});

describe("printable: page text in a message cannot reorder or recolour the line", () => {
  it("escapes controls, bidi characters and ANSI escapes", () => {
    expect(printable("a\u202Eb\x1b[31mred\nx")).toBe('"a\\u202eb\\u001b[31mred\\nx"');
    expect(printable("backup")).toBe('"backup"');
  });
});

describe("pathInside: writes stay inside the output folder", () => {
  it("resolves a relative path under the root", () => {
    expect(pathInside("/tmp/out", "scp/backup/1.2.yaml")).toBe("/tmp/out/scp/backup/1.2.yaml");
  });
  it.each(["../x.yaml", "scp/../../x.yaml", "/etc/passwd", "a\0b", ".", ""])("refuses %j", (rel) => {
    expect(() => pathInside("/tmp/out", rel)).toThrow(PathOutsideRootError);
  });
  it("assertInside refuses a sibling folder that shares the root's prefix", () => {
    expect(() => assertInside("/tmp/out", "/tmp/out-evil/x")).toThrow(PathOutsideRootError);
    expect(() => assertInside("/tmp/out", "/tmp/out/x")).not.toThrow();
  });
});
