/**
 * The NHN Cloud dialect: an API guide ("Storage > Block Storage > API v2 Guide", as markdown source,
 * published HTML or a text capture) → one service: servers from the region table, one operation per
 * API section, request and response schemas from the dotted field tables checked against the examples,
 * status tables as enums, and the token header as a security scheme.
 *
 * A text capture has neither headings nor tables; `rebuild-tables.ts` and `outline.ts` recover both,
 * so everything after them reads markdown, HTML and text pages alike.
 */
import type { ApiService, NamedSchema, SecuritySchemeInfo, ServerInfo } from "../../api-model.js";
import type { DiagnosticSink } from "../../../core/diagnostics.js";
import type { Limits } from "../../../core/limits.js";
import { DEFAULT_LIMITS } from "../../../core/limits.js";
import type { Block, DocumentTree, Position, TableBlock } from "../../document/model.js";
import type { DialectResult } from "../types.js";
import type { TableLayout } from "./columns.js";
import { layoutOf } from "./columns.js";
import { captionedLayout } from "./captions.js";
import type { FieldRow } from "./field-table.js";
import type { NhnContext } from "./context.js";
import { consume } from "./context.js";
import type { NhnLabels } from "./labels.js";
import { lookup, matchesAny, NHN_LABELS } from "./labels.js";
import { readFieldTable } from "./field-table.js";
import { typeColumnAsFormat } from "./row-places.js";
import type { ApiRead } from "./operation.js";
import { concreteOrigin } from "./lines.js";
import type { AuthHeader } from "./parameters.js";
import { readApiSection } from "./operation.js";
import type { OutlineSection } from "./outline.js";
import { outlinePage, requestLineOf } from "./outline.js";
import { operationIds, sameRequestLine } from "./operation-ids.js";
import { mergeSameOperation } from "./same-operation.js";
import { pathVersion, readPageTitle, versionFromPaths } from "./page-title.js";
import { compareVersionStrings } from "../../../core/versions.js";
import { rebuildTables } from "./rebuild-tables.js";
import { rebuildInterfaceGuide } from "./interface-guide.js";
import { tokenScheme } from "./security.js";
import { readRegionTable } from "./servers.js";
import { readStatusTable } from "./status-tables.js";
import { splitSectionOf, splitSectionTitle } from "./split-section.js";
import type { SummaryTable } from "./summary-table.js";
import { readSummaryTables, summaryLayout } from "./summary-table.js";
import { markOperationUnread, unreadDuring } from "../../unread.js";
import { refusedName } from "../../../core/safe-name.js";
import { slug } from "./words.js";
import { BlockSet } from "../../document/block-set.js";
import type { CommonTableRead } from "./common-parameters.js";
import { readCommonParameterTable } from "./common-parameters.js";

