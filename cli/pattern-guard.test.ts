/**
 * Page patterns that could hang a validator are not written as `pattern`: checked with recheck, moved to
 * `x-unsafe-pattern` with a warning at the page line, before the scrape's example check runs any of them.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bufferIo } from "../core/command-io.js";
import { composeReviews, patternGuard, recheckVerdict } from "./pattern-guard.js";
import { runCli } from "./program.js";

const HOSTILE = "^(a+)+$";

function documentWith(pattern: string): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    components: {
      schemas: {
        Item: {
          type: "object",
          properties: {
            name: { type: "string", pattern },
            kind: { type: "string", pattern: "^(FILE|FOLDER)$" },
          },
          example: { name: "a", pattern },
          "x-source": { page: "p.txt", line: 12 },
        },
      },
    },
  };
}

describe("pattern guard", () => {
  it("tells exponential and polynomial patterns from safe ones", () => {
    const verdict = recheckVerdict();
    expect(verdict("^(FILE|FOLDER)$")).toBeUndefined();
    expect(verdict("^[a-z]([a-z0-9_]){2,20}$")).toBeUndefined();
    expect(verdict(HOSTILE)).toMatch(/exponentially/);
    expect(verdict("^\\s*\\s*$")).toMatch(/polynomially/);
  });

  it("moves an unsafe pattern to x-unsafe-pattern with a warning at the nearest page line, leaving data and the input alone", () => {
    const input = documentWith(HOSTILE);
    const before = JSON.stringify(input);
    const r = patternGuard()("scp/x/1.0.yaml", input);
    expect(JSON.stringify(input)).toBe(before);
    const item = (r.document.components as { schemas: Record<string, { properties: Record<string, Record<string, unknown>>; example: unknown }> }).schemas.Item!;
    expect(item.properties.name).toEqual({ type: "string", "x-unsafe-pattern": HOSTILE });
    expect(item.properties.kind!.pattern).toBe("^(FILE|FOLDER)$");
    expect(item.example).toEqual({ name: "a", pattern: HOSTILE });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ ruleId: "unsafe-pattern", severity: "warning", at: { page: "p.txt", line: 12 }, message: expect.stringContaining("#/components/schemas/Item/properties/name") }),
    ]);
  });

  it("returns the same document when every pattern is safe, and composes with the reviews after it", () => {
    const input = documentWith("^x$");
    const seen: unknown[] = [];
    const r = composeReviews([patternGuard(), (_path, d) => (seen.push(d), { document: d, diagnostics: [] })])("a.yaml", input);
    expect(r.document).toBe(input);
    expect(seen).toEqual([input]);
  });

  it("cloudspec scrape: a hostile pattern on an SCP page is written as x-unsafe-pattern and warned at its line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cloudspec-pattern-"));
    const lines = readFileSync("scraper/pages/scp-storage-print.txt", "utf8").split("\n");
    const at = lines.findIndex((l) => l.includes("Pattern : ^(FILE|FOLDER)$"));
    expect(at).toBeGreaterThan(0);
    lines[at] = lines[at]!.replace("^(FILE|FOLDER)$", HOSTILE);
    const page = join(dir, "storage.txt");
    writeFileSync(page, lines.join("\n"));
    const io = bufferIo();
    const status = await runCli(["scrape", "--vendor", "scp", "--input", page, "--out", join(dir, "out")], io);
    const output = io.stderr() + io.stdout();
    expect(status, output).toBe(0);
    // Once, though both API versions of the page carry the model.
    expect(output.match(/storage\.txt:\d+: warning unsafe-pattern: pattern "\^\(a\+\)\+\$" at #\/components\/schemas\/\w+\/properties\/object_type/g)).toHaveLength(1);
    const specs = readdirSync(join(dir, "out", "scp"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".yaml"));
    const texts = specs.map((f) => readFileSync(join(dir, "out", "scp", f), "utf8"));
    expect(texts.some((t) => t.includes("x-unsafe-pattern: ^(a+)+$"))).toBe(true);
    expect(texts.some((t) => t.includes("pattern: ^(a+)+$\n") && !t.includes("x-unsafe-pattern"))).toBe(false);
  }, 60_000);
});
