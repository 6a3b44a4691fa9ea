/**
 * The Samsung Cloud Platform dialect: a Docsy "_print" page (a whole category, one service, or a single
 * API) → services with their versions, operations and models.
 *
 * Structure comes from the section numbers: a section titled "APIs" holds one section per API, each
 * holding one section per version ("1.2"); a section titled "Models" holds one section per model; the
 * parent of those two is the service, whose own blocks are its Overview. A page whose top-level sections
 * are versions is a single-API page; its title is the API's.
 */
import { describeRefusal, refusedName } from "../../../core/safe-name.js";
import type { ApiOperation, ApiService, NamedSchema, ServerInfo, VersionInfo } from "../../api-model.js";
import type { DiagnosticSink } from "../../../core/diagnostics.js";
import type { Block, DocumentTree, Position } from "../../document/model.js";
import type { Section } from "../../document/sections.js";
import { buildSections, walkSections } from "../../document/sections.js";
import { inferSchema } from "../../infer-schema.js";
import type { DialectResult } from "../types.js";
import type { ScpContext } from "./context.js";
import { compileSectionLabels, VERSION_TITLE } from "./context.js";
import { fieldPattern } from "./description.js";
import type { ScpLabels } from "./labels.js";
import { isBoilerplate, matchesAny, SCP_LABELS } from "./labels.js";
import { readModelSection } from "./models.js";
import type { NamedExample } from "./operation.js";
import { readVersionSection } from "./operation.js";
import { readOverview } from "./overview.js";
import { rebuildRunTogetherTables, reportDeferred } from "./run-together.js";
import { newTextMemo } from "./text-kinds.js";
import { operationIdFrom } from "../naming.js";
import { scpSecurity } from "./security.js";
import { compareVersionStrings } from "../../../core/versions.js";
import { markOperationUnread, unreadDuring } from "../../unread.js";
import type { ServiceUnread, UnreadPiece } from "../../api-model.js";
import { markOperationsUsingUndefined } from "./undefined-schema-owners.js";
import { BlockSet } from "../../document/block-set.js";

interface ServiceLayout {
  section: Section;
  apis: Array<{ title: string; section: Section; versions: Section[] }>;
  models: Section[];
  /** Blocks holding the overview (the service section's own blocks). */
  overview: readonly Block[];
  title: string;
  isSingleApi: boolean;
}

const TOC_ITEM = /^\d+(\.\d+)*\s*:\s*\S/;
const METHOD_LINE = /^(get|put|post|delete|patch|head|options)\s+\/\S*$/i;

export function readScpDocument(page: DocumentTree, sink: DiagnosticSink, labels: ScpLabels = SCP_LABELS): DialectResult {
  const rebuilt = rebuildRunTogetherTables(page.blocks, labels);
  const doc: DocumentTree = { page: page.page, blocks: rebuilt.blocks };
  const root = buildSections(doc);
  const consumed = new BlockSet();
  const layouts = findServices(root, labels, consumed);
  const knownModels = new Set<string>();
  for (const l of layouts) for (const m of l.models) knownModels.add(m.title);
  const ctx: ScpContext = {
    page: doc.page,
    labels,
    sink,
    consumed,
    recogniser: { knownModels, none: labels.none, parsed: new Map() },
    fieldPattern: fieldPattern(labels),
    ...compileSectionLabels(labels),
    rows: new Map(),
    schemas: new Map(),
    texts: newTextMemo(),
    tableKinds: [],
    runTogether: rebuilt,
  };

  // Page chrome: print banner, the page title, the table of contents.
  pageTitle(root, labels, consumed);
  for (const b of root.blocks) {
    if (b.kind === "listItem" && TOC_ITEM.test(b.text)) consumed.add(b);
    if ((b.kind === "paragraph" || b.kind === "heading") && isBoilerplate(b.kind === "paragraph" ? b.text : b.title, labels)) consumed.add(b);
  }

  const services = layouts.map((l) => readService(l, ctx));
  if (layouts.length === 0 && isModelsFolder(root, labels)) {
    // The `_print` view of a Models folder: models without operations make no spec.
    sink.warn("scp-models-only-page", `the page holds only models (${root.children.length} sections), no API operation: nothing to write; scrape it together with the service's APIs`, {
      page: doc.page,
      line: 1,
    });
  } else if (services.length === 0 || services.every((s) => s.operations.length === 0)) {
    sink.error(
      "page-without-operations",
      `no API operation found on this page (expected numbered sections such as "1.1 - APIs" / "1.1.1 - <API>" / "1.1.1.1 - 1.0", or "1 - 1.0" on a single-API page)`,
      { page: doc.page, line: 1 },
    );
  }
  reportDeferred(rebuilt, [...rebuilt.deferred.keys()], sink); // tables outside any API or model
  for (const [table, from] of rebuilt.origins) if (consumed.has(table)) from.forEach((b) => consumed.add(b));
  return { services: services.filter((s) => s.operations.length > 0), consumed };
}

