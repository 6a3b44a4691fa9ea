/** The CLI as a user runs it: exit codes, atomic output, honest help. */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bufferIo } from "../core/command-io.js";
import { runCli } from "./program.js";

/** In-process, exactly as the binary runs it (cli/main.ts is runCli over process.argv and the standard streams). */
async function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const io = bufferIo();
  const status = await runCli(args, io);
  return { status, stdout: io.stdout(), stderr: io.stderr() };
}

describe("cloudspec scrape", () => {
  it("--help names every option", async () => {
    const r = await cli("scrape", "--help");
    expect(r.status).toBe(0);
    for (const opt of ["--vendor", "--input", "--format", "--manifest", "--out", "--quiet"]) expect(r.stdout).toContain(opt);
  });

  it("scrapes an ad-hoc page into --out and writes the report", async () => {
    const out = mkdtempSync(join(tmpdir(), "cloudspec-"));
    const r = await cli("scrape", "--vendor", "scp", "--input", "scraper/pages/scp-virtualserver-volume-revert.txt", "--out", out, "--quiet");
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(out, "scp/virtualserver/1.3.yaml"))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, "scrape-report.json"), "utf8")).summary.errors).toBe(0);
  });

  it("fails with page:line and leaves the previous specs untouched", async () => {
    const out = mkdtempSync(join(tmpdir(), "cloudspec-"));
    mkdirSync(join(out, "scp"), { recursive: true });
    writeFileSync(join(out, "scp", "keep.yaml"), "previous\n");
    const bad = join(out, "bad.txt");
    writeFileSync(bad, "Some page\nwithout any API\n");
    const r = await cli("scrape", "--vendor", "scp", "--input", bad, "--out", out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt:1: error page-without-operations/);
    expect(readFileSync(join(out, "scp", "keep.yaml"), "utf8")).toBe("previous\n");
    expect(existsSync(join(out, "scrape-report.json"))).toBe(false);
  });

  it("refuses --input without --vendor and a missing input, with exit code 2", async () => {
    expect((await cli("scrape", "--input", "nope.txt")).status).toBe(2);
    const r = await cli("scrape", "--vendor", "scp", "--input", "does-not-exist.txt");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("does-not-exist.txt");
  });
});

describe("the command line tells the truth", () => {
  it("usage errors exit 2 (never 1, which `diff --fail-on` uses for a breaking change); help and version 0", async () => {
    for (const args of [["diff", "--bogus"], ["diff", "--versions", "--fail-on", "nope"], ["scrape", "--format", "pdf"], ["no-such-command"]]) {
      const r = await cli(...args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/^error: /m);
    }
    expect((await cli("--help")).status).toBe(0);
    expect((await cli("--version")).status).toBe(0);
  });

  it("an unwritable --out is one line and exit 2, not a stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cloudspec-"));
    const file = join(dir, "a-file");
    writeFileSync(file, "");
    const r = await cli("scrape", "--vendor", "scp", "--input", "scraper/pages/scp-virtualserver-volume-revert.txt", "--out", join(file, "out"), "--quiet");
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^error: cannot mkdir .*a-file\/out: ENOTDIR$/)]);
  });

  it("a failed scrape prints every error before anything else, and --quiet still prints them all", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cloudspec-"));
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, "Some page\nwithout any API\n");
    const r = await cli("scrape", "--vendor", "scp", "--input", "scraper/pages/scp-virtualserver-volume-revert.txt", bad, "--out", join(dir, "out"));
    expect(r.status).toBe(1);
    const lines = r.stderr.split("\n").filter((l) => !l.startsWith("["));
    expect(lines[0]).toMatch(/bad\.txt:1: error page-without-operations/);
    const quiet = await cli("scrape", "--vendor", "scp", "--input", bad, "--out", join(dir, "out"), "--quiet");
    expect(quiet.stderr).toMatch(/bad\.txt:1: error page-without-operations/);
    expect(quiet.stderr).not.toContain("blocks read");
  });

  it("partial output: a page with an error leaves the others written (exit 1); --strict writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cloudspec-"));
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, "Some page\nwithout any API\n");
    const good = "scraper/pages/scp-virtualserver-volume-revert.txt";
    const partial = await cli("scrape", "--vendor", "scp", "--input", good, bad, "--out", join(dir, "out"), "--quiet");
    expect(partial.status).toBe(1);
    expect(partial.stderr).toMatch(/bad\.txt:1: error page-without-operations/);
    expect(partial.stderr).toMatch(/scrape incomplete: wrote \d+ specs/);
    expect(existsSync(join(dir, "out/scp/virtualserver/1.3.yaml"))).toBe(true);
    const strict = await cli("scrape", "--vendor", "scp", "--input", good, bad, "--out", join(dir, "strict"), "--quiet", "--strict");
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain("nothing written");
    expect(existsSync(join(dir, "strict"))).toBe(false);
    expect((await cli("scrape", "--help")).stdout).toContain("--strict");
  });

  it("--no-source equals export --clean of the full specs; --limit takes name=N and refuses anything else (exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cloudspec-"));
    const page = "scraper/pages/scp-virtualserver-volume-revert.txt";
    expect((await cli("scrape", "--vendor", "scp", "--input", page, "--out", join(dir, "full"), "--quiet")).status).toBe(0);
    expect((await cli("scrape", "--vendor", "scp", "--input", page, "--out", join(dir, "bare"), "--quiet", "--no-source", "--limit", "example-depth=64")).status).toBe(0);
    expect((await cli("export", "--clean", "--spec", join(dir, "full"), "--out", join(dir, "clean"))).status).toBe(0);
    const bare = readFileSync(join(dir, "bare/scp/virtualserver/1.3.yaml"), "utf8");
    expect(bare).not.toContain("x-source");
    expect(readFileSync(join(dir, "clean/scp/virtualserver/1.3.yaml"), "utf8")).toBe(bare);
    const bad = await cli("scrape", "--vendor", "scp", "--input", page, "--out", join(dir, "x"), "--limit", "depth=3");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown limit");
  });
});
