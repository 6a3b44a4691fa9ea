/**
 * One API section → one operation: its parameters (`parameters.ts`), and request and response bodies
 * from the Body rows nested by their dotted names and checked against the examples. NHN guides give no
 * status codes: the response is the OpenAPI range `2XX`.
 */
import type { ApiBody, ApiOperation, ApiResponse, JsonSchema, NamedSchema } from "../../api-model.js";
import { inferSchema } from "../../infer-schema.js";
import { alignWithExample } from "./align-example.js";
import type { Part, PartName } from "./api-parts.js";
import { collectApiParts } from "./api-parts.js";
import type { NhnContext } from "./context.js";
import { consume } from "./context.js";
import type { SchemaEnv } from "./field-schema.js";
import { objectSchema } from "./field-schema.js";
import type { FieldRow } from "./field-table.js";
import { readFieldTable } from "./field-table.js";
import { buildFieldTree } from "./field-tree.js";
import type { OutlineSection } from "./outline.js";
import type { AuthHeader, ParametersRead } from "./parameters.js";
import { readParameters } from "./parameters.js";
import { pascal } from "./words.js";

export const SUCCESS_STATUS = "2XX";

export interface ApiRead {
  operation: ApiOperation;
  schemas: NamedSchema[];
  /** The auth header the request block carries, with the description of its token row. */
  auth?: AuthHeader;
  /** Format cells of the path parameters, for checks across operations. */
  pathFormats: ParametersRead["pathFormats"];
}

/** What an API section yields besides its operation, collected while reading it. */
type ApiFacts = Omit<ApiRead, "operation">;

export function readApiSection(section: OutlineSection, operationId: string, version: string, fallbackTag: string, ctx: NhnContext): ApiRead | undefined {
  const { sink } = ctx;
  const parts = collectApiParts(section, ctx);
  consume(ctx, section.heading);
  if (section.group) consume(ctx, section.group.heading);
  const line = parts.requestLine;
  if (!line) {
    sink.error("nhn-no-request-line", `API "${section.title}" has no "METHOD /path" line`, section.heading.pos);
    return undefined;
  }
  const env: SchemaEnv = { ctx, where: section.title, ...(section.group ? { group: section.group } : {}) };
  checkPart(parts.request, "request", section, ctx);
  checkPart(parts.response, "response", section, ctx);

  const requestRows = parts.request ? parts.request.tables.flatMap((t) => readFieldTable(t.table, t.layout, ctx)) : [];
  const responseRows = parts.response ? parts.response.tables.flatMap((t) => readFieldTable(t.table, t.layout, ctx)) : [];
  const params = readParameters(requestRows, parts.headers, line.path, line.pos, env);
  const read: ApiFacts = { schemas: [], pathFormats: params.pathFormats, ...(params.auth ? { auth: params.auth } : {}) };

  const requestBody = readBody(parts.request, "request", requestRows, `${pascal(operationId)}Request`, params.contentType, { ...env, where: `${section.title} request` }, read);
  const response = readResponse(parts.response, responseRows, `${pascal(operationId)}Response`, { ...env, where: `${section.title} response` }, section, read);
  const operation: ApiOperation = {
    apiVersion: version,
    method: line.method,
    path: line.path,
    operationId,
    summary: section.title,
    ...(parts.description.length > 0 ? { description: parts.description.join("\n\n") } : {}),
    tags: [section.group?.title ?? fallbackTag],
    deprecated: false,
    parameters: params.parameters,
    ...(requestBody ? { requestBody } : {}),
    responses: [response],
    ...(line.query ? { exampleRequestPath: `${line.path}${line.query}` } : {}),
    source: section.heading.pos,
  };
  return { ...read, operation };
}


