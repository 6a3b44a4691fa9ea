/**
 * The structural diff of two OpenAPI documents: document status and Not Before date, the document-wide
 * parts (servers, security, version header), then operations matched by method + normalised path, each
 * with its summary, description, tags, own security, parameters, request body and responses.
 */
import { diffRequestBody, diffResponses } from "./bodies.js";
import { documentMeta } from "./document-meta.js";
import { diffAlternatives, diffSecuritySchemes, diffServers, diffVersionHeader, securityAlternatives } from "./document-parts.js";
import { HTTP_METHODS, operationKey } from "./operation-key.js";
import { collectParameters, diffParameters } from "./parameters.js";
import { childPointer } from "../../core/json-pointer.js";
import { isObject, sourceOf, str } from "./resolve.js";
import type { Json } from "./resolve.js";
import type { DocMeta, DocumentDiff, OperationDiff, OperationInfo, SpecDoc } from "./types.js";

interface OperationEntry {
  info: OperationInfo;
  node: Json;
  pathItem: Json;
}

export function listOperations(document: Json, meta?: DocMeta): Map<string, OperationEntry> {
  const out = new Map<string, OperationEntry>();
  const paths = isObject(document.paths) ? document.paths : {};
  for (const path of Object.keys(paths)) {
    const pathItem = paths[path];
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const node = pathItem[method];
      if (!isObject(node)) continue;
      let key = operationKey(method, path);
      for (let n = 2; out.has(key); n++) key = `${operationKey(method, path)} #${n}`;
      const operationId = str(node.operationId);
      const summary = str(node.summary);
      const status = str(node["x-api-status"]);
      const notBefore = str(node["x-not-before"]) ?? meta?.notBefore;
      const source = sourceOf(node);
      const info: OperationInfo = {
        key,
        method: method.toUpperCase(),
        path,
        ...(operationId ? { operationId } : {}),
        ...(summary ? { summary } : {}),
        deprecated: node.deprecated === true,
        ...(status ? { status } : {}),
        ...(notBefore ? { notBefore } : {}),
        pointer: childPointer("#/paths", path, method),
        ...(source ? { source } : {}),
      };
      out.set(key, { info, node, pathItem });
    }
  }
  return out;
}

function diffOperation(baseDoc: Json, revDoc: Json, b: OperationEntry, r: OperationEntry): OperationDiff | undefined {
  const d: OperationDiff = {
    key: b.info.key,
    base: b.info,
    revision: r.info,
    parameters: diffParameters(
      baseDoc,
      revDoc,
      collectParameters(baseDoc, b.info.path, b.pathItem, b.node, b.info.pointer),
      collectParameters(revDoc, r.info.path, r.pathItem, r.node, r.info.pointer),
    ),
    responses: diffResponses(baseDoc, revDoc, b.node, r.node, b.info.pointer, r.info.pointer),
  };
  if (b.info.operationId !== r.info.operationId) d.operationId = { base: b.info.operationId, revision: r.info.operationId };
  if (b.info.summary !== r.info.summary) d.summary = { base: b.info.summary, revision: r.info.summary };
  const [bd, rd] = [str(b.node.description), str(r.node.description)];
  if (bd !== rd) d.description = { base: bd, revision: rd };
  const tags = diffAlternatives(stringList(b.node.tags), stringList(r.node.tags));
  if (tags.added.length + tags.removed.length > 0) d.tags = tags;
  const [bs, rs] = [securityAlternatives(b.node.security), securityAlternatives(r.node.security)];
  const security = diffAlternatives(bs ?? securityAlternatives(baseDoc.security), rs ?? securityAlternatives(revDoc.security));
  if ((bs || rs) && security.added.length + security.removed.length > 0) d.security = security;
  if (b.info.deprecated !== r.info.deprecated) d.deprecated = { base: b.info.deprecated, revision: r.info.deprecated };
  if (b.info.notBefore !== r.info.notBefore) d.notBefore = { base: b.info.notBefore, revision: r.info.notBefore };
  const body = diffRequestBody(baseDoc, revDoc, b.node, r.node, b.info.pointer, r.info.pointer);
  if (body) d.requestBody = body;
  const p = d.parameters;
  const s = d.responses;
  const changed =
    d.operationId ||
    d.summary ||
    d.description ||
    d.tags ||
    d.security ||
    d.deprecated ||
    d.notBefore ||
    d.requestBody ||
    p.added.length + p.removed.length + p.changed.length + s.added.length + s.removed.length + s.changed.length > 0;
  return changed ? d : undefined;
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/** Diffs `base` against `revision`; either may be missing (a spec file added or removed between snapshots). */
export function diffDocuments(base: SpecDoc | undefined, revision: SpecDoc | undefined): DocumentDiff {
  const bm = base ? documentMeta(base) : undefined;
  const rm = revision ? documentMeta(revision) : undefined;
  const diff: DocumentDiff = {
    kind: !base ? "added" : !revision ? "removed" : "changed",
    ...(bm ? { base: bm } : {}),
    ...(rm ? { revision: rm } : {}),
    servers: { added: [], removed: [], changed: [] },
    securitySchemes: { added: [], removed: [], changed: [] },
    security: { added: [], removed: [] },
    operations: { added: [], removed: [], changed: [] },
  };
  if (!base || !revision || !bm || !rm) return diff;
  diff.servers = diffServers(base.document, revision.document);
  diff.securitySchemes = diffSecuritySchemes(base.document, revision.document);
  diff.security = diffAlternatives(securityAlternatives(base.document.security), securityAlternatives(revision.document.security));
  const versionHeader = diffVersionHeader(base.document, revision.document);
  if (versionHeader) diff.versionHeader = versionHeader;
  if (bm.status !== rm.status) diff.status = { base: bm.status, revision: rm.status };
  if (bm.notBefore !== rm.notBefore) diff.notBefore = { base: bm.notBefore, revision: rm.notBefore };
  const bo = listOperations(base.document, bm);
  const ro = listOperations(revision.document, rm);
  for (const [key, b] of bo) {
    const r = ro.get(key);
    if (!r) diff.operations.removed.push(b.info);
    else {
      const d = diffOperation(base.document, revision.document, b, r);
      if (d) diff.operations.changed.push(d);
    }
  }
  for (const [key, r] of ro) if (!bo.has(key)) diff.operations.added.push(r.info);
  return diff;
}