export function readNhnDocument(doc: DocumentTree, sink: DiagnosticSink, labels: NhnLabels = NHN_LABELS, limits: Limits = DEFAULT_LIMITS): DialectResult {
  const rebuilt = rebuildInterfaceGuide(rebuildTables(doc.blocks, labels, sink), labels);
  const ctx: NhnContext = { page: doc.page, labels, sink, consumed: new BlockSet(), origins: rebuilt.origins, statusTables: [], commonParameters: [], limits };
  const none: DialectResult = { services: [], consumed: ctx.consumed };
  const split = splitSectionOf(doc, labels);
  const outline = outlinePage(rebuilt.blocks, labels, { splitSection: split !== undefined });
  outline.chrome.forEach((b) => consume(ctx, b));
  const titleText = outline.title?.text ?? "";
  // A split section without a title line is named by its front matter.
  const titlePos = outline.title?.block.pos ?? split?.pos;
  const title = namedForPath(outline.title ? readPageTitle(titleText, labels) : split ? splitSectionTitle(split, sink) : undefined, doc.page, titlePos, sink);
  if (!title || !titlePos) {
    sink.error(
      "nhn-unreadable-title",
      outline.title || !split
        ? `the page title ${JSON.stringify(titleText)} names no product (expected "Category > Product > API v2 Guide")`
        : `the page is split from ${JSON.stringify(split.source)}, but neither a title line nor its front matter names a product`,
      titlePos ?? { page: doc.page, line: 1 },
    );
    return none;
  }
  if (outline.title) consume(ctx, outline.title.block);

  const description: string[] = [];
  const servers: ServerInfo[] = [];
  const summaries: SummaryTable[] = [];
  const commonAuth: AuthHeader[][] = [];
  readLooseBlocks(outline.intro, description, servers, summaries, undefined, ctx, commonAuth);
  for (const s of outline.sections) {
    if (s.kind === "status") readStatusSection(s, ctx);
    else if (s.kind === "other") readLooseBlocks(s.blocks, undefined, servers, summaries, s, ctx, commonAuth, commonResponseSection(s, outline.sections, ctx));
  }

  const reads: ApiRead[] = [];
  const apis = outline.sections.filter((s) => s.kind === "api");
  const lines = new Map(apis.map((s) => [s, requestLineOf(s.blocks, labels)]));
  const firstOf = sameRequestLine(apis, lines);
  const ids = operationIds(
    apis.filter((s) => !firstOf.has(s)),
    lines,
    ctx,
  );
  const bySection = new Map<OutlineSection, ApiRead>();
  let alternative = 1;
  for (const s of apis) {
    const primary = firstOf.get(s);
    // A second API of the same request line is read under a name of its own, then merged into the first.
    const id = primary ? `${ids.get(primary)!}Alt${++alternative}` : ids.get(s)!;
    const { value: read, unread } = unreadDuring(sink, () => readApiSection(s, id, title.version ?? "", title.product, reads, ctx));
    if (!read) continue; // its errors go to the service's document
    markOperationUnread(read.operation, unread);
    const into = primary ? bySection.get(primary) : undefined;
    if (into) {
      mergeSameOperation(into, read, ctx);
      markOperationUnread(into.operation, read.operation.unread ?? []);
      continue;
    }
    reads.push(read);
    bySection.set(s, read);
  }
  // A page listing its APIs only in a summary table (no API section of its own) is read from the table's rows.
  if (reads.length === 0) reads.push(...readSummaryTables(summaries, title.product, ctx));
  else for (const t of summaries) ctx.sink.warn("nhn-table-outside-api", tableOutsideApi(t.table), t.table.pos);
  if (reads.length === 0) {
    sink.error("nhn-page-without-operations", `no API found on this page (expected sections with a "METHOD /path" line, a Request and a Response part)`, { page: doc.page, line: 1 });
    return none;
  }
  const version = title.version ?? versionFromPaths(reads.map((r) => r.operation.path));
  // A page documenting APIs of several versions (`/cloud-trail/v1.0/…` and `/cloud-trail/v2.0/…`): each operation in
  // the version its path names, one spec per version. An operation whose path names none cannot be placed.
  const perPath = version === undefined ? reads.filter((r) => pathVersion(r.operation.path) !== undefined) : [];
  if (!version && perPath.length === 0) {
    sink.error("nhn-no-version", `neither the title ${JSON.stringify(titleText)} nor the paths name the API version; cannot name the spec`, titlePos);
    return none;
  }
  if (!version) {
    for (const r of reads.filter((r) => pathVersion(r.operation.path) === undefined)) {
      sink.error("nhn-no-version", `the page's APIs are of several versions and the path ${r.operation.path} names none; the operation is not written`, r.operation.source);
    }
    reads.splice(0, reads.length, ...perPath);
  }
  for (const r of reads) r.operation.apiVersion = version ?? pathVersion(r.operation.path)!;
  const versions = [...new Set(reads.map((r) => r.operation.apiVersion))].sort(compareVersionStrings);
  checkPathParameterFormats(reads, ctx);
  // "Common Request Information" over `| Authorization | SecretKey issued on a console |`: every API sends it.
  const common = commonSecurity(commonAuth, reads);
  // Some APIs name their auth header themselves: the common one (when it is one header) stands in for the others.
  const single = commonAuth.length === 1 && commonAuth[0]!.length === 1 ? commonAuth[0]![0] : undefined;
  if (!common && single) for (const r of reads) r.auth ??= single;
  const security = common ?? readSecurity(reads, ctx);
  // No region table or domain block: the hosts the request lines print (`GET https://api-lnc.cloud.toast.com/…`).
  if (servers.length === 0) servers.push(...requestLineServers(reads));
  return {
    services: [
      {
        vendor: "nhn",
        id: title.id,
        title: title.product,
        ...(description.length > 0 ? { description: description.join("\n\n") } : {}),
        versions: versions.map((v) => ({ version: v, source: titlePos })),
        servers,
        securitySchemes: security.schemes,
        security: security.requirement,
        operations: reads.map((r) => r.operation),
        schemas: collectSchemas(reads, ctx),
        pages: [doc.page],
        source: titlePos,
      } satisfies ApiService,
    ],
    consumed: ctx.consumed,
  };
}

