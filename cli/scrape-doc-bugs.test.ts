/**
 * `cloudspec scrape` marks every example that breaks its own schema where all tools see it: the allowlist's
 * reason for a known documentation bug, `reviewed: false` and a warning at page:line for one it does not name.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { bufferIo } from "../core/command-io.js";
import { runCli } from "./program.js";

const PAGE = "scraper/pages/nhn-block-storage-api-v2.txt";
/** The request example of Create Volume sends `source_volid`, which its field table does not list (allowlisted). */
const CREATE_BODY = ["paths", "/v2/{tenantId}/volumes", "post", "requestBody", "content", "application/json"];

async function scrape(...extra: string[]): Promise<{ status: number; stderr: string; media: Record<string, unknown> }> {
  const out = mkdtempSync(join(tmpdir(), "cloudspec-docbugs-"));
  const io = bufferIo();
  const status = await runCli(["scrape", "--vendor", "nhn", "--input", PAGE, "--out", out, ...extra], io);
  const spec = parse(readFileSync(join(out, "nhn/block-storage/v2.yaml"), "utf8")) as Record<string, unknown>;
  const media = CREATE_BODY.reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], spec) as Record<string, unknown>;
  return { status, stderr: io.stderr() + io.stdout(), media };
}

describe("scrape marks documentation bugs", () => {
  it("a known bug: the example moves to x-doc-example with the allowlist's reason, and no warning", async () => {
    const r = await scrape();
    expect(r.status, r.stderr).toBe(0);
    expect(r.media.example).toBeUndefined();
    expect(r.media["x-doc-example"]).toMatchObject({ volume: { source_volid: null } });
    expect(r.media["x-doc-bug"]).toEqual([expect.objectContaining({ rule: "doc-example-undocumented-property", at: `${PAGE}:358`, reason: expect.stringContaining("source_volid") })]);
    expect(r.stderr).not.toContain("doc-example-undocumented-property");
  });

  it("a bug no allowlist names: marked reviewed: false and reported once at its page:line", async () => {
    const empty = join(mkdtempSync(join(tmpdir(), "cloudspec-allow-")), "allowlist.json");
    writeFileSync(empty, '{"entries": []}\n');
    const r = await scrape("--allowlist", empty);
    expect(r.status, r.stderr).toBe(0);
    expect(r.media["x-doc-bug"]).toEqual([expect.objectContaining({ rule: "doc-example-undocumented-property", reviewed: false })]);
    expect(r.stderr.match(new RegExp(`${PAGE}:358: warning doc-example-undocumented-property`, "g"))).toHaveLength(1);
  });

  it("--no-mark-doc-bugs writes the example where the page put it; a malformed allowlist is a usage error", async () => {
    const r = await scrape("--no-mark-doc-bugs");
    expect(r.media.example).toMatchObject({ volume: { source_volid: null } });
    expect(r.media["x-doc-bug"]).toBeUndefined();
    const bad = join(mkdtempSync(join(tmpdir(), "cloudspec-allow-")), "allowlist.json");
    writeFileSync(bad, '{"entries": [{"ruleId": "x"}]}\n');
    const io = bufferIo();
    expect(await runCli(["scrape", "--vendor", "nhn", "--input", PAGE, "--out", mkdtempSync(join(tmpdir(), "cloudspec-")), "--allowlist", bad], io)).toBe(2);
    expect(io.stderr()).toMatch(/^error: allowlist .*entry 0/m);
  });
});
