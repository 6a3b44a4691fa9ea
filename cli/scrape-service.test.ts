/**
 * Naming a page's service (`scrape --service`, a manifest entry's "service"): for pages whose only clue is their URI
 * (Huawei pages of different services share `/v1/{project_id}/instances`), the user says which service they document.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bufferIo } from "../core/command-io.js";
import { scrapePages } from "../scraper/run.js";
import { readManifestEntries, SourceError } from "../scraper/sources.js";
import { runCli } from "./program.js";

async function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const io = bufferIo();
  const status = await runCli(args, io);
  return { status, stdout: io.stdout(), stderr: io.stderr() };
}

/** A Huawei page that names its service nowhere: the URI's resource family is all there is. */
const CLUELESS = ["Creating an Instance", "Function", "This API is used to create an instance.", "URI", "POST /v1.0/{project_id}/instances", "Request Parameters", "None"].join("\n\n");

describe("naming a page's service", () => {
  it("without a name, the URI's guess is a printed warning; with one, the page's spec is under it and the warning goes", () => {
    const guessed = scrapePages([{ page: "p.txt", vendor: "huawei", format: "text", content: CLUELESS }]);
    expect(guessed.files.map((f) => f.path)).toEqual(["huawei/instances/v1.0.yaml"]);
    expect(guessed.diagnostics.find((d) => d.ruleId === "huawei-service-id-from-path")?.severity).toBe("warning");
    const named = scrapePages([{ page: "p.txt", vendor: "huawei", format: "text", content: CLUELESS, service: "dcs" }]);
    expect(named.files.map((f) => f.path)).toEqual(["huawei/dcs/v1.0.yaml"]);
    expect(named.diagnostics.map((d) => d.ruleId)).not.toContain("huawei-service-id-from-path");
    expect(named.diagnostics.find((d) => d.ruleId === "service-named")?.message).toMatch(/"dcs".*"instances"/);
  });

  it("a page of several services keeps their ids, with an error", () => {
    const page = "scraper/pages/scp-storage-print.txt";
    const r = scrapePages([{ page, vendor: "scp", format: "text", content: readFileSync(page, "utf8"), service: "storage" }]);
    expect(r.diagnostics.find((d) => d.ruleId === "service-named-ambiguous")?.severity).toBe("error");
    expect(new Set(r.files.map((f) => f.path.split("/")[1]))).toEqual(new Set(["archivestorage", "backup", "baremetal-blockstorage", "filestorage", "parallel-filestorage"]));
  });

  it("--service applies to the --input pages; a name that is no folder name, or no --input, is a usage error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cloudspec-service-"));
    writeFileSync(join(dir, "page.txt"), CLUELESS);
    const out = join(dir, "out");
    const r = await cli("scrape", "--vendor", "huawei", "--input", join(dir, "page.txt"), "--service", "dcs", "--out", out, "--quiet");
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(join(out, "huawei"))).toEqual(["dcs"]);
    const traversal = await cli("scrape", "--vendor", "huawei", "--input", join(dir, "page.txt"), "--service", "../x", "--out", out);
    expect(traversal.status).toBe(2);
    expect(traversal.stderr).toMatch(/--service "\.\.\/x": contains/);
    const alone = await cli("scrape", "--service", "dcs", "--out", out);
    expect(alone.status).toBe(2);
  });

  it("a manifest entry's service must be a folder name", () => {
    const dir = mkdtempSync(join(tmpdir(), "cloudspec-service-"));
    writeFileSync(join(dir, "page.txt"), CLUELESS);
    const manifest = (service: string) => {
      const path = join(dir, "sources.json");
      writeFileSync(path, JSON.stringify({ pages: [{ file: "page.txt", vendor: "huawei", service }] }));
      return path;
    };
    expect(readManifestEntries(manifest("dcs"))[0]!.service).toBe("dcs");
    expect(() => readManifestEntries(manifest("a/b"))).toThrow(SourceError);
  });
});