/**
 * Blocks outside any API: prose (the service description, for the introduction), region tables, and
 * summary tables listing APIs (set aside: read only on a page without API sections).
 */
function readLooseBlocks(
  blocks: readonly Block[],
  description: string[] | undefined,
  servers: ServerInfo[],
  summaries: SummaryTable[],
  section: OutlineSection | undefined,
  ctx: NhnContext,
  commonAuth: AuthHeader[][],
  common?: OutlineSection,
): void {
  let read: CommonTableRead | undefined;
  for (const [k, b] of blocks.entries()) {
    const auth = b.kind === "table" ? commonAuthHeaders(b, ctx) : undefined;
    if (auth) {
      const names = auth.map((a) => a.header).join(" and ");
      ctx.sink.info("nhn-common-auth-header", `the page's common request header${auth.length > 1 ? "s" : ""} ${names}: sent by every API, the security scheme`, b.pos);
      commonAuth.push(auth);
      consume(ctx, b);
      continue;
    }
    if (b.kind === "table") {
      const header = b.header.map((c) => c.text);
      const layout = layoutOf(header, ctx.labels);
      const summary = layout ? undefined : summaryLayout(header, ctx.labels);
      if (layout?.kind === "regions") {
        servers.push(...readRegionTable(b, layout, ctx));
        consume(ctx, b);
      } else if (section && common && !ctx.commonResponse && commonResponseLayout(b, layout, ctx)) {
        // "API 응답 공통 정보" over `header`, `header.isSuccessful`, …: the envelope of every response.
        const examples = common === section ? section.blocks : [...common.blocks, ...section.blocks];
        ctx.commonResponse = { rows: wrappedLikeExample(readFieldTable(b, commonResponseLayout(b, layout, ctx)!, ctx), examples, ctx), pos: b.pos };
        ctx.sink.info(
          "nhn-common-response-table",
          `the page's common response fields (${ctx.commonResponse.rows.map((r) => r.name).join(", ")}): the body of APIs that respond with the common information only`,
          b.pos,
        );
        consume(ctx, b);
      } else if (summary) {
        summaries.push({ table: b, layout: summary, ...(section ? { section } : {}) });
      } else if (!common && (read = readCommonParameterTable(b, blocks.slice(0, k), section, ctx))) {
        // `Pathパラメータ情報` over `appKey`, `serviceId` under `## 共通`: the path parameters of every API whose path has them.
        ctx.commonParameters.push(...read.parameters);
        if (read.auth.length > 0) commonAuth.push(read.auth);
      } else {
        ctx.sink.warn("nhn-table-outside-api", tableOutsideApi(b), b.pos);
      }
    } else if (b.kind === "code" && concreteOrigin(b.text) !== undefined) {
      // "#### API Domain" over a block holding only `https://api-file-crafter.nhncloudservice.com`: the server.
      servers.push({ url: concreteOrigin(b.text)!, source: b.pos });
      consume(ctx, b);
    } else if ((b.kind === "paragraph" || b.kind === "listItem") && !ctx.pageStatus && allRequestsStatus(b.text, ctx)) {
      ctx.pageStatus = { code: allRequestsStatus(b.text, ctx)!, pos: b.pos };
      ctx.sink.info("nhn-page-status", `the page says every API answers ${ctx.pageStatus.code}: the status of the responses that name none`, b.pos, { status: ctx.pageStatus.code });
      consume(ctx, b);
    } else if (description && (b.kind === "paragraph" || b.kind === "listItem")) {
      description.push(b.text);
      consume(ctx, b);
    }
  }
}

