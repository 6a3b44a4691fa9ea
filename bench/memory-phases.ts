/** Developer aid: heap after each scrape stage on a synthetic page (`node --expose-gc --import tsx bench/memory-phases.ts 50`). */
import { readFileSync } from "node:fs";
import { DiagnosticSink } from "../core/diagnostics.js";
import { dialectFor } from "../scraper/dialects/index.js";
import { mergeServices } from "../scraper/merge-services.js";
import { buildOpenApiDocument, versionsOf } from "../scraper/openapi/build-document.js";
import { parsePage, toYaml } from "../scraper/run.js";
import { syntheticStoragePage } from "./synthetic.js";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heap = (label: string) => {
  gc();
  const m = process.memoryUsage();
  console.log(`${label}: heap ${(m.heapUsed / 2 ** 20).toFixed(0)} MB, rss ${(m.rss / 2 ** 20).toFixed(0)} MB, max rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
};
const content = syntheticStoragePage(readFileSync("scraper/pages/scp-storage-print.txt", "utf8"), Number(process.argv[2] ?? 50) * 2 ** 20);
heap("input");
const sink = new DiagnosticSink();
const doc = parsePage({ page: "s.txt", vendor: "scp", format: "text", content }, sink);
heap(`parsed (${doc.blocks.length} blocks)`);
const read = dialectFor("scp")!.read(doc, sink);
heap("extracted");
let bytes = 0;
for (const s of mergeServices(read.services, sink)) for (const v of versionsOf(s)) bytes += toYaml(buildOpenApiDocument(s, v, sink)).length;
heap(`built ${bytes} bytes of YAML`);