function findServices(root: Section, labels: ScpLabels, consumed: BlockSet): ServiceLayout[] {
  const layouts: ServiceLayout[] = [];
  for (const s of walkSections(root)) {
    const apiContainers = s.children.filter((c) => matchesAny(c.title, labels.apis));
    const modelContainers = s.children.filter((c) => matchesAny(c.title, labels.models));
    if (apiContainers.length === 0 && modelContainers.length === 0) continue;
    const apis: ServiceLayout["apis"] = [];
    for (const container of apiContainers) {
      markHeading(container, consumed);
      for (const api of container.children) {
        markHeading(api, consumed);
        const versions = api.children.filter((v) => VERSION_TITLE.test(v.title));
        versions.forEach((v) => markHeading(v, consumed));
        apis.push({ title: api.title, section: api, versions });
      }
    }
    const models: Section[] = [];
    for (const container of modelContainers) {
      markHeading(container, consumed);
      for (const m of container.children) {
        markHeading(m, consumed);
        models.push(m);
      }
    }
    markHeading(s, consumed);
    layouts.push({ section: s, apis, models, overview: s.blocks, title: s === root ? pageTitle(root, labels, consumed) : s.title, isSingleApi: false });
  }
  if (layouts.length === 0 && root.children.some((c) => VERSION_TITLE.test(c.title))) {
    // A single-API page: "Create a snapshot", then "1 - 1.3", "2 - 1.2", …
    const title = pageTitle(root, labels, consumed);
    const versions = root.children.filter((c) => VERSION_TITLE.test(c.title));
    versions.forEach((v) => markHeading(v, consumed));
    layouts.push({ section: root, apis: [{ title, section: root, versions }], models: [], overview: [], title, isSingleApi: true });
  } else if (layouts.length === 0 && root.children.some((c) => c.children.some((v) => VERSION_TITLE.test(v.title)))) {
    // The `_print` view of a service's APIs folder: "1 - CreateSnapshot", "1.1 - 1.1", … and no Overview.
    pageTitle(root, labels, consumed);
    const apis = root.children.filter((c) => c.children.some((v) => VERSION_TITLE.test(v.title)));
    for (const api of apis) {
      markHeading(api, consumed);
      api.children.filter((v) => VERSION_TITLE.test(v.title)).forEach((v) => markHeading(v, consumed));
    }
    const versionsOf = (api: Section) => api.children.filter((v) => VERSION_TITLE.test(v.title));
    layouts.push({ section: root, apis: apis.map((api) => ({ title: api.title, section: api, versions: versionsOf(api) })), models: [], overview: root.blocks, title: "", isSingleApi: true });
  } else if (layouts.length === 0 && root.blocks.some((b) => b.kind === "paragraph" && METHOD_LINE.test(b.text))) {
    // A single-API page of one version, without version sections: the page itself is the version.
    const title = pageTitle(root, labels, consumed);
    layouts.push({ section: root, apis: [{ title, section: root, versions: [] }], models: [], overview: [], title, isSingleApi: true });
  }
  return layouts;
}