/** "모든 API 요청에 '200 OK'로 응답합니다" → "200": a sentence with an all-requests phrase and one status code. */
function allRequestsStatus(text: string, ctx: NhnContext): string | undefined {
  const lower = text.toLowerCase();
  if (!ctx.labels.allRequestsStatus.some((p) => lower.includes(p.toLowerCase()))) return undefined;
  const codes = [...text.matchAll(/(?<![\d.])([1-5]\d{2})(?:\s+[A-Z][A-Za-z ]*)?(?![\d.])/g)].map((m) => m[1]!);
  return new Set(codes).size === 1 ? codes[0] : undefined;
}

/**
 * The common-response section a section is, or is under (`## 응답 공통 정보` over `#### 응답 본문` and `#### 필드`): the
 * section, or the nearest earlier one of a higher level, when its title is a common-response title or its prose says
 * every API answers with one status.
 */
function commonResponseSection(s: OutlineSection, sections: readonly OutlineSection[], ctx: NhnContext): OutlineSection | undefined {
  const { labels } = ctx;
  if (matchesAny(s.title, labels.commonResponseSections)) return s;
  // "#### API Response" saying "Delivers an HTTP 200 OK in response to all API requests": the page's common response.
  if (s.blocks.some((b) => (b.kind === "paragraph" || b.kind === "listItem") && allRequestsStatus(b.text, ctx) !== undefined)) return s;
  if (s.level === undefined) return undefined;
  let level = s.level;
  for (let k = sections.indexOf(s) - 1; k >= 0; k--) {
    const p = sections[k]!;
    if (p.level === undefined || p.level >= level) continue;
    if (matchesAny(p.title, labels.commonResponseSections)) return p;
    level = p.level;
  }
  return undefined;
}

/** One server per distinct host the APIs' request lines print, in page order. */
function requestLineServers(reads: readonly ApiRead[]): ServerInfo[] {
  const seen = new Set<string>();
  const servers: ServerInfo[] = [];
  for (const r of reads) {
    if (!r.origin || seen.has(r.origin.url)) continue;
    seen.add(r.origin.url);
    servers.push({ url: r.origin.url, source: r.origin.pos });
  }
  return servers;
}

/**
 * A table of the page's common request headers outside any API whose every row is an auth header
 * (`| Name | Description |` over `| Authorization | SecretKey issued on a console |`, or a key and its secret):
 * those headers, sent together, each with its description.
 */
function commonAuthHeaders(table: TableBlock, ctx: NhnContext): AuthHeader[] | undefined {
  const { labels } = ctx;
  const names = [...labels.columns.name, ...labels.captions.nameColumns, ...labels.columns.nameWhenFirst];
  if (table.header.length < 2 || !matchesAny(table.header[0]!.text, names) || table.rows.length === 0) return undefined;
  const auth = [...labels.authHeaders, ...labels.commonAuthHeaders];
  const isAuth = (r: (typeof table.rows)[number]) => matchesAny(r.cells[0]?.text.trim() ?? "", auth);
  // `| 이름 | 종류 | 형식 | 필수 | 설명 |` over `X-TC-APP-KEY | Header`, `X-TC-AUTHENTICATION-ID | Header`, …: a table of
  // headers only, under the auth section, one of them an auth header: all of them are sent together.
  const located = table.header.findIndex((h) => matchesAny(h.text.trim(), labels.columns.location));
  const headersOnly = located > 0 && table.rows.every((r) => lookup(labels.locations, r.cells[located]?.text.trim() ?? "") === "header");
  if (!table.rows.every(isAuth) && !(headersOnly && table.rows.some(isAuth))) return undefined;
  const described = table.header.findIndex((h) => matchesAny(h.text, labels.columns.description));
  return table.rows.map((row) => {
    const description = (row.cells[described >= 0 ? described : table.header.length - 1]?.text ?? "").trim();
    return { header: row.cells[0]!.text.trim(), ...(description ? { description } : {}), pos: row.pos };
  });
}

