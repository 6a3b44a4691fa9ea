/**
 * The scrape as a library function: pages in, spec files + report + diagnostics out. Nothing here
 * touches the file system; `write-output.ts` and the CLI sit at the edge.
 */
import { parse as parseYaml, stringify } from "yaml";
import type { ApiService } from "./api-model.js";
import type { Diagnostic } from "../core/diagnostics.js";
import { DiagnosticSink, hasErrors } from "../core/diagnostics.js";
import type { Limits } from "../core/limits.js";
import { limitHint, resolveLimits } from "../core/limits.js";
import { stripProvenance } from "../core/provenance.js";
import { enforceDocumentLimits } from "./limits/document-limits.js";
import { enforceModelLimits } from "./limits/model-limits.js";
import { yamlWithinLimits } from "./limits/output-limits.js";
import { DIALECTS } from "./dialects/index.js";
import type { Block, DocumentTree } from "./document/model.js";
import { blockText } from "./document/model.js";
import { parseHtmlPage } from "./document/html-frontend.js";
import { splitFrontMatter } from "./document/front-matter.js";
import { markdownToHtml } from "./document/markdown.js";
import { parseTextPage } from "./document/text-frontend.js";
import type { PageRef } from "./openapi/build-document.js";
import { withSafeNames } from "./safe-names.js";
import { buildOpenApiDocument, specPath, versionsOf } from "./openapi/build-document.js";
import { mergeServices } from "./merge-services.js";
import type { PageReport, ScrapeReport } from "./report.js";
import { summarise } from "./report.js";
import { attachUnattributed } from "./unread.js";
import { unreadTableWarnings } from "./unread-tables.js";
import { BlockSet } from "./document/block-set.js";

export type PageFormat = "text" | "html" | "markdown";

export interface PageInput {
  /** Page id used in every position (`x-source`, diagnostics): a repository-relative path. */
  page: string;
  vendor: string;
  format: PageFormat;
  content: string;
  url?: string;
  /**
   * The id of the service the page documents, when the page does not say (a Huawei page whose only clue is its URI):
   * the page's service takes this id instead of the dialect's guess. A page of several services cannot take one.
   */
  service?: string;
}

export interface SpecFile {
  /** Path relative to the output directory: `<vendor>/<service>/<version>.yaml`. */
  path: string;
  /** The YAML text, UTF-8 encoded (half the memory of a JS string for non-Latin-1 text). */
  readonly bytes: Buffer;
  /** The YAML text. */
  readonly content: string;
  /** The OpenAPI document, parsed back from the YAML when first read (large scrapes keep only bytes). */
  readonly document: Record<string, unknown>;
}

function specFile(path: string, yaml: string): SpecFile {
  const bytes = Buffer.from(yaml, "utf8");
  let parsed: Record<string, unknown> | undefined;
  return {
    path,
    bytes,
    get content() {
      return bytes.toString("utf8");
    },
    get document() {
      parsed ??= parseYaml(bytes.toString("utf8")) as Record<string, unknown>;
      return parsed;
    },
  };
}

export interface ScrapeResult {
  /** The specs: of everything that was read, each unread piece in `x-unread` (none under `strict` when any page has an error). */
  files: SpecFile[];
  /**
   * The vendor folders `files` replace: every vendor that has a spec. A vendor whose pages yielded none
   * keeps its previous folder. Empty under `strict` when any page has an error (nothing to write).
   */
  vendors: string[];
  services: ApiService[];
  report: ScrapeReport;
  diagnostics: Diagnostic[];
}

export interface ScrapeOptions {
  /** Called after each page (for progress display). */
  onPage?: (page: string, index: number, total: number) => void;
  /** All or nothing: when any page has an error, no spec at all (`files` and `vendors` empty). */
  strict?: boolean;
  /** Depth and size limits (core/limits.ts); unset ones keep their defaults. */
  limits?: Partial<Limits>;
  /** False: specs without `x-source`/`x-pages` (core/provenance.ts), for oasdiff and Optic; the report keeps every line. */
  provenance?: boolean;
  /**
   * Sees each spec just before it is written and returns the document to write, with diagnostics that join the
   * run's (the command line marks the examples that break their own schemas here: contract-tests/doc-consistency).
   */
  review?: (path: string, document: Record<string, unknown>) => { document: Record<string, unknown>; diagnostics: readonly Diagnostic[] };
}

