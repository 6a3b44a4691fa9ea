/** Developer aid: warm timings of the two scrape stages on the bundled SCP pages. */
import { DiagnosticSink } from "../core/diagnostics.js";
import { dialectFor } from "../scraper/dialects/index.js";
import type { DocumentTree } from "../scraper/document/model.js";
import { parsePage } from "../scraper/run.js";
import { DEFAULT_MANIFEST, loadManifest } from "../scraper/sources.js";

const pages = loadManifest(DEFAULT_MANIFEST, "scp");
const bytes = pages.reduce((n, p) => n + p.content.length, 0) / 1024 / 1024;
const time = (label: string, fn: () => void, n = 20) => {
  for (let k = 0; k < 5; k++) fn();
  const t = process.hrtime.bigint();
  for (let k = 0; k < n; k++) fn();
  const ms = Number(process.hrtime.bigint() - t) / 1e6 / n;
  console.log(`${label}: ${ms.toFixed(1)} ms (${(bytes / (ms / 1000)).toFixed(1)} MB/s)`);
};
let docs: DocumentTree[] = [];
time("parse", () => {
  docs = pages.map((p) => parsePage(p, new DiagnosticSink()));
});
time("extract", () => {
  docs.forEach((d, k) => dialectFor(pages[k]!.vendor)!.read(d, new DiagnosticSink()));
});
