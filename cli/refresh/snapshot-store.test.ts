import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SnapshotManifest } from "./snapshot-store.js";
import { compareSnapshotIds, listSnapshots, nextSnapshotId, readSnapshot, readSnapshotPage, sha256, SnapshotError, writeSnapshot } from "./snapshot-store.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "cloudspec-snapshots-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function manifest(id: string, text: string): SnapshotManifest {
  return {
    schemaVersion: 1,
    id,
    takenAt: `${id.slice(0, 10)}T00:00:00.000Z`,
    manifest: "sources.json",
    pages: [
      {
        file: "p.html",
        source: "p.txt",
        vendor: "scp",
        format: "html",
        url: "https://docs.example/p",
        finalUrl: "https://docs.example/p",
        sha256: sha256(text),
        bytes: Buffer.byteLength(text),
        checkedAt: "2026-01-01T00:00:00.000Z",
        notModified: false,
      },
    ],
  };
}

describe("snapshot ids", () => {
  it("are the UTC date, then .2, .3 … on the same day, ordered numerically", () => {
    expect(nextSnapshotId([], new Date("2026-11-22T23:59:59Z"))).toBe("2026-11-22");
    expect(nextSnapshotId(["2026-11-21", "2026-11-22"], new Date("2026-11-22T01:00:00Z"))).toBe("2026-11-22.2");
    expect(nextSnapshotId(["2026-11-22", "2026-11-22.2", "2026-11-22.9"], new Date("2026-11-22T01:00:00Z"))).toBe("2026-11-22.10");
    expect(["2026-11-22.10", "2026-11-22", "2026-11-21", "2026-11-22.2"].sort(compareSnapshotIds)).toEqual(["2026-11-21", "2026-11-22", "2026-11-22.2", "2026-11-22.10"]);
  });
});

describe("the store", () => {
  it("writes a snapshot atomically, lists and reads it back", () => {
    writeSnapshot(dir, manifest("2026-11-22", "<html>a</html>"), new Map([["p.html", "<html>a</html>"]]));
    writeSnapshot(dir, manifest("2026-11-22.2", "<html>b</html>"), new Map([["p.html", "<html>b</html>"]]));
    writeFileSync(join(dir, "notes.txt"), "not a snapshot");
    expect(listSnapshots(dir)).toEqual(["2026-11-22", "2026-11-22.2"]);
    const s = readSnapshot(dir, "2026-11-22.2");
    expect(readSnapshotPage(s, s.manifest.pages[0]!)).toBe("<html>b</html>");
    expect(listSnapshots(join(dir, "absent"))).toEqual([]);
  });

  it("never overwrites a snapshot and leaves no staging folder behind", () => {
    writeSnapshot(dir, manifest("2026-11-22", "x"), new Map([["p.html", "x"]]));
    expect(() => writeSnapshot(dir, manifest("2026-11-22", "y"), new Map([["p.html", "y"]]))).toThrow(/never overwritten/);
    expect(() => writeSnapshot(dir, manifest("2026-11-23", "y"), new Map())).toThrow(SnapshotError);
    expect(listSnapshots(dir)).toEqual(["2026-11-22"]);
    expect(readFileSync(join(dir, "2026-11-22", "p.html"), "utf8")).toBe("x");
  });

  it("a page file named by an edited snapshot.json cannot point outside the snapshot", () => {
    const s = writeSnapshot(dir, manifest("2026-11-22", "x"), new Map([["p.html", "x"]]));
    writeFileSync(join(dir, "secret.txt"), "x");
    expect(() => readSnapshotPage(s, { ...s.manifest.pages[0]!, file: "../secret.txt" })).toThrow(SnapshotError);
    const evil = manifest("2026-11-23", "x");
    evil.pages[0]!.file = "../../escaped.html";
    expect(() => writeSnapshot(dir, evil, new Map([["../../escaped.html", "x"]]))).toThrow(/outside the output folder/);
  });

  it("detects a stored page edited after the fact", () => {
    const s = writeSnapshot(dir, manifest("2026-11-22", "x"), new Map([["p.html", "x"]]));
    writeFileSync(join(dir, "2026-11-22", "p.html"), "tampered");
    expect(() => readSnapshotPage(s, s.manifest.pages[0]!)).toThrow(/does not match the sha256/);
  });

  it("names the file when snapshot.json is unreadable", () => {
    writeSnapshot(dir, manifest("2026-11-22", "x"), new Map([["p.html", "x"]]));
    writeFileSync(join(dir, "2026-11-22", "snapshot.json"), "{");
    expect(() => readSnapshot(dir, "2026-11-22")).toThrow(/2026-11-22\/snapshot\.json: cannot read/);
  });
});
