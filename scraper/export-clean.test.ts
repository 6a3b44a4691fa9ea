import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stripProvenance } from "../core/provenance.js";
import { exportCleanSpecs } from "./export-clean.js";
import { scrapePages } from "./run.js";
import { loadManifest } from "./sources.js";

const pages = loadManifest(join(import.meta.dirname, "pages/sources.json"));

describe("specs without provenance", () => {
  const withSource = scrapePages(pages);
  const clean = scrapePages(pages, { provenance: false });

  it("a scrape with provenance: false writes the same specs without x-source and x-pages", () => {
    expect(clean.files.map((f) => f.path)).toEqual(withSource.files.map((f) => f.path));
    for (const [k, f] of clean.files.entries()) {
      expect(f.content).not.toMatch(/x-source|x-pages/);
      expect(f.document).toEqual(stripProvenance(withSource.files[k]!.document));
    }
    expect(JSON.stringify(clean.report)).toContain('"line"');
  });

  it("exporting written specs gives the same bytes as that scrape", () => {
    const exported = exportCleanSpecs(withSource.files.map((f) => ({ path: f.path, content: f.content })));
    expect(exported.map((f) => f.content)).toEqual(clean.files.map((f) => f.content));
  });

  it("keeps data and names that look like extensions, and the API facts", () => {
    const doc = {
      info: { title: "t", "x-pages": [{ page: "p" }], "x-source": { page: "p", line: 1 }, "x-vendor": "scp", "x-not-before": "2026-01-01" },
      paths: { "/a": { get: { "x-source": { page: "p", line: 2 }, responses: { "200": { description: "OK", content: { "application/json": { example: { "x-source": 1 } } } } } } } },
      components: { schemas: { "x-source": { type: "object", properties: { "x-pages": { type: "string", default: { "x-source": 2 } } }, "x-source": { page: "p", line: 3 } } } },
    };
    expect(stripProvenance(doc)).toEqual({
      info: { title: "t", "x-vendor": "scp", "x-not-before": "2026-01-01" },
      paths: { "/a": { get: { responses: { "200": { description: "OK", content: { "application/json": { example: { "x-source": 1 } } } } } } } },
      components: { schemas: { "x-source": { type: "object", properties: { "x-pages": { type: "string", default: { "x-source": 2 } } } } } },
    });
    expect(stripProvenance(doc, { extensions: "all" }).info).toEqual({ title: "t" });
  });
});
