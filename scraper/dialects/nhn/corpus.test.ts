/**
 * The development corpus: three dated versions of the guide's markdown source (2020, 2023, 2026),
 * read from ../shared (never copied into the repository); skipped when it is absent.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeWithShared } from "../../../core/testing/shared-dir.js";
import { checkExamples, CORPUS_DIR, operations, resolve, scrapeNhn } from "./test-support.js";

const versions = existsSync(CORPUS_DIR)
  ? readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith(".md"))
      .sort()
  : [];

/** Regions per version, as each file's region table lists them. */
const REGIONS: Record<string, number> = { "2020": 2, "2023": 3, "2026": 4 };

describeWithShared("corpus/nhn-block-storage", "NHN corpus: Block Storage API v2 Guide markdown sources", () => {
  it("has the three dated versions", () => {
    expect(versions.map((v) => v.slice(0, 4))).toEqual(["2020", "2023", "2026"]);
  });

  describe.each(versions)("%s", (file) => {
    const source = readFileSync(join(CORPUS_DIR, file), "utf8");
    const { doc, diagnostics, result } = scrapeNhn(`corpus/${file}`, source, "markdown");

    it("scrapes without error-severity diagnostics into nhn/block-storage/v2.yaml", () => {
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(result.files.map((f) => f.path)).toEqual(["nhn/block-storage/v2.yaml"]);
    });

    it("finds every API of the source", () => {
      const onPage = source.split("\n").filter((l) => /^(GET|POST|PUT|DELETE|PATCH) \//.test(l.trim())).length;
      expect(operations(doc)).toHaveLength(onPage);
      expect(onPage).toBe(12);
    });

    it("reads the region table, the security scheme and the status enums", () => {
      expect(doc.servers).toHaveLength(REGIONS[file.slice(0, 4)]!);
      expect(doc.security).toEqual([{ XAuthToken: [] }]);
      const get = operations(doc).find((o) => o.method === "get" && o.path === "/v2/{tenantId}/snapshots/{snapshotId}")!.op;
      const snapshot = resolve(doc, get.responses["2XX"]!.content!["application/json"]!.schema).properties!.snapshot!;
      expect(snapshot.properties!.status!.enum).toContain("error_deleting");
    });

    it("follows the List Snapshots example (`snapshots`) over its table (`snapshot`) and reports it", () => {
      const list = operations(doc).find((o) => o.method === "get" && o.path === "/v2/{tenantId}/snapshots")!.op;
      expect(Object.keys(resolve(doc, list.responses["2XX"]!.content!["application/json"]!.schema).properties!)).toEqual(["snapshots"]);
      expect(diagnostics.some((d) => d.ruleId === "doc-table-name-differs-from-example" && d.data?.exampleName === "snapshots")).toBe(true);
    });

    it("accepts every example of the source", () => {
      const check = checkExamples(doc);
      expect(check.checked).toBe(13);
      expect(check.failures).toEqual([]);
    });

    it("leaves only prose unconsumed", () => {
      const unconsumed = result.report.pages[0]!.unconsumed;
      expect(unconsumed.every((u) => u.kind === "paragraph")).toBe(true);
      expect(unconsumed.length).toBeLessThanOrEqual(2);
    });
  });
});
