/** cloudspec.config.yaml through the command line (in-process, in another working directory): init, flags over the file, located errors (exit 2). */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { bufferIo } from "../../core/command-io.js";
import { runCli } from "../program.js";

const PAGE = resolve("scraper/pages/scp-virtualserver-volume-revert.txt");

/** In-process in `cwd` (where cloudspec.config.yaml is looked for), as the binary runs there. */
async function run(cwd: string, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const io = bufferIo();
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const status = await runCli(args, io);
    return { status, stdout: io.stdout(), stderr: io.stderr() };
  } finally {
    process.chdir(before);
  }
}

describe("cloudspec.config.yaml on the command line", async () => {
  it("init writes the starter once (exit 2 without --force the second time); scrape then reads the pages it lists", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cloudspec-config-"));
    expect((await run(dir, "init")).status).toBe(0);
    const starter = readFileSync(join(dir, "cloudspec.config.yaml"), "utf8");
    const again = await run(dir, "init");
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("--force");
    writeFileSync(join(dir, "cloudspec.config.yaml"), starter.replace("  pages: []", `  pages:\n    - vendor: scp\n      file: ${JSON.stringify(PAGE)}`).replace("  out: spec   ", "  out: my-specs"));
    const r = await run(dir, "scrape", "--quiet");
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(dir, "my-specs", "scp", "virtualserver", "1.3.yaml"))).toBe(true);
    const flag = await run(dir, "scrape", "--quiet", "--out", "flag-specs");
    expect(flag.status, flag.stderr).toBe(0);
    expect(existsSync(join(dir, "flag-specs", "scp", "virtualserver", "1.3.yaml"))).toBe(true);
  }, 60_000);

  it("a broken config is reported at its lines with exit 2, before the command runs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cloudspec-config-"));
    writeFileSync(join(dir, "cloudspec.config.yaml"), "scrape:\n  out: spec\n  outt: x\n");
    const r = await run(dir, "scrape");
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('cloudspec.config.yaml:3: scrape: unknown key "outt"');
    expect(existsSync(join(dir, "spec"))).toBe(false);
    const named = await run(dir, "--config", "missing.yaml", "scrape");
    expect(named.status).toBe(2);
    expect(named.stderr).toContain("missing.yaml: no such config file");
  }, 60_000);
});
