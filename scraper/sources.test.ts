import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_MANIFEST, readManifestEntries, SourceError } from "./sources.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cloudspec-sources-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("readManifestEntries", () => {
  it("gives each bundled entry its manifest line and resolved page path", () => {
    const entries = readManifestEntries(DEFAULT_MANIFEST);
    expect(entries.map((e) => [e.file, e.line])).toEqual([
      ["scp-storage-print.txt", 5],
      ["scp-virtualserver-volume-revert.txt", 12],
      ["scp-virtualserver-snapshot-create.txt", 18],
      ["nhn-block-storage-api-v2.txt", 24],
      ["huawei-evs-restore-vbs-backup.txt", 31],
    ]);
    expect(entries[0]!.path).toBe("scraper/pages/scp-storage-print.txt");
    expect(entries.filter((e) => e.url).map((e) => e.vendor)).toEqual(["scp", "nhn"]);
  });

  it("names the manifest and the entry when an entry is malformed", () => {
    const file = join(dir, "m.json");
    writeFileSync(file, JSON.stringify({ pages: [{ file: "a.txt", vendor: "scp" }, { file: "b.txt" }] }));
    expect(() => readManifestEntries(file)).toThrow(/m\.json: pages\[1\] \(b\.txt\) has no "vendor"/);
    writeFileSync(file, JSON.stringify({ pages: [{ file: "a.txt", vendor: "scp", format: "pdf" }] }));
    expect(() => readManifestEntries(file)).toThrow(/"format" must be text, html or markdown/);
    writeFileSync(file, "{ nope");
    expect(() => readManifestEntries(file)).toThrow(SourceError);
    expect(() => readManifestEntries(join(dir, "missing.json"))).toThrow(/cannot read sources manifest/);
  });
});
