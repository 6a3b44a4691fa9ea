/**
 * Fuzz seeds: one page per vendor dialect and front end (text, HTML, markdown), all from files committed
 * in the project, so the fuzz suite runs without ../shared. Text seeds are the bundled captures; the SCP
 * HTML seed is the saved Docsy page; markdown seeds are an export-format Huawei page and, for SCP and NHN,
 * their captures' blocks written as markdown (headings, GFM tables, fenced JSON); HTML seeds of NHN and Huawei are those
 * markdown pages rendered to HTML, as the published pages are.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DiagnosticSink } from "../../../core/diagnostics.js";
import MarkdownIt from "markdown-it";
import type { Block } from "../../document/model.js";
import { parseTextPage } from "../../document/text-frontend.js";
import { json, table } from "../../dialects/huawei/test-support/fixtures.js";
import type { PageFormat } from "../../run.js";

export interface FuzzSeed {
  vendor: "scp" | "nhn" | "huawei";
  format: PageFormat;
  /** Page id of the seed (mutated cases keep it). */
  page: string;
  content: string;
}

const root = join(import.meta.dirname, "../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");

export function fuzzSeeds(): FuzzSeed[] {
  const scpText = read("pages/scp-virtualserver-volume-revert.txt");
  const nhnText = read("pages/nhn-block-storage-api-v2.txt");
  const scpMarkdown = captureToMarkdown(scpText);
  const nhnMarkdown = captureToMarkdown(nhnText);
  const huaweiMarkdown = huaweiExportPage();
  return [
    { vendor: "scp", format: "text", page: "scp-revert.txt", content: scpText },
    { vendor: "scp", format: "html", page: "scp-parallel-filestorage.html", content: read("document/fixtures/scp-parallel-filestorage-print.html") },
    { vendor: "scp", format: "markdown", page: "scp-revert.md", content: scpMarkdown },
    { vendor: "nhn", format: "text", page: "nhn-block-storage.txt", content: nhnText },
    { vendor: "nhn", format: "html", page: "nhn-block-storage.html", content: toHtml(nhnMarkdown) },
    { vendor: "nhn", format: "markdown", page: "nhn-block-storage.md", content: nhnMarkdown },
    { vendor: "huawei", format: "text", page: "huawei-restore.txt", content: read("pages/huawei-evs-restore-vbs-backup.txt") },
    { vendor: "huawei", format: "html", page: "huawei-query.html", content: toHtml(huaweiMarkdown) },
    { vendor: "huawei", format: "markdown", page: "huawei-query.md", content: huaweiMarkdown },
  ];
}

/** Markdown rendered as a published page is (no source-line attributes: lines are the HTML's own). */
function toHtml(markdown: string): string {
  return `<html><body>\n${new MarkdownIt({ html: true }).render(markdown)}</body></html>\n`;
}

/** A Huawei API page in the documentation export format: URI table, request and response tables, examples. */
function huaweiExportPage(): string {
  return [
    "# Querying a Backup \\(Native OpenStack API\\)",
    "",
    "## Function",
    "",
    "This interface is used to query a backup.",
    "",
    "## URI",
    "",
    "-   URI format",
    "",
    "    GET /v2/\\{project\\_id\\}/backups/\\{backup\\_id\\}",
    "",
    "-   Parameter description",
    "",
    table(
      ["Parameter", "Mandatory", "Description"],
      [
        ["project_id", "Yes", "Project ID"],
        ["backup_id", "Yes", "Backup ID"],
      ],
    ),
    "",
    "## Request",
    "",
    "None",
    "",
    "## Response",
    "",
    "-   Parameter description",
    "",
    table(["Parameter", "Type", "Description"], [["backup", "dict", "Backup information. For details, see Table 1."]]),
    "",
    "    **Table 1** backup field description",
    "",
    table(
      ["Parameter", "Type", "Description"],
      [
        ["id", "string", "Backup ID"],
        ["size", "int", "Size in GB"],
        ["status", "string", "Status: available, creating or error"],
        ["links", "list<dict>", "Links"],
      ],
    ),
    "",
    "-   Example response",
    "",
    json({ backup: { id: "2bb0e2e0-7c34-4f45-9cf6-7b1a6f45d1c2", size: 10, status: "available", links: [{ href: "https://x/v2/p/backups/2bb0", rel: "self" }] } }),
    "",
    "## Status Codes",
    "",
    "-   Normal",
    "",
    "    200",
    "",
  ].join("\n");
}

/** A text capture's blocks written as markdown: what a markdown source of the same page holds. */
function captureToMarkdown(text: string): string {
  const escape = (t: string) => t.replace(/[\\`*_[\]<>#|]/g, "\\$&");
  const render = (b: Block): string => {
    switch (b.kind) {
      case "heading":
        return `${"#".repeat(Math.min(6, b.number ? b.number.split(".").length : b.level))} ${b.number ? `${b.number} - ` : ""}${escape(b.title)}`;
      case "paragraph":
        return escape(b.text);
      case "listItem":
        return `- ${escape(b.text)}`;
      case "code":
        return ["```" + (b.lang ?? ""), b.text, "```"].join("\n");
      case "table": {
        const row = (cells: readonly { text: string }[]) => `| ${cells.map((c) => escape(c.text)).join(" | ")} |`;
        return [row(b.header), `|${b.header.map(() => "---|").join("")}`, ...b.rows.map((r) => row(r.cells))].join("\n");
      }
    }
  };
  return parseTextPage("seed", text, new DiagnosticSink()).blocks.map(render).join("\n\n") + "\n";
}