export function parsePage(input: PageInput, sink: DiagnosticSink, limits: Limits = resolveLimits()): DocumentTree {
  const bytes = Buffer.byteLength(input.content, "utf8");
  if (bytes > limits.pageBytes) {
    sink.error(
      "page-too-large",
      `page is ${bytes} bytes, more than ${limits.pageBytes}; it is not read; ${limitHint("pageBytes", limits)}`,
      { page: input.page, line: 1 },
      { limit: "pageBytes", bytes },
    );
    return { page: input.page, blocks: [] };
  }
  return enforceDocumentLimits(frontEnd(input, sink, limits), limits, sink);
}

function frontEnd(input: PageInput, sink: DiagnosticSink, limits: Limits): DocumentTree {
  switch (input.format) {
    case "html":
      return parseHtmlPage(input.page, input.content, sink, limits);
    case "markdown": {
      const { body, frontMatter } = splitFrontMatter(input.content);
      const doc = parseHtmlPage(input.page, markdownToHtml(body), sink, limits);
      return frontMatter ? { ...doc, frontMatter: { fields: frontMatter.fields, pos: { page: input.page, line: frontMatter.line } } } : doc;
    }
    default:
      return parseTextPage(input.page, input.content, sink);
  }
}

export function scrapePages(inputs: readonly PageInput[], options: ScrapeOptions = {}): ScrapeResult {
  const sink = new DiagnosticSink();
  const limits = resolveLimits(options.limits);
  const pageReports: PageReport[] = [];
  const services: ApiService[] = [];
  inputs.forEach((input, index) => {
    const pageSink = new DiagnosticSink();
    const dialect = DIALECTS.find((d) => d.vendor === input.vendor);
    let blocks: Block[] = [];
    let consumed = new BlockSet();
    let pageServices: ApiService[] = [];
    if (input.content.trim() === "") {
      // Before any dialect: each would otherwise report what it missed first (a title, a heading), not that nothing is there.
      pageSink.error("page-empty", `page is empty${input.content.length > 0 ? " (only whitespace)" : ""}: nothing to read (a failed download or save?)`, { page: input.page, line: 1 });
    } else if (!dialect) {
      pageSink.error("unknown-vendor", `no dialect for vendor ${JSON.stringify(input.vendor)} (known: ${DIALECTS.map((d) => d.vendor).join(", ")})`, { page: input.page, line: 1 });
    } else {
      try {
        const doc = parsePage(input, pageSink, limits);
        blocks = doc.blocks;
        const result = dialect.read(doc, pageSink, limits);
        consumed = result.consumed;
        enforceModelLimits(result.services, limits, pageSink);
        pageServices = withSafeNames(input.service === undefined ? result.services : namedServices(result.services, input.service, input.page, pageSink), pageSink);
        attachUnattributed(pageServices, pageSink.items);
      } catch (e) {
        pageSink.error("internal-error", `the ${input.vendor} dialect failed on this page: ${e instanceof Error ? e.message : String(e)}`, { page: input.page, line: 1 });
      }
    }
    services.push(...pageServices);
    const unconsumed = blocks.filter((b) => !consumed.has(b));
    // A page that yielded no service has said so; its tables are not each reported again.
    if (pageServices.length > 0) for (const d of unreadTableWarnings(input.page, unconsumed, pageSink.items, input.vendor)) pageSink.report(d);
    pageReports.push({
      page: input.page,
      vendor: input.vendor,
      ...(input.url ? { url: input.url } : {}),
      blocks: blocks.length,
      consumedBlocks: blocks.length - unconsumed.length,
      services: pageServices.map((s) => ({
        id: s.id,
        title: s.title,
        operations: s.operations.length,
        apis: new Set(s.operations.map((o) => o.operationId)).size,
        versions: [...new Set(s.operations.map((o) => o.apiVersion))].sort(),
        models: [...s.schemas.values()].filter((m) => !m.inferred).length,
        inferredModels: [...s.schemas.values()].filter((m) => m.inferred).length,
      })),
      unconsumed: unconsumed.map((b) => ({ kind: b.kind, line: b.pos.line, text: truncate(blockText(b), 160) })),
      diagnostics: pageSink.items,
    });
    sink.items.push(...pageSink.items);
    options.onPage?.(input.page, index, inputs.length);
  });

  const merged = mergeServices(services, sink);
  const pageRefs: PageRef[] = inputs.map((i) => ({ page: i.page, ...(i.url ? { url: i.url } : {}) }));
  const files: SpecFile[] = [];
  const specStats = new Map<string, { operations: number; schemas: number; unread?: number }>();
  for (const service of merged) {
    for (const version of versionsOf(service)) {
      const document = buildOpenApiDocument(service, version, sink, pageRefs);
      const path = specPath(service, version);
      if (specStats.has(path)) {
        sink.error(
          "spec-path-collision",
          `a second spec for ${path} (service ${service.id}, version ${version}) is not written; the first is kept`,
          service.operations.find((o) => o.apiVersion === version)?.source ?? { pointer: "#" },
        );
        continue;
      }
      const serialise = (d: Record<string, unknown>): string => {
        const reviewed = options.review?.(path, d);
        if (reviewed) sink.items.push(...reviewed.diagnostics);
        const written = reviewed?.document ?? d;
        return toYaml(options.provenance === false ? stripProvenance(written) : written);
      };
      const yaml = yamlWithinLimits(document, path, limits, sink, (d) => serialise(d as Record<string, unknown>));
      if (yaml === undefined) continue;
      const unread = countUnread(document);
      specStats.set(path, {
        operations: countOperations(document),
        schemas: Object.keys((document.components as { schemas?: object } | undefined)?.schemas ?? {}).length,
        ...(unread > 0 ? { unread } : {}),
      });
      files.push(specFile(path, yaml));
    }
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const report: ScrapeReport = {
    pages: pageReports,
    specs: files.map((f) => ({ path: f.path, ...specStats.get(f.path)! })),
    diagnostics: sink.items.filter((d) => !pageReports.some((p) => p.diagnostics.includes(d))),
    summary: summarise(sink.items),
  };
  const nothing = options.strict === true && hasErrors(sink.items);
  return {
    files: nothing ? [] : files,
    vendors: nothing ? [] : [...new Set(files.map((f) => f.path.split("/")[0]!))].sort(),
    services: merged,
    report,
    diagnostics: sink.items,
  };
}

function countOperations(document: Record<string, unknown>): number {
  return Object.values((document.paths ?? {}) as Record<string, object>).reduce((n, item) => n + Object.keys(item).length, 0);
}

function countUnread(document: Record<string, unknown>): number {
  const operations = Object.values((document.paths ?? {}) as Record<string, Record<string, { "x-unread"?: unknown[] }>>).flatMap((item) => Object.values(item));
  return ((document["x-unread"] as unknown[] | undefined)?.length ?? 0) + operations.reduce((n, op) => n + (op["x-unread"]?.length ?? 0), 0);
}

export function toYaml(document: unknown): string {
  // YAML 1.1 quoting keeps dates, "yes"/"on" and octal-looking strings strings for every YAML reader.
  return stringify(document, { version: "1.1", lineWidth: 0, aliasDuplicateObjects: false });
}

function truncate(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ");
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The page's one service under the id its input names; a page of several services keeps the dialect's ids, with an error. */
function namedServices(services: ApiService[], id: string, page: string, sink: DiagnosticSink): ApiService[] {
  if (services.length !== 1) {
    if (services.length > 1)
      sink.error(
        "service-named-ambiguous",
        `the input names the service ${JSON.stringify(id)}, but the page documents ${services.length} services (${services.map((s) => s.id).join(", ")}); their own ids are kept`,
        { page, line: 1 },
      );
    return services;
  }
  const [service] = services as [ApiService];
  // The dialect's guess at the id is overruled: its warning about guessing goes.
  for (let i = sink.items.length - 1; i >= 0; i--) if ((sink.items[i]!.data as { guess?: unknown } | undefined)?.guess === "service-id") sink.items.splice(i, 1);
  if (service.id === id) return services;
  sink.info("service-named", `service ${JSON.stringify(id)} as the input names it (the page alone gives ${JSON.stringify(service.id)})`, service.source);
  return [{ ...service, id, title: service.title === service.id ? id : service.title }];
}
