/**
 * Test support: small pages in the Huawei documentation export format (markdown, raw HTML tables in
 * bullets), scraped as markdown and as their text capture, so every fixture checks both front ends.
 */
import type { Diagnostic } from "../../../../core/diagnostics.js";
import type { ScrapeResult } from "../../../run.js";
import { scrapePages } from "../../../run.js";
import { exportToTextCapture } from "./export-to-text.js";

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * An export-style `<table>`, indented by `indent` spaces (4 to sit in a bullet, 0 at the top level);
 * cells split on "\n" become several `<p>`.
 */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>, indent = 4): string {
  const cell = (tag: string, text: string) => `<${tag} class="cellrowborder" valign="top"><p>${text.split("\n").map(escapeHtml).join("</p>\n<p>")}</p>\n</${tag}>`;
  const lines = [
    `<table><thead align="left"><tr>${header.map((h) => cell("th", h)).join("\n")}`,
    "</tr>",
    "</thead>",
    `<tbody>${rows.map((r) => `<tr>${r.map((c) => cell("td", c)).join("\n")}\n</tr>`).join("\n")}`,
    "</tbody>",
    "</table>",
  ];
  return lines
    .join("\n")
    .split("\n")
    .map((l) => `${" ".repeat(indent)}${l}`)
    .join("\n");
}

/** A fenced JSON example inside a bullet. */
export function json(value: unknown): string {
  return [
    "    ```",
    ...JSON.stringify(value, null, 4)
      .split("\n")
      .map((l) => `    ${l}`),
    "    ```",
  ].join("\n");
}

export interface BothFormats {
  markdown: ScrapeResult;
  text: ScrapeResult;
}

export function scrapeBoth(markdown: string, name = "fixture"): BothFormats {
  return {
    markdown: scrapePages([{ page: `${name}.md`, vendor: "huawei", format: "markdown", content: markdown }]),
    text: scrapePages([{ page: `${name}.txt`, vendor: "huawei", format: "text", content: exportToTextCapture(markdown) }]),
  };
}

/** The one spec document of a scrape. */
export function onlyDocument(result: ScrapeResult): Doc {
  if (result.files.length !== 1) throw new Error(`expected one spec, got ${result.files.map((f) => f.path).join(", ") || "none"}`);
  return result.files[0]!.document as Doc;
}

/** The document without provenance (`x-source`, `x-pages`), which differs between two copies of a page. */
export function withoutProvenance(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProvenance);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => k !== "x-source" && k !== "x-pages")
      .map(([k, v]) => [k, withoutProvenance(v)]),
  );
}

export function ruleIds(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.ruleId);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A hand-written page in the documentation-export layout: title, Function, URI, Request "None", Response, then the status section. */
export function exportPage(opts: { title?: string; purpose?: string; uri?: string[]; response: string[]; tail?: string[] }): string {
  return [
    `# ${opts.title ?? "Querying Gadgets"}`,
    "",
    "## Function",
    "",
    opts.purpose ?? "This API is used to query gadgets.",
    "",
    "## URI",
    "",
    ...(opts.uri ?? ["GET /v3/\\{project\\_id\\}/gadgets", ""]),
    "## Request",
    "",
    "None",
    "",
    "## Response",
    "",
    ...opts.response,
    ...(opts.tail ?? ["## Status Codes", "", "-   Normal", "", "    200", ""]),
  ].join("\n");
}

/** The service-id guess every fixture page without a service clue gets (tested in cli/scrape-service.test.ts). */
export const GUESS = "huawei-service-id-from-path";