/**
 * The version sections under one API title should document one method and path. When they document
 * several (the capture lost the API headings, so every version section sits under the page title), each
 * operation is named from its method and path instead, and the page is reported.
 */
function nameUntitledOperations(title: string, operations: readonly ApiOperation[], sink: DiagnosticSink): void {
  const endpoints = new Set(operations.map((o) => `${o.method.toUpperCase()} ${o.path}`));
  if (endpoints.size <= 1) return;
  for (const o of operations) o.operationId = operationIdFrom(`${o.method} ${o.path.replace(/[{}]/g, " ")}`);
  sink.warn(
    "scp-api-without-title",
    `the version sections under ${JSON.stringify(title)} document ${endpoints.size} different operations (${[...endpoints].join(", ")}): the page gives no API titles, so operationIds are taken from method and path`,
    operations[0]!.source,
  );
}

/** Every top-level section is a model: its first table has the model columns (Name | Description | Schema). */
function isModelsFolder(root: Section, labels: ScpLabels): boolean {
  const c = labels.columns;
  return (
    root.children.length > 0 &&
    root.children.every((m) =>
      m.blocks.some(
        (b) => b.kind === "table" && b.header.length >= 3 && matchesAny(b.header[0]!.text, c.name) && matchesAny(b.header[1]!.text, c.description) && matchesAny(b.header[2]!.text, c.schema),
      ),
    )
  );
}

function markHeading(s: Section, consumed: BlockSet): void {
  if (s.heading) consumed.add(s.heading);
}

/** The page's own title: the first paragraph or heading of the page that is not print boilerplate. */
function pageTitle(root: Section, labels: ScpLabels, consumed: BlockSet): string {
  for (const b of root.blocks) {
    const text = b.kind === "paragraph" ? b.text : b.kind === "heading" ? b.title : undefined;
    if (text === undefined || isBoilerplate(text, labels)) continue;
    consumed.add(b);
    return text.trim();
  }
  return "";
}