/**
 * The page's common auth tables as the service's security: each table one alternative (its headers sent together),
 * when no API names its own auth header. Undefined otherwise (each API's header decides, see `readSecurity`).
 */
function commonSecurity(tables: readonly AuthHeader[][], reads: readonly ApiRead[]): { schemes: SecuritySchemeInfo[]; requirement: string[][] } | undefined {
  if (tables.length === 0 || reads.some((r) => r.auth)) return undefined;
  const schemes = new Map<string, SecuritySchemeInfo>();
  const requirement = tables.map((t) =>
    t.map((h) => {
      const scheme = tokenScheme(h.header, h.description);
      if (!schemes.has(scheme.name)) schemes.set(scheme.name, scheme);
      return scheme.name;
    }),
  );
  return { schemes: [...schemes.values()], requirement };
}

/** How a common response table is read: as a response part's table (a Type column of data types is the format). */
function commonResponseLayout(table: TableBlock, layout: TableLayout | undefined, ctx: NhnContext): TableLayout | undefined {
  const header = table.header.map((c) => c.text);
  const read = typeColumnAsFormat(
    header,
    table.rows.map((r) => r.cells.map((c) => c.text)),
    ctx.labels,
  );
  // `| 이름 | 자료형 | 설명 |` (Name, data type, Description; no Type column saying where): the fields of the body.
  return read ?? (layout?.kind === "fields" ? layout : undefined) ?? captionedLayout(header, "body", ctx.labels);
}

/**
 * The common response rows named as the section's example nests them: rows listed at the top (`resultCode`,
 * `resultMessage`) whose names the example holds under its one top-level object (`{"header": {"resultCode": 0, …}}`)
 * are read under that object's name (`header.resultCode`), reported. Other rows as they are.
 */
function wrappedLikeExample(rows: FieldRow[], blocks: readonly Block[], ctx: NhnContext): FieldRow[] {
  const code = blocks.find((b) => b.kind === "code" && b.json !== null && typeof b.json === "object" && !Array.isArray(b.json));
  const example = code?.kind === "code" ? (code.json as Record<string, unknown>) : undefined;
  const keys = example ? Object.keys(example) : [];
  const inner = keys.length === 1 ? example![keys[0]!] : undefined;
  if (!code || inner === null || typeof inner !== "object" || Array.isArray(inner)) return rows;
  const tops = rows.map((r) => r.name.split(".")[0]!.replace(/\[\d*\]$/, ""));
  if (tops.some((t) => keys.includes(t)) || tops.filter((t) => t in (inner as object)).length * 2 <= tops.length) return rows;
  const wrapper = keys[0]!;
  ctx.sink.warn(
    "doc-table-omits-wrapper",
    `the page's common response table lists its fields at the top, the example under ${JSON.stringify(wrapper)}; read under ${JSON.stringify(wrapper)}`,
    rows[0]?.pos ?? code.pos,
    {
      table: rows[0]?.pos ?? code.pos,
      example: code.pos,
      exampleName: wrapper,
    },
  );
  return rows.map((r) => ({ ...r, name: `${wrapper}.${r.name}` }));
}

function tableOutsideApi(table: TableBlock): string {
  return `table with columns [${table.header.map((c) => c.text).join(", ")}] outside any API is not read`;
}

function readStatusSection(section: OutlineSection, ctx: NhnContext): void {
  consume(ctx, section.heading);
  for (const b of section.blocks) {
    if (
      b.kind === "table" &&
      layoutOf(
        b.header.map((c) => c.text),
        ctx.labels,
      )?.kind === "values"
    ) {
      ctx.statusTables.push(readStatusTable(section, b, ctx));
      consume(ctx, b);
    }
  }
}

