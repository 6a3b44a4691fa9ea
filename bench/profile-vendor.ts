/** Developer aid: profile one vendor's parse + extract (`node --cpu-prof --import tsx bench/profile-vendor.ts nhn`). */
import { DiagnosticSink } from "../core/diagnostics.js";
import { dialectFor } from "../scraper/dialects/index.js";
import { parsePage } from "../scraper/run.js";
import { DEFAULT_MANIFEST, loadManifest } from "../scraper/sources.js";

const vendor = process.argv[2] ?? "scp";
const pages = loadManifest(DEFAULT_MANIFEST, vendor);
const t = Date.now();
let n = 0;
while (Date.now() - t < 3000) {
  for (const p of pages) {
    const sink = new DiagnosticSink();
    dialectFor(vendor)!.read(parsePage(p, sink), sink);
  }
  n++;
}
console.log(`${vendor}: ${((Date.now() - t) / n).toFixed(2)} ms per run`);
