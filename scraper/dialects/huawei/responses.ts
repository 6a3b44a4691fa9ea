/**
 * Responses: the normal status code(s) carry the response body (tables + example); every abnormal
 * status of the Status Codes table is a response with its description. An alternative example whose
 * single key names an abnormal status ("badRequest" ↔ "400 Bad Request") is that status's body.
 */
import type { ApiResponse } from "../../api-model.js";
import type { Position } from "../../document/model.js";
import { inferSchema } from "../../infer-schema.js";
import type { BodyRead } from "./body.js";
import { readBody } from "./body.js";
import type { HuaweiContext } from "./context.js";
import { isPlainObject } from "./field-node.js";
import type { ExampleBody, StatusRow } from "./fields.js";
import { keyNamesReason, reasonPhrase } from "./http-status.js";
import type { PageRead } from "./page-reader.js";

export function readResponses(read: PageRead, fallbackPos: Position, ctx: HuaweiContext): ApiResponse[] {
  const { sink } = ctx;
  const responses: ApiResponse[] = [];
  const abnormal = read.statusRows.filter((r) => !r.normal);
  const normal = new Map<string, { pos: Position; row?: StatusRow }>();
  for (const c of read.normalCodes) if (!normal.has(c.code)) normal.set(c.code, { pos: c.pos });
  for (const r of read.statusRows.filter((x) => x.normal)) normal.set(r.code, { pos: r.pos, row: r });

  const errorExamples = new Map<string, ExampleBody>();
  const bodies = new Map<string, BodyRead | undefined>();
  for (const [key, parts] of read.responses) {
    const candidates: ExampleBody[] = [];
    for (const e of parts.examples) {
      const status = abnormal.find((r) => namesStatus(e.value, r));
      if (status && !errorExamples.has(status.code)) errorExamples.set(status.code, e);
      else candidates.push(e);
    }
    const what = key === "" ? `response ${[...normal.keys()].join("/") || "body"}` : `response ${key}`;
    const body = readBody(parts.tables, candidates, what, ctx);
    for (const e of body?.unmatched ?? []) sink.warn("huawei-unused-example", `${what}: this example shares no field with the response tables and names no status; left out`, e.pos);
    for (const e of body?.alternatives ?? []) sink.warn("huawei-unused-example", `${what}: another example of this body; only the one sharing most fields with the tables is attached`, e.pos);
    bodies.set(key, body);
  }

  // No status-code table (a page cut before it, or one without): "Status code: 200" over a body names a status.
  if (read.statusRows.length === 0) {
    for (const [key, body] of bodies) if (/^[1-3]\d\d$/.test(key) && !normal.has(key)) normal.set(key, { pos: body?.source ?? fallbackPos });
  }
  const normalBody = bodies.get("");
  if (normal.size === 0) {
    sink.warn("huawei-no-success-status", `the page gives no normal status code${normalBody ? "; the response body is written as the default response" : ""}`, fallbackPos);
    if (normalBody) responses.push(response("default", "Normal response", normalBody, fallbackPos));
  }
  for (const [code, n] of normal) {
    const body = bodies.get(code) ?? normalBody;
    responses.push(response(code, n.row?.description || n.row?.reason || reasonPhrase(code), body, n.pos));
  }
  for (const [key, body] of bodies) {
    if (key !== "" && !normal.has(key) && !abnormal.some((r) => r.code === key)) {
      sink.warn("doc-body-for-unlisted-status", `a response body is given for status ${key}, which the status codes do not list`, body?.source ?? fallbackPos);
      responses.push(response(key, reasonPhrase(key), body, fallbackPos));
    }
  }
  for (const row of abnormal) {
    if (responses.some((r) => r.status === row.code)) {
      sink.warn("doc-duplicate-status", `status ${row.code} is listed twice; the first is kept`, row.pos);
      continue;
    }
    const example = errorExamples.get(row.code);
    const body = bodies.get(row.code);
    responses.push({
      status: row.code,
      description: row.description || row.reason || row.code,
      ...(body ? { contentType: "application/json", schema: body.schema, ...(body.example !== undefined ? { example: body.example } : {}) } : {}),
      ...(!body && example ? { contentType: "application/json", schema: inferSchema(example.value), example: example.value } : {}),
      source: row.pos,
    });
  }
  // OpenAPI needs one response; the page names none ("See Status Codes.").
  if (responses.length === 0) responses.push({ status: "default", description: "Response (the page lists no status code)", source: fallbackPos });
  return responses;
}

function response(status: string, description: string, body: BodyRead | undefined, pos: Position): ApiResponse {
  return {
    status,
    description,
    ...(body ? { contentType: "application/json", schema: body.schema, ...(body.example !== undefined ? { example: body.example } : {}) } : {}),
    source: body?.source ?? pos,
  };
}

function namesStatus(value: unknown, row: StatusRow): boolean {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && row.reason !== "" && keyNamesReason(keys[0]!, row.reason);
}
