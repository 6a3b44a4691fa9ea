/**
 * The docs-changed report's page list (markdown, appended to the diff): every manifest page, where it
 * is published, what the revision snapshot holds for it, and whether its text changed since the base.
 */
import { escapeMarkdown as md } from "../../generator/reports/escape.js";
import type { LocatedEntry } from "../../scraper/sources.js";
import { formatBytes } from "./progress.js";
import type { Snapshot } from "./snapshot-store.js";

export function pagesMarkdown(entries: readonly LocatedEntry[], base: Snapshot | undefined, revision: Snapshot, changed: readonly string[]): string {
  const since = base ? `snapshot ${base.id}` : "the bundled pages";
  const out = [`## Pages of snapshot ${md(revision.id)}`, "", `| page | published at | stored | since ${md(since)} |`, "|---|---|---|---|"];
  for (const e of entries) {
    const stored = revision.manifest.pages.find((p) => p.source === e.file && p.url === e.url);
    if (!stored) {
      out.push(`| ${md(e.file)} | ${e.url ? md(e.url) : "—"} | not fetched: the bundled file is read | — |`);
      continue;
    }
    const moved = stored.finalUrl !== stored.url ? ` (now at ${md(stored.finalUrl)})` : "";
    const state = changed.includes(e.file) ? "**changed**" : "unchanged";
    out.push(
      `| ${md(e.file)} | ${md(stored.url)}${moved} | \`${md(stored.file)}\`, ${formatBytes(stored.bytes)} ${stored.format}, sha256 \`${stored.sha256.slice(0, 12)}\`, checked ${md(stored.checkedAt)}${stored.notModified ? " (304)" : ""} | ${state} |`,
    );
  }
  return `${out.join("\n")}\n`;
}
