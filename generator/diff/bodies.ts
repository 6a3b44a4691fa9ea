/**
 * Request bodies and responses of an operation and their diff: body presence and required flag, status
 * codes, media types, the schema of each media type present on both sides, and response headers.
 */
import { childPointer } from "../../core/json-pointer.js";
import { isObject, resolve } from "./resolve.js";
import type { Json } from "./resolve.js";
import { diffHeaders, hasHeaderChanges } from "./headers.js";
import { diffSchema } from "./schema-diff.js";
import type { SchemaDiffContext } from "./schema-diff.js";
import type { BodyInfo, Direction, MediaDiffs, RequestBodyDiff, ResponseDiff, ResponseInfo } from "./types.js";

interface ContentHolder {
  node: Json;
  pointer: string;
}

function holder(document: unknown, raw: unknown, pointer: string): ContentHolder | undefined {
  if (raw === undefined) return undefined;
  const r = resolve(document, raw, pointer);
  return { node: r.node, pointer: r.pointer };
}

function mediaTypes(h: ContentHolder | undefined): string[] {
  return h && isObject(h.node.content) ? Object.keys(h.node.content) : [];
}

function diffMedia(ctx: Omit<SchemaDiffContext, "where" | "field">, label: string, field: string, b: ContentHolder, r: ContentHolder): MediaDiffs {
  const out: MediaDiffs = { added: [], removed: [], changed: [] };
  const bc = isObject(b.node.content) ? b.node.content : {};
  const rc = isObject(r.node.content) ? r.node.content : {};
  for (const mt of Object.keys(bc)) {
    const pointer = childPointer(b.pointer, "content", mt);
    if (!(mt in rc)) {
      out.removed.push({ mediaType: mt, pointer });
      continue;
    }
    const bs = isObject(bc[mt]) ? (bc[mt] as Json).schema : undefined;
    const rs = isObject(rc[mt]) ? (rc[mt] as Json).schema : undefined;
    if (bs === undefined || rs === undefined) continue;
    const schema = diffSchema(
      { ...ctx, where: `${label} ${mt}`, field },
      { node: bs, pointer: childPointer(pointer, "schema") },
      { node: rs, pointer: childPointer(r.pointer, "content", mt, "schema") },
    );
    if (schema) out.changed.push({ mediaType: mt, schema });
  }
  for (const mt of Object.keys(rc)) if (!(mt in bc)) out.added.push({ mediaType: mt, pointer: childPointer(r.pointer, "content", mt) });
  return out;
}

function hasMediaChanges(m: MediaDiffs): boolean {
  return m.added.length + m.removed.length + m.changed.length > 0;
}

function bodyInfo(h: ContentHolder): BodyInfo {
  return { required: h.node.required === true, mediaTypes: mediaTypes(h), pointer: h.pointer };
}

export function diffRequestBody(baseDoc: unknown, revDoc: unknown, baseOp: Json, revOp: Json, bp: string, rp: string): RequestBodyDiff | undefined {
  const b = holder(baseDoc, baseOp.requestBody, childPointer(bp, "requestBody"));
  const r = holder(revDoc, revOp.requestBody, childPointer(rp, "requestBody"));
  if (!b && !r) return undefined;
  if (!b || !r) return { ...(b ? { base: bodyInfo(b) } : {}), ...(r ? { revision: bodyInfo(r) } : {}), media: { added: [], removed: [], changed: [] } };
  const ctx = { base: baseDoc, revision: revDoc, direction: "request" as Direction };
  const media = diffMedia(ctx, "request body", "body", b, r);
  const d: RequestBodyDiff = { base: bodyInfo(b), revision: bodyInfo(r), media };
  if (d.base!.required !== d.revision!.required) d.required = { base: d.base!.required, revision: d.revision!.required };
  return d.required || hasMediaChanges(media) ? d : undefined;
}

export function isSuccessStatus(status: string): boolean {
  return /^2/.test(status);
}

export function diffResponses(baseDoc: unknown, revDoc: unknown, baseOp: Json, revOp: Json, bp: string, rp: string) {
  const added: ResponseInfo[] = [];
  const removed: ResponseInfo[] = [];
  const changed: ResponseDiff[] = [];
  const br = isObject(baseOp.responses) ? baseOp.responses : {};
  const rr = isObject(revOp.responses) ? revOp.responses : {};
  const ctx = { base: baseDoc, revision: revDoc, direction: "response" as Direction };
  for (const status of Object.keys(br)) {
    const bPointer = childPointer(bp, "responses", status);
    const rPointer = childPointer(rp, "responses", status);
    if (!(status in rr)) {
      removed.push({ status, pointer: bPointer });
      continue;
    }
    const b = holder(baseDoc, br[status], bPointer)!;
    const r = holder(revDoc, rr[status], rPointer)!;
    const field = isSuccessStatus(status) ? "result" : `error ${status}`;
    const media = diffMedia(ctx, `response ${status}`, field, b, r);
    const headers = diffHeaders(baseDoc, revDoc, b, r);
    if (hasMediaChanges(media) || hasHeaderChanges(headers)) changed.push({ status, base: { status, pointer: b.pointer }, revision: { status, pointer: r.pointer }, media, headers });
  }
  for (const status of Object.keys(rr)) if (!(status in br)) added.push({ status, pointer: childPointer(rp, "responses", status) });
  return { added, removed, changed };
}
