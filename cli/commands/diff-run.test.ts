/**
 * `cloudspec diff` end to end on temporary files and a temporary git repository: the three ways of
 * choosing what to compare, every format, `--fail-on` exit codes, and usage errors (exit 2).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runDiff } from "./diff-run.js";
import { readGitTree, SpecLoadError } from "../../generator/diff/load.js";
import type { CommandIo } from "../../core/command-io.js";
import type { DiffCliOptions } from "./diff.js";

const v1 = `openapi: 3.1.0
info: { title: Svc, version: "1.0", x-vendor: test, x-service-id: svc }
paths:
  /items:
    get: { operationId: listItems, responses: { "200": { description: OK } } }
    post: { operationId: createItem, summary: Create an item, responses: { "201": { description: Created } } }
`;
const v2 = v1.replace(/ {4}post:.*\n/, "");

let dir: string;
let out: string[];
let err: string[];
let io: CommandIo;
const opts = (o: Partial<DiffCliOptions> = {}): DiffCliOptions => ({ spec: join(dir, "spec"), reports: join(dir, "reports"), format: "md", config: join(dir, "none.yaml"), ...o });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cloudspec-diff-"));
  writeFileSync(join(dir, "none.yaml"), "{}\n");
  out = [];
  err = [];
  io = { out: (s) => void out.push(s), err: (s) => void err.push(s), env: {} };
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function write(path: string, text: string): string {
  const full = join(dir, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, text);
  return full;
}

describe("diff <base> <revision>", () => {
  it("compares two files; a breaking change exits 1 unless --fail-on none", () => {
    const [a, b] = [write("a.yaml", v1), write("b.yaml", v2)];
    expect(runDiff(a, b, opts(), io)).toBe(1);
    expect(out.join("")).toContain("`operation-removed`: operation POST /items (createItem, “Create an item”) was removed");
    expect(runDiff(a, b, opts({ failOn: "none" }), io)).toBe(0);
    expect(runDiff(b, a, opts(), io)).toBe(0);
    expect(runDiff(b, a, opts({ failOn: "info" }), io)).toBe(1);
  });

  it("--format github annotates the revision's spec line; --format terminal colours only when asked", () => {
    const [a, b] = [write("a.yaml", v1), write("b.yaml", v2)];
    expect(runDiff(a, b, opts({ format: "github", failOn: "none" }), io)).toBe(0);
    expect(out.join("")).toMatch(/^::error file=.*a\.yaml,line=\d+,title=operation-removed /m);
    out.length = 0;
    expect(runDiff(a, b, opts({ format: "terminal", failOn: "none" }), io)).toBe(0);
    expect(out.join("")).not.toContain("\u001b[");
    out.length = 0;
    expect(runDiff(a, b, opts({ format: "terminal", failOn: "none", color: true }), io)).toBe(0);
    expect(out.join("")).toContain("\u001b[31;1m");
  });

  it("compares two trees by path and writes any format to --out", () => {
    write("old/test/svc/1.0.yaml", v1);
    write("new/test/svc/1.0.yaml", v2);
    write("new/test/svc/2.0.yaml", v2.replace('version: "1.0"', 'version: "2.0"'));
    const file = join(dir, "r.json");
    expect(runDiff(join(dir, "old"), join(dir, "new"), opts({ format: "json", out: file, failOn: "none" }), io)).toBe(0);
    const report = JSON.parse(readFileSync(file, "utf8"));
    expect(report.comparisons.map((c: { kind: string; findings: { ruleId: string }[] }) => [c.kind, c.findings.map((f) => f.ruleId)])).toEqual([
      ["changed", ["operation-removed"]],
      ["added", ["api-version-added"]],
    ]);
    expect(runDiff(join(dir, "old"), join(dir, "new"), opts({ format: "junit", failOn: "none" }), io)).toBe(0);
    expect(out.join("")).toContain("<testsuites");
  });

  it("exits 2 on bad input: missing files, a file against a folder, a bad date, a bad config", () => {
    const a = write("a.yaml", v1);
    expect(runDiff(a, join(dir, "missing.yaml"), opts(), io)).toBe(2);
    expect(runDiff(a, dir, opts(), io)).toBe(2);
    expect(runDiff(a, a, opts({ asOf: "31.12.2099" }), io)).toBe(2);
    expect(runDiff(a, a, opts({ config: write("bad.yaml", "severity: { nope: loud }\n") }), io)).toBe(2);
    expect(runDiff(undefined, undefined, opts(), io)).toBe(2);
    expect(err.join("")).toContain("--as-of must be a YYYY-MM-DD date");
  });
});

describe("diff --base <git-ref>", () => {
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.email=t@example.invalid", "-c", "user.name=t", "-c", "commit.gpgsign=false", ...args], { cwd: dir, stdio: "pipe" });

  it("reads the spec tree at the ref with git and compares it with the working tree", () => {
    git("init", "-q");
    write("spec/test/svc/1.0.yaml", v1);
    write("spec/notes.txt", "not a spec");
    git("add", ".");
    git("commit", "-q", "-m", "v1");
    write("spec/test/svc/1.0.yaml", v2);
    expect(readGitTree("HEAD", join(dir, "spec")).map((s) => [s.path, s.label])).toEqual([["test/svc/1.0.yaml", "HEAD:spec/test/svc/1.0.yaml"]]);
    expect(runDiff(undefined, undefined, opts({ base: "HEAD" }), io)).toBe(1);
    expect(out.join("")).toContain("operation-removed");
    expect(() => readGitTree("no-such-ref", join(dir, "spec"))).toThrow(SpecLoadError);
    expect(() => readGitTree("--output=x", join(dir, "spec"))).toThrow(/not a git ref/);
    expect(runDiff(undefined, undefined, opts({ base: "no-such-ref" }), io)).toBe(2);
  });
});

describe("diff --versions", () => {
  it("writes every report format and leaves unchanged files alone", () => {
    write("spec/test/svc/1.0.yaml", v1);
    write("spec/test/svc/2.0.yaml", v2.replace('version: "1.0"', 'version: "2.0"'));
    expect(runDiff(undefined, undefined, opts({ versions: true, asOf: "2030-01-01" }), io)).toBe(0);
    expect(out.join("")).toContain("wrote");
    for (const f of ["version-diff.md", "deprecation-calendar.md", "version-diff.html", "version-diff.json", "version-diff.junit.xml"]) {
      expect(readFileSync(join(dir, "reports", f), "utf8").length).toBeGreaterThan(100);
    }
    out = [];
    expect(runDiff(undefined, undefined, opts({ versions: true, asOf: "2030-01-01" }), io)).toBe(0);
    expect(out.join("")).toContain("unchanged");
    expect(runDiff(undefined, undefined, opts({ versions: true, failOn: "breaking", asOf: "2030-01-01" }), io)).toBe(1);
  });
});
