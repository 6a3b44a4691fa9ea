#!/usr/bin/env -S npx tsx
/**
 * Measures the NHN dialect against its pages for docs/fidelity-nhn.md: `npx tsx scraper/dialects/nhn/fidelity.ts`.
 * What the page has is counted without the dialect (request lines and table rows found by plain
 * patterns over the source); each table row is then looked up in the spec at its printed dotted name,
 * or at a name differing only in number (the renames the dialect reports). Prints markdown.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { PageFormat } from "../../run.js";
import { scrapePages } from "../../run.js";
import { sameExceptNumber } from "./words.js";

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; additionalProperties?: Schema | boolean; enum?: unknown[] };
type Doc = { paths: Record<string, Record<string, Op>>; components: { schemas?: Record<string, Schema>; securitySchemes?: Record<string, unknown> } };
type Op = { parameters?: Array<{ name: string }>; requestBody?: Media; responses: Record<string, Media> };
type Media = { content?: Record<string, { schema: Schema }> };

interface PageRow {
  part: "request" | "response";
  name: string;
  location: string;
}

const ROW_TEXT = /^(\S+(?: \S+){0,3}?) (URL|Query|Header|Body) \S+/;
const ROW_MARKDOWN = /^\|\s*([^|]+?)\s*\|\s*(URL|Query|Header|Body)\s*\|/;
const REQUEST_LINE = /^(GET|POST|PUT|DELETE|PATCH|HEAD) \//;

/** Request lines and field-table rows of one API section at a time, in page order. */
function pageFacts(source: string, format: PageFormat): { apis: number; rows: PageRow[][] } {
  const apis: PageRow[][] = [];
  let part: PageRow["part"] = "request";
  for (const raw of source.split("\n")) {
    const line = raw.trim().replace(/^#+\s*/, "");
    if (REQUEST_LINE.test(line)) {
      apis.push([]);
      part = "request";
    } else if (line === "Request" || line === "Response") {
      part = line === "Request" ? "request" : "response";
    }
    const m = (format === "markdown" ? ROW_MARKDOWN : ROW_TEXT).exec(line);
    if (m && apis.length > 0) apis[apis.length - 1]!.push({ part, name: m[1]!.replace(/`/g, ""), location: m[2]! });
  }
  return { apis: apis.length, rows: apis };
}

function resolve(doc: Doc, s: Schema | undefined): Schema | undefined {
  return s?.$ref ? doc.components.schemas?.[s.$ref.split("/").pop()!] : s;
}

/** The schema at a dotted name: exactly, or with segments differing only in number. */
function lookup(root: Schema | undefined, name: string): "exact" | "renamed" | undefined {
  let node = root;
  let renamed = false;
  for (const key of name.split(".")) {
    while (node?.items) node = node.items;
    const props = node?.properties ?? {};
    if (props[key]) node = props[key];
    else if (/^["'`{<[]/.test(key) && typeof node?.additionalProperties === "object") node = node.additionalProperties;
    else {
      const other = Object.keys(props).find((k) => sameExceptNumber(k, key));
      if (!other) return undefined;
      renamed = true;
      node = props[other];
    }
  }
  return renamed ? "renamed" : "exact";
}

function countProperties(s: Schema | undefined, depth = 0): number {
  if (!s || depth > 20) return 0;
  let n = 0;
  for (const p of Object.values(s.properties ?? {})) n += 1 + countProperties(p, depth + 1);
  if (s.items) n += countProperties(s.items, depth + 1);
  if (typeof s.additionalProperties === "object") n += 1 + countProperties(s.additionalProperties, depth + 1);
  return n;
}

function measure(page: string, format: PageFormat): string {
  const source = readFileSync(page, "utf8");
  const result = scrapePages([{ page, vendor: "nhn", format, content: source }]);
  const doc = result.files[0]?.document as Doc | undefined;
  const facts = pageFacts(source, format);
  const ops = doc ? Object.values(doc.paths).flatMap((item) => Object.values(item)) : [];
  let params = 0,
    paramsInSpec = 0,
    tokenRows = 0,
    bodyRows = 0,
    exact = 0,
    renamed = 0,
    enums = 0,
    specFields = 0;
  const missing: string[] = [];
  // Operations keep page order within the spec only by path; match API sections by request line order instead.
  const sections = source
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => REQUEST_LINE.test(l));
  // The token's placeholder as the page's header lines print it (`X-Auth-Token: {tokenId}`), and the header itself.
  const tokenNames = new Set([...source.matchAll(/X-Auth-Token\s*:\s*\{([^}]+)\}/gi)].map((m) => m[1]!).concat("X-Auth-Token"));
  sections.forEach((line, k) => {
    const [method, path] = line.split(/\s+/);
    const op = doc?.paths[path!.replace(/\?.*$/, "")]?.[method!.toLowerCase()];
    const rows = facts.rows[k] ?? [];
    for (const r of rows) {
      if (r.location !== "Body") {
        params++;
        if (op?.parameters?.some((p) => p.name === r.name)) paramsInSpec++;
        else if (r.location === "Header" && tokenNames.has(r.name) && doc?.components.securitySchemes) tokenRows++;
        else missing.push(`${line}: ${r.name}`);
        continue;
      }
      bodyRows++;
      const media = r.part === "request" ? op?.requestBody : op?.responses["2XX"];
      const found = lookup(resolve(doc!, media?.content?.["application/json"]?.schema), r.name);
      if (found === "exact") exact++;
      else if (found === "renamed") renamed++;
      else missing.push(`${line} ${r.part}: ${r.name}`);
    }
    for (const media of [op?.requestBody, op?.responses["2XX"]]) specFields += countProperties(resolve(doc!, media?.content?.["application/json"]?.schema));
  });
  const json = JSON.stringify(doc ?? {});
  enums = (json.match(/"enum":/g) ?? []).length;
  const findings = new Map<string, number>();
  for (const d of result.diagnostics) if (d.ruleId.startsWith("doc-")) findings.set(d.ruleId, (findings.get(d.ruleId) ?? 0) + 1);
  const bySeverity = (s: string) => result.diagnostics.filter((d) => d.severity === s).length;
  const report = result.report.pages[0]!;
  return [
    `### ${page}`,
    "",
    "| measure | page | spec |",
    "|---|---|---|",
    `| APIs (request lines) | ${facts.apis} | ${ops.length} operations |`,
    `| URL / Query / Header rows | ${params} | ${paramsInSpec} parameters + ${tokenRows} token header rows carried by the security scheme |`,
    `| Body rows (request + response tables) | ${bodyRows} | ${exact} at their printed name, ${renamed} under the example's name, ${bodyRows - exact - renamed} missing |`,
    `| body fields in the spec's schemas | | ${specFields} (the ${specFields - exact - renamed} beyond the table rows are inferred from examples, e.g. \`links[].href\`) |`,
    `| status fields with an \`enum\` | | ${enums} |`,
    `| blocks used | ${report.blocks} | ${report.consumedBlocks} (unused: ${report.unconsumed.map((u) => `line ${u.line}`).join(", ") || "none"}) |`,
    `| diagnostics | | ${bySeverity("error")} errors, ${bySeverity("warning")} warnings, ${bySeverity("info")} notes |`,
    "",
    "Doc-consistency findings: " + ([...findings].map(([k, n]) => `\`${k}\` ${n}`).join(", ") || "none") + ".",
    ...(missing.length > 0 ? ["", `Rows not found in the spec: ${missing.join("; ")}.`] : []),
    "",
  ].join("\n");
}

const root = new URL("../../../", import.meta.url).pathname;
const corpus = join(root, "../shared/corpus/nhn-block-storage");
process.chdir(root);
const pages: Array<[string, PageFormat]> = [["scraper/pages/nhn-block-storage-api-v2.txt", "text"]];
if (existsSync(corpus))
  for (const f of readdirSync(corpus)
    .filter((n) => n.endsWith(".md"))
    .sort())
    pages.push([join("../shared/corpus/nhn-block-storage", f), "markdown"]);
process.stdout.write(pages.map(([p, f]) => measure(p, f)).join("\n"));
