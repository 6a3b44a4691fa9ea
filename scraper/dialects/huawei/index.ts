/**
 * The Huawei Cloud dialect: one API reference page (text capture with one table cell per paragraph, or
 * the documentation export: markdown with raw HTML tables) → one service holding that page's operation.
 * Pages of the same service and version merge into one spec (`spec/huawei/<service>/<version>.yaml`).
 *
 * Page layout: title, then sections Function, URI (URI format + path/query parameter tables), Request
 * (parameter tables, "<field> field description" tables, example), Response (same), Status Codes
 * (Normal code, Abnormal table), Error Codes. See page-reader.ts for the reading, field-tree.ts for how
 * flat tables are nested against the example.
 */
import type { Limits } from "../../../core/limits.js";
import { DEFAULT_LIMITS } from "../../../core/limits.js";
import type { ApiService } from "../../api-model.js";
import type { DiagnosticSink } from "../../../core/diagnostics.js";
import type { DocumentTree } from "../../document/model.js";
import { blockText } from "../../document/model.js";
import type { DialectResult } from "../types.js";
import type { HuaweiContext } from "./context.js";
import type { HuaweiLabels } from "./labels.js";
import { HUAWEI_LABELS } from "./labels.js";
import { buildOperation } from "./operation.js";
import { readPage } from "./page-reader.js";
import { huaweiSecurity } from "./security.js";
import { splitTarget } from "./parameters.js";
import { apiVersionOf, isOtherVersion, serviceIdentity } from "./service.js";
import { markOperationUnread, unreadDuring } from "../../unread.js";
import { BlockSet } from "../../document/block-set.js";

export function readHuaweiDocument(doc: DocumentTree, sink: DiagnosticSink, labels: HuaweiLabels = HUAWEI_LABELS, limits: Limits = DEFAULT_LIMITS): DialectResult {
  const ctx: HuaweiContext = { page: doc.page, labels, sink, consumed: new BlockSet(), rebuilt: new Map(), limits };
  // A page documents one operation: whatever on it cannot be read belongs to that operation.
  const { value: read, unread } = unreadDuring(sink, () => {
    const page = readPage(doc, ctx);
    return { page, operation: buildOperation(page, ctx) };
  });
  const { operation } = read;
  if (!operation || !read.page.title) return { services: [], consumed: ctx.consumed };
  markOperationUnread(operation, unread);

  let version = apiVersionOf(operation.path);
  if (!version) {
    sink.warn("huawei-no-version-in-path", `the URI ${operation.path} has no version segment (/v1/, /v2.1/ …); the operation is written to the "unversioned" spec`, operation.source);
    version = "unversioned";
  }
  operation.apiVersion = version;
  // The same API under another version's URI line ("GET /v2/…" and "GET /v2.1/…"): one operation per version.
  const otherPaths = [...new Set(read.page.requestLines.filter((l) => l.method === operation.method).map((l) => splitTarget(l.target).path))].filter((p) => isOtherVersion(p, operation.path));
  const operations = [operation, ...otherPaths.map((path) => ({ ...structuredClone(operation), path, apiVersion: apiVersionOf(path)! }))];
  const pageText = doc.blocks.map(blockText).join("\n");
  const hosts = [...read.page.requestLines, ...read.page.exampleRequests].flatMap((l) => (l.host ? [l.host] : []));
  const identity = serviceIdentity(
    { title: read.page.title.text, hosts, description: read.page.description, path: operation.path, pageText, ...(read.page.product ? { product: read.page.product.text } : {}) },
    operation.source,
    ctx,
  );
  for (const op of operations) op.tags = [identity.title];
  const security = huaweiSecurity();
  const service: ApiService = {
    vendor: "huawei",
    id: identity.id,
    title: identity.title,
    versions: operations.map((op) => ({ version: op.apiVersion, source: op.source })),
    servers: [],
    securitySchemes: security.schemes,
    security: security.requirement,
    operations,
    schemas: new Map(),
    pages: [doc.page],
    source: operation.source,
  };
  return { services: [service], consumed: ctx.consumed };
}