function readService(layout: ServiceLayout, ctx: ScpContext): ApiService {
  const { sink } = ctx;
  const source: Position = layout.section.heading?.pos ?? { page: ctx.page, line: 1 };
  const overview = readOverview(layout.overview, ctx);
  const schemas = new Map<string, NamedSchema>();
  const referencedBy = new Map<string, Position>();
  const modelRefs = new Map<string, readonly string[]>();
  const operationRefs = new Map<ApiOperation, readonly string[]>();
  // Unread pieces of a model go to the specs holding it; of a version section without an operation, to that version's spec.
  const unread: ServiceUnread[] = [];
  for (const m of layout.models) {
    const { value: read, unread: modelUnread } = unreadDuring(sink, () => {
      reportDeferred(ctx.runTogether, m.blocks, sink);
      return readModelSection(m, ctx);
    });
    unread.push(...modelUnread.map((p) => ({ ...p, schema: read.model.name })));
    if (schemas.has(read.model.name)) sink.warn("scp-duplicate-model", `model ${read.model.name} is defined twice; the later one wins`, read.model.source);
    schemas.set(read.model.name, read.model);
    for (const r of read.referenced) if (!referencedBy.has(r)) referencedBy.set(r, read.referencedAt.get(r) ?? read.model.source);
    modelRefs.set(read.model.name, [...(modelRefs.get(read.model.name) ?? []), ...read.referenced]);
  }

  const operations: ApiOperation[] = [];
  const examples: NamedExample[] = [];
  const serviceIds = new Map<string, Position>();
  const tags: string[] = [];
  const seenIds = new Map<string, string>();
  for (const api of layout.apis) {
    const operationId = operationIdFrom(api.title);
    const previous = seenIds.get(operationId);
    if (previous !== undefined && previous !== api.title) {
      sink.error("scp-operation-id-collision", `API titles ${JSON.stringify(previous)} and ${JSON.stringify(api.title)} both give operationId ${operationId}`, api.section.heading?.pos ?? source);
    }
    seenIds.set(operationId, api.title);
    const versionSections = api.versions.length > 0 ? api.versions : [api.section];
    const apiOperations: ApiOperation[] = [];
    for (const vs of versionSections) {
      const version = VERSION_TITLE.test(vs.title) ? vs.title : undefined;
      const { value: read, unread: sectionUnread } = unreadDuring(sink, () => {
        reportDeferred(ctx.runTogether, vs.blocks, sink);
        return readVersionSection(vs, version ?? versionFromTable(vs, ctx) ?? "", api.title, operationId, tags, ctx);
      });
      if (read.operation) markOperationUnread(read.operation, sectionUnread);
      else unread.push(...sectionUnread.map((p) => (version ? { ...p, apiVersion: version } : p)));
      const refusedId = read.versionHeader ? refusedName(read.versionHeader.service, "path-segment") : undefined;
      if (read.versionHeader && refusedId !== undefined) {
        sink.error("unsafe-page-name", describeRefusal("service id of the Scp-Api-Version header", read.versionHeader.service, refusedId), read.versionHeader.source, {
          use: "path-segment",
          name: read.versionHeader.service,
        });
      } else if (read.versionHeader) {
        if (!serviceIds.has(read.versionHeader.service)) serviceIds.set(read.versionHeader.service, read.versionHeader.source);
        if (read.operation && read.operation.apiVersion === "") read.operation.apiVersion = read.versionHeader.version;
        else if (read.operation && read.versionHeader.version !== read.operation.apiVersion) {
          sink.warn("scp-version-header-mismatch", `example header says version ${read.versionHeader.version} in the section of version ${read.operation.apiVersion}`, read.versionHeader.source);
        }
      }
      examples.push(...read.namedExamples);
      for (const r of read.referenced) if (!referencedBy.has(r)) referencedBy.set(r, read.referencedAt.get(r) ?? read.operation?.source ?? source);
      if (read.operation) operationRefs.set(read.operation, read.referenced);
      if (read.operation) {
        if (read.operation.apiVersion === "") {
          sink.error("scp-unknown-version", `cannot tell which API version section "${vs.title}" documents`, read.operation.source);
        } else {
          operations.push(read.operation);
          apiOperations.push(read.operation);
        }
      }
    }
    nameUntitledOperations(api.title, apiOperations, sink);
  }

  markOperationsUsingUndefined(inferUndefinedModels(schemas, referencedBy, examples, sink), operationRefs, modelRefs);

  const ids = [...serviceIds.keys()];
  if (ids.length > 1) sink.warn("scp-several-service-ids", `example headers name several services (${ids.join(", ")}); using ${ids[0]}`, serviceIds.get(ids[1]!)!);
  let id = ids[0] ?? serviceIdFromUrl(overview.servers, ctx);
  if (!id) {
    id = slug(layout.title);
    if (operations.length > 0) sink.error("scp-no-service-id", `no "Scp-Api-Version = <service> <version>" example header in service ${JSON.stringify(layout.title)}; cannot name its spec`, source);
  }
  // A single-API page names the API, not the service: the service is then known only by its id.
  const title = layout.isSingleApi ? id : layout.title || id;
  tags.push(title);
  const versions = mergeVersions(overview.versions, operations, ctx);
  const security = scpSecurity();
  return {
    vendor: "scp",
    id,
    title,
    ...(overview.description ? { description: overview.description } : {}),
    versions,
    servers: overview.servers,
    securitySchemes: security.schemes,
    security: security.requirement,
    operations,
    schemas,
    versionHeader: { name: "Scp-Api-Version", valueTemplate: `${id} {version}` },
    pages: [ctx.page],
    ...(unread.length > 0 ? { unread } : {}),
    source,
  };
}