/** A part that has content but nothing the dialect can read is an unreadable page, not an empty part. */
function checkPart(part: Part | undefined, name: PartName, section: OutlineSection, ctx: NhnContext): void {
  if (!part) {
    if (name === "response") ctx.sink.warn("doc-no-response-part", `API "${section.title}" has no Response part; its response is left undescribed`, section.heading.pos);
    return;
  }
  const read = part.tables.length > 0 || part.noBody !== undefined || part.example !== undefined;
  const unread = part.unread.filter((b) => b.kind !== "table"); // unknown tables are reported as errors already
  const first = unread[0];
  if (!read && first && unread.length === part.unread.length) {
    ctx.sink.error("nhn-unreadable-part", `${section.title}: the ${name} part holds no field table, example or "no body" sentence the dialect can read (it starts with ${JSON.stringify(blockStart(first))})`, first.pos);
  } else {
    for (const b of unread) ctx.sink.warn("nhn-unread-block", `${section.title}: ${b.kind} in the ${name} part is not read: ${JSON.stringify(blockStart(b))}`, b.pos);
  }
  if (part.noBody && part.noBody.which !== name) {
    ctx.sink.warn("doc-no-body-sentence-misplaced", `${section.title}: the ${name} part says the API has no ${part.noBody.which} body; read as: no ${name} body`, part.noBody.pos);
  }
}

function blockStart(b: Part["unread"][number]): string {
  const text = b.kind === "table" ? b.header.map((c) => c.text).join(" | ") : b.kind === "heading" ? b.title : b.text;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function readBody(part: Part | undefined, name: PartName, rows: readonly FieldRow[], schemaName: string, contentType: string, env: SchemaEnv, read: ApiFacts): ApiBody | undefined {
  const bodyRows = rows.filter((r) => r.location === "body");
  const example = part?.example;
  if (!part || (bodyRows.length === 0 && !example)) return undefined;
  if (part.noBody) {
    env.ctx.sink.warn("doc-no-body-sentence-contradicts-table", `${env.where}: the guide says there is no ${name} body but lists body fields or an example; reading them`, part.noBody.pos, {
      sentence: part.noBody.pos,
      table: bodyRows[0]?.pos ?? example?.pos,
    });
  }
  const schema = bodySchema(bodyRows, schemaName, { ...env, ...(example ? { example } : {}) }, read);
  const root = bodyRows.filter((r) => !r.name.includes("."));
  return {
    required: root.some((r) => r.required === true) || (root.length === 0 && example !== undefined),
    contentType,
    schema,
    ...(example ? { example: example.value } : {}),
    source: bodyRows[0]?.pos ?? example!.pos,
  };
}

function readResponse(part: Part | undefined, rows: readonly FieldRow[], schemaName: string, env: SchemaEnv, section: OutlineSection, read: ApiFacts): ApiResponse {
  for (const r of rows) {
    if (r.location !== "body") env.ctx.sink.warn("nhn-response-non-body-row", `${env.where}: response field ${JSON.stringify(r.name)} has Type ${r.location}; only Body fields are read`, r.pos);
  }
  const bodyRows = rows.filter((r) => r.location === "body");
  const example = part?.example;
  const source = part?.label.pos ?? section.heading.pos;
  if (bodyRows.length === 0 && !example) {
    return { status: SUCCESS_STATUS, description: part?.noBody ? "Success, without a response body (the guide does not give the status code)." : "Success (the guide does not give the status code).", source };
  }
  if (part?.noBody) {
    env.ctx.sink.warn("doc-no-body-sentence-contradicts-table", `${env.where}: the guide says there is no response body but lists body fields or an example; reading them`, part.noBody.pos, {
      sentence: part.noBody.pos,
      table: bodyRows[0]?.pos ?? example?.pos,
    });
  }
  const schema = bodySchema(bodyRows, schemaName, { ...env, ...(example ? { example } : {}) }, read);
  return {
    status: SUCCESS_STATUS,
    description: "Success (the guide does not give the status code).",
    contentType: "application/json",
    schema,
    ...(example ? { example: example.value } : {}),
    source,
  };
}

/** Body rows (and example) → a named component schema; `$ref` to it. */
function bodySchema(rows: readonly FieldRow[], name: string, env: SchemaEnv, read: ApiFacts): JsonSchema {
  let schema: JsonSchema;
  let inferred = false;
  if (rows.length > 0) {
    const tree = buildFieldTree(rows, env.ctx);
    alignWithExample(tree, env);
    schema = objectSchema(tree, env.example ? [env.example.value] : [], env);
  } else {
    env.ctx.sink.info("nhn-body-inferred-from-example", `${env.where}: no field table; the body schema is inferred from the example`, env.example!.pos);
    schema = inferSchema(env.example!.value);
    inferred = true;
  }
  const source = rows[0]?.pos ?? env.example!.pos;
  read.schemas.push({ name, schema, inferred, source });
  return { $ref: `#/components/schemas/${name}` };
}