/** The token header: a security scheme when every API sends it, header parameters otherwise. */
function readSecurity(reads: readonly ApiRead[], ctx: NhnContext): { schemes: SecuritySchemeInfo[]; requirement: string[][] } {
  const withAuth = reads.filter((r) => r.auth);
  const first = withAuth[0]?.auth;
  if (!first) return { schemes: [], requirement: [] };
  for (const r of withAuth) {
    if (r.auth!.header.toLowerCase() !== first.header.toLowerCase())
      ctx.sink.warn("nhn-several-auth-headers", `${r.operation.summary} authenticates with ${r.auth!.header}, others with ${first.header}`, r.auth!.pos);
  }
  const description = withAuth.find((r) => r.auth!.description)?.auth!.description;
  if (withAuth.length < reads.length) {
    // The API model has one security requirement for the whole service: keep the header where it is sent.
    const without = reads.find((r) => !r.auth)!;
    ctx.sink.warn(
      "nhn-mixed-auth",
      `${withAuth.length} of ${reads.length} APIs send ${first.header} (not "${without.operation.summary}"); kept as a header parameter of those APIs`,
      without.operation.source,
    );
    for (const r of withAuth) {
      r.operation.parameters.unshift({ name: r.auth!.header, in: "header", required: true, ...(description ? { description } : {}), schema: { type: "string" }, source: r.auth!.pos });
    }
    return { schemes: [], requirement: [] };
  }
  const scheme = tokenScheme(first.header, description);
  return { schemes: [scheme], requirement: [[scheme.name]] };
}

/** One named schema per body; a name given twice is an error (the operation ids collide). */
function collectSchemas(reads: readonly ApiRead[], ctx: NhnContext): Map<string, NamedSchema> {
  const schemas = new Map<string, NamedSchema>();
  const operations = new Map<string, ApiRead>();
  for (const r of reads) {
    const clash = operations.get(r.operation.operationId);
    if (clash) {
      ctx.sink.error("nhn-operation-id-collision", `API titles "${clash.operation.summary}" and "${r.operation.summary}" both give operationId ${r.operation.operationId}`, r.operation.source);
      continue;
    }
    operations.set(r.operation.operationId, r);
    for (const s of r.schemas) {
      if (schemas.has(s.name)) ctx.sink.error("nhn-schema-name-collision", `schema name ${s.name} is allocated twice`, s.source);
      else schemas.set(s.name, s);
    }
  }
  return schemas;
}

/** A path parameter documented with different formats in different APIs (UUID here, String there). */
function checkPathParameterFormats(reads: readonly ApiRead[], ctx: NhnContext): void {
  const seen = new Map<string, { format: string; pos: ApiRead["pathFormats"][number]["pos"] }>();
  const reported = new Set<string>();
  for (const r of reads) {
    for (const p of r.pathFormats) {
      const prior = seen.get(p.name);
      if (!prior) {
        seen.set(p.name, { format: p.format, pos: p.pos });
        continue;
      }
      const key = `${p.name}:${[prior.format, p.format].sort().join("/")}`;
      if (prior.format.toLowerCase() === p.format.toLowerCase() || reported.has(key)) continue;
      reported.add(key);
      ctx.sink.warn("doc-parameter-format-differs", `URL parameter ${JSON.stringify(p.name)} is ${p.format} here but ${prior.format} in an earlier API`, p.pos, {
        first: prior.pos,
        second: p.pos,
        formats: [prior.format, p.format],
      });
    }
  }
}

/**
 * A title that names the product in another script ("## 스테이지") gives no service id a path may carry: the service is
 * then named after the page's file (`apigw-stages.md` → `apigw-stages`), with a warning; the title stays its title.
 */
function namedForPath<T extends { product: string; id: string }>(title: T | undefined, page: string, at: Position | undefined, sink: DiagnosticSink): T | undefined {
  if (!title || refusedName(title.id, "path-segment") === undefined) return title;
  const file = slug(page.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, ""));
  if (file === "" || refusedName(file, "path-segment") !== undefined) return title;
  sink.warn(
    "nhn-title-not-a-name",
    `the page title names the product ${JSON.stringify(title.product)}, which is no service id a path may carry; the service is named after the page file: ${file}`,
    at ?? { page, line: 1 },
    {
      product: title.product,
      id: file,
    },
  );
  return { ...title, id: file };
}