/** A version-less API section: its version is the one row of its version table. */
function versionFromTable(section: Section, ctx: ScpContext): string | undefined {
  for (const b of section.blocks) {
    if (b.kind === "table" && b.header.length >= 2 && matchesAny(b.header[0]!.text, ctx.labels.columns.version)) {
      const v = b.rows[0]?.cells[0]?.text.trim();
      if (v && VERSION_TITLE.test(v)) return v;
    }
  }
  return undefined;
}

/** Models the page names but never defines: inferred from an example, or an error (returned by name). */
function inferUndefinedModels(schemas: Map<string, NamedSchema>, referencedBy: Map<string, Position>, examples: NamedExample[], sink: DiagnosticSink): Map<string, UnreadPiece> {
  const undefinedSchemas = new Map<string, UnreadPiece>();
  // In page order (then by name): each at the first row that names it.
  for (const [name, at] of [...referencedBy.entries()].sort((a, b) => a[1].line - b[1].line || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (schemas.has(name)) continue;
    const ex = examples.find((e) => e.name === name);
    if (!ex) {
      const message = `schema ${name} is named but neither defined in Models nor shown by an example`;
      sink.error("scp-undefined-schema", message, at);
      undefinedSchemas.set(name, { page: at.page, line: at.line, ruleId: "scp-undefined-schema", message });
      continue;
    }
    const schema = inferSchema(ex.example);
    sink.info("scp-inferred-schema", `schema ${name} is not defined on the page; inferred from its example`, ex.source);
    schemas.set(name, { name, schema, inferred: true, source: ex.source });
  }
  return undefinedSchemas;
}

/** The service's version table; without an Overview, gathered from the operations' own tables. */
function mergeVersions(table: VersionInfo[], operations: ApiOperation[], ctx: ScpContext): VersionInfo[] {
  const out = table.map((v) => ({ ...v }));
  for (const op of operations) {
    const row = out.find((v) => v.version === op.apiVersion);
    if (!row) {
      if (table.length > 0)
        ctx.sink.warn("scp-version-not-in-overview", `operation ${op.operationId} is documented for version ${op.apiVersion}, which the service's version table does not list`, op.source);
      out.push({ version: op.apiVersion, ...(op.status ? { status: op.status } : {}), ...(op.notBefore ? { notBefore: op.notBefore } : {}), source: op.source });
      continue;
    }
    if (table.length > 0 && op.notBefore && row.notBefore && op.notBefore !== row.notBefore) {
      ctx.sink.warn("doc-not-before-disagrees", `${op.operationId} ${op.apiVersion}: Not Before ${op.notBefore} differs from the service's version table (${row.notBefore})`, op.source, {
        operation: op.notBefore,
        service: row.notBefore,
      });
    }
  }
  return out.sort((a, b) => compareVersionStrings(b.version, a.version));
}

/**
 * Without an `Scp-Api-Version` example header, the service is named by the first label of the OpenAPI
 * URL's host (`https://support.{environment}.samsungsdscloud.com` → `support`), reported.
 */
function serviceIdFromUrl(servers: readonly ServerInfo[], ctx: ScpContext): string | undefined {
  const server = servers[0];
  const label = server ? /^https?:\/\/([a-z][a-z0-9-]*)\./i.exec(server.url)?.[1]?.toLowerCase() : undefined;
  if (!server || !label || refusedName(label, "path-segment") !== undefined) return undefined;
  ctx.sink.warn(
    "scp-service-id-from-url",
    `no "Scp-Api-Version = <service> <version>" example header: the service id ${JSON.stringify(label)} is taken from the OpenAPI URL ${server.url}`,
    server.source,
  );
  return label;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "service"
  );
}
