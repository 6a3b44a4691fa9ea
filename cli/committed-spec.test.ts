/** `npm start`'s scrape reproduces the committed spec/ tree byte for byte (doc-bug marks included). */
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { bufferIo } from "../core/command-io.js";
import { runCli } from "./program.js";

function files(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

describe("cloudspec scrape on the bundled pages", () => {
  it("writes exactly the committed spec/ tree (regenerate with `npm run regen` and review the diff)", async () => {
    const out = mkdtempSync(join(tmpdir(), "cloudspec-spec-"));
    const io = bufferIo();
    expect(await runCli(["scrape", "--quiet", "--out", out], io), io.stderr()).toBe(0);
    const fresh = files(out).map((f) => relative(out, f));
    expect(fresh).toEqual(files("spec").map((f) => relative("spec", f)));
    for (const rel of fresh) expect(readFileSync(join(out, rel), "utf8"), rel).toBe(readFileSync(join("spec", rel), "utf8"));
  });
});
