/**
 * One API section → one operation: its parameters (`parameters.ts`), and request and response bodies
 * from the Body rows nested by their dotted names and checked against the examples. NHN guides give no
 * status codes: the response is the OpenAPI range `2XX`.
 */
import type { ApiBody, ApiOperation, ApiResponse, JsonSchema, NamedSchema } from "../../api-model.js";
import type { Position } from "../../document/model.js";
import { inferSchema } from "../../infer-schema.js";
import { alignWithExample } from "./align-example.js";
import type { Example } from "./align-example.js";
import type { Part, PartName, PartTable } from "./api-parts.js";
import { collectApiParts } from "./api-parts.js";
import { bracketedText } from "./captions.js";
import type { HeaderLine } from "./lines.js";
import { placeholderName } from "./lines.js";
import type { NhnContext } from "./context.js";
import { consume } from "./context.js";
import type { SchemaEnv } from "./field-schema.js";
import { fieldSchema, objectSchema } from "./field-schema.js";
import type { FieldRow } from "./field-table.js";
import { readFieldTable } from "./field-table.js";
import { buildFieldTree } from "./field-tree.js";
import { formatKeyOf } from "./formats.js";
import { singular } from "./words.js";
import { matchesAny } from "./labels.js";
import type { OutlineSection } from "./outline.js";
import type { AuthHeader, ParametersRead } from "./parameters.js";
import { readParameters } from "./parameters.js";
import { namesFromPlaceholders } from "./placeholder-names.js";
import { pascal, squashed } from "./words.js";

export const SUCCESS_STATUS = "2XX";

/** What one Request or Response part gives, its own or (for "same as …") another API's. */
export interface PartRead {
  rows: FieldRow[];
  example?: Example;
  /** The status code the part prints ("return status code 204"). */
  status?: string;
  /** Prose of the part beside its table ("For a request, the content type … must be …"). */
  description?: string;
  /** Where the part says the API has no body of this kind. */
  noBody?: Position;
  /** The API whose part this is ("Returns the same response as Get Image"): its body is reused as is. */
  from?: ApiRead;
  /** The media type the part's prose prints (`Content-Type: application/x-pem-file` over a file), and where. */
  mediaType?: { type: string; pos: Position };
}

export interface ApiRead {
  operation: ApiOperation;
  schemas: NamedSchema[];
  /** The auth header the request block carries, with the description of its token row. */
  auth?: AuthHeader;
  /** Format cells of the path parameters, for checks across operations. */
  pathFormats: ParametersRead["pathFormats"];
  /** The scheme and host its request line prints (`GET https://api-lnc.cloud.toast.com/…`), at that line. */
  origin?: { url: string; pos: Position };
  /** The parts as read, for a later API whose part is "the same as" this one's. */
  request: PartRead;
  response: PartRead;
}

/** What an API section yields besides its operation, collected while reading it. */
type ApiFacts = Pick<ApiRead, "schemas" | "auth" | "pathFormats">;

export function readApiSection(section: OutlineSection, operationId: string, version: string, fallbackTag: string, earlier: readonly ApiRead[], ctx: NhnContext): ApiRead | undefined {
  const { sink } = ctx;
  const parts = collectApiParts(section, ctx);
  consume(ctx, section.heading);
  if (section.group) consume(ctx, section.group.heading);
  const line = parts.requestLine;
  if (!line) {
    sink.error("nhn-no-request-line", `API "${section.title}" has no "METHOD /path" line`, section.heading.pos);
    return undefined;
  }
  if (!parts.request && !parts.response) {
    // A request line alone ("use GET /v2.0/vpcs?router:external=true of the VPC API") points at an API documented elsewhere.
    sink.warn(
      "nhn-api-without-parts",
      `"${section.title}" prints ${line.method.toUpperCase()} ${line.path} but neither a Request nor a Response part; not read as an operation of this page`,
      line.pos,
    );
    return undefined;
  }
  const env: SchemaEnv = { ctx, where: section.title, ...(section.group ? { group: section.group } : {}) };
  const request = placeholderBodyRows(readPart(parts.request, "request", section, earlier, ctx), line.path, section.title, ctx);
  const response = readPart(parts.response, "response", section, earlier, ctx);
  const headers = [...parts.headers, ...exampleHeaders(parts.request, parts.headers, request.rows, section, ctx)];
  const params = readParameters(request.rows, headers, line.method, line.path, line.pos, env, line.query);
  const read: ApiFacts = { schemas: [], pathFormats: params.pathFormats, ...(params.auth ? { auth: params.auth } : {}) };

  const requestBody = request.from
    ? request.from.operation.requestBody
    : readBody(request, "request", `${pascal(operationId)}Request`, params.contentType, { ...env, where: `${section.title} request` }, read);
  const responses = response.from
    ? response.from.operation.responses.map((r) => ({ ...r, ...(response.description ? { description: response.description } : {}) }))
    : [readResponse(parts.response, response, `${pascal(operationId)}Response`, { ...env, where: `${section.title} response` }, section, read)];
  const resultCodes = [...(parts.request?.resultCodes ?? []), ...(parts.response?.resultCodes ?? [])];
  const deprecation = deprecationSentence(parts.description, ctx.labels);
  if (deprecation) sink.info("nhn-api-deprecated", `${section.title}: marked deprecated, as its description says (${JSON.stringify(deprecation)})`, section.heading.pos);
  const operation: ApiOperation = {
    apiVersion: version,
    method: line.method,
    path: line.path,
    operationId,
    summary: section.title,
    ...(parts.description.length > 0 ? { description: parts.description.join("\n\n") } : {}),
    tags: [section.group?.title ?? fallbackTag],
    deprecated: deprecation !== undefined,
    parameters: params.parameters,
    ...(requestBody ? { requestBody } : {}),
    responses,
    ...(line.query ? { exampleRequestPath: `${line.path}${line.query}` } : {}),
    ...(resultCodes.length > 0 ? { resultCodes } : {}),
    source: section.heading.pos,
  };
  return { ...read, operation, request, response, ...(line.origin ? { origin: { url: line.origin, pos: line.pos } } : {}) };
}

/**
 * Request rows read as body fields whose names are placeholders of the path (`GET …/{taskId}/status` over a `[Field]`
 * table listing `taskId`): the path parameter, its type and description as the row gives them, reported. Only a
 * top-level row no other row places in the path and the body example (if any) does not hold.
 */
function placeholderBodyRows(part: PartRead, path: string, where: string, ctx: NhnContext): PartRead {
  if (part.from) return part;
  const inPath = new Set([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));
  const example = part.example?.value;
  const inExample = (name: string) => example !== null && typeof example === "object" && !Array.isArray(example) && name in example;
  let moved = false;
  const rows = part.rows.map((r) => {
    if (r.location !== "body" || r.name.includes(".") || !inPath.has(r.name) || inExample(r.name)) return r;
    if (part.rows.some((o) => o.location === "path" && o.name === r.name)) return r;
    ctx.sink.warn("doc-parameter-location-differs", `${where}: {${r.name}} is in the path ${path}, the Request table lists it as a body field; read as a path parameter`, r.pos, { table: r.pos });
    moved = true;
    return { ...r, location: "path" as const };
  });
  return moved ? { ...part, rows } : part;
}

/** The sentence of an API's description saying the API is deprecated, if one does ("This API has been deprecated."). */
/**
 * The headers a `[Header]` JSON block names and the request line's header lines do not: each a header line, its
 * value a placeholder when it is a data type word (`"x-tc-app-key": "String"`) or `{…}`, else the value to send.
 */
function exampleHeaders(
  part: Part | undefined,
  lines: ReadonlyArray<HeaderLine & { pos: Position }>,
  rows: readonly FieldRow[],
  section: OutlineSection,
  ctx: NhnContext,
): Array<HeaderLine & { pos: Position }> {
  const example = part?.headerExample;
  if (!example) return [];
  if (rows.some((r) => r.location === "header")) {
    // `[Header]` over `{ "X-Secret-Key": "{secret-key}" }` then the header table: the values to send; the table lists the fields.
    ctx.sink.info("nhn-parameter-example", `${section.title}: the header example is not read (the header table lists the fields)`, example.pos);
    return [];
  }
  const known = new Set(lines.map((l) => l.name.toLowerCase()));
  const out: Array<HeaderLine & { pos: Position }> = [];
  for (const [name, raw] of Object.entries(example.value)) {
    if (known.has(name.toLowerCase()) || !/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) continue;
    const value = String(raw).trim();
    const placeholder = placeholderName(value) ?? (formatKeyOf(value, ctx.labels) !== undefined ? name : undefined);
    out.push({ name, value, ...(placeholder !== undefined ? { placeholder } : {}), pos: example.pos });
  }
  if (out.length > 0) ctx.sink.info("nhn-headers-from-example", `${section.title}: the request headers ${out.map((h) => h.name).join(", ")} are read from the [Header] block`, example.pos);
  return out;
}

function deprecationSentence(description: readonly string[], labels: NhnContext["labels"]): string | undefined {
  for (const text of description) {
    for (const sentence of text.replace(/^[-*]\s+/, "").split(/(?<=[.。!])\s+/)) {
      const plain = sentence.replace(/[*_`]/g, "").trim();
      if (matchesAny(plain, labels.deprecatedApi)) return plain;
    }
  }
  return undefined;
}

/**
 * One part → its rows, example, status and prose. A part that only says it is another API's ("Returns
 * the same response as Get Image") takes that API's part; a part with content but nothing the dialect
 * can read is an unreadable page, not an empty part.
 */
function readPart(part: Part | undefined, name: PartName, section: OutlineSection, earlier: readonly ApiRead[], ctx: NhnContext): PartRead {
  const { sink } = ctx;
  if (!part) {
    if (name === "response") sink.warn("doc-no-response-part", `API "${section.title}" has no Response part; its response is left undescribed`, section.heading.pos);
    return { rows: [] };
  }
  const own = part.tables.length > 0 || part.noBody !== undefined || part.example !== undefined || part.status !== undefined || part.common !== undefined;
  let borrowed: ApiRead | undefined;
  if (part.sameAs) {
    const ref = own ? undefined : referencedApi(part.sameAs.text, section.title, earlier);
    if (ref) {
      consume(ctx, part.sameAs.block);
      sink.info("nhn-part-same-as", `${section.title}: the ${name} part is that of "${ref.operation.summary}" (${JSON.stringify(part.sameAs.text)})`, part.sameAs.block.pos, {
        api: ref.operation.source,
      });
      borrowed = ref;
      const theirs = ref[name];
      if (theirs.rows.length === 0 && theirs.example === undefined && theirs.noBody === undefined && theirs.status === undefined && theirs.from === undefined) {
        // "The response body is the same as … in View Allowed Project List", whose own response could not be read.
        const unreadAt = ref.operation.unread?.find((u) => u.page === section.heading.pos.page)?.line;
        sink.warn(
          "nhn-same-as-empty",
          `${section.title}: the ${name} part is that of "${ref.operation.summary}", which describes none${unreadAt !== undefined ? ` (its own ${name} part could not be read, line ${unreadAt})` : ""}; this ${name} is left undescribed`,
          part.sameAs.block.pos,
        );
      }
    } else {
      if (!own)
        sink.warn(
          "doc-same-as-unresolved",
          `${section.title}: the ${name} part refers to another API (${JSON.stringify(part.sameAs.text)}) that no earlier API of the page is titled like`,
          part.sameAs.block.pos,
        );
      part.unread.unshift(part.sameAs.block);
    }
  }
  const read = own || borrowed !== undefined;
  // A caption naming an object of the example goes with its table, not into the part's prose.
  const objects = new Map(part.tables.flatMap((t) => exampleObjectOf(t, part, section, ctx)));
  const unread = part.unread.filter((b) => b.kind !== "table"); // unknown tables are reported as errors already
  const first = unread[0];
  const notes: string[] = [];
  const caption = !read && unread.length === 1 && first ? bracketedCaption(first) : undefined;
  const mediaType = proseMediaType(unread);
  const proseOnly = unread.every((b) => b.kind === "paragraph" || b.kind === "listItem");
  /** The part's prose as its description, list items kept as such; every block consumed. */
  const takeProse = (blocks: typeof unread): void => {
    for (const b of blocks) {
      if (b.kind !== "paragraph" && b.kind !== "listItem") continue;
      notes.push(b.kind === "listItem" ? `- ${b.text}` : b.text);
      consume(ctx, b);
    }
  };
  if (caption !== undefined) {
    // "[List of containers in a storage account]" in place of a table: the body is named, not described.
    sink.warn(
      "doc-part-only-caption",
      `${section.title}: the ${name} part is only the caption ${JSON.stringify(caption)}, no field table or example; the ${name} body is described by it, without a schema`,
      first!.pos,
    );
    notes.push(caption);
    consume(ctx, first!);
  } else if (!read && first && name === "response" && mediaType !== undefined && proseOnly) {
    // "**Response Headers**" over `- Content-Type: application/x-pem-file`, then "Certificate data (PEM format)": a file
    // download, its media type and its prose; nothing is left unread.
    sink.info("nhn-response-media-type", `${section.title}: the response is ${mediaType.type}, described by its prose (no field table or example)`, first.pos);
    takeProse(unread);
  } else if (!read && first && part.curl && unread.length === part.unread.length && proseOnly) {
    // `[Request Body]` over two bullets about the example and a cURL command (a GET): the prose and the command describe
    // the request; nothing is left unread. (Prose alone, "see the table below", may be a table the capture lost: an error.)
    sink.warn("doc-part-only-prose", `${section.title}: the ${name} part is prose only (no field table or example); it describes the ${name}, without a schema`, first.pos);
    takeProse(unread);
  } else if (!read && first && unread.length === part.unread.length) {
    sink.error(
      "nhn-unreadable-part",
      `${section.title}: the ${name} part holds no field table, example or "no body" sentence the dialect can read (it starts with ${JSON.stringify(blockStart(first))})`,
      first.pos,
    );
  } else {
    for (const b of unread) {
      if (b.kind === "paragraph" || b.kind === "listItem") {
        // Prose beside the part's table describes the body ("the content type … must be set to …").
        notes.push(b.text);
        consume(ctx, b);
      } else {
        sink.warn("nhn-unread-block", `${section.title}: ${b.kind} in the ${name} part is not read: ${JSON.stringify(blockStart(b))}`, b.pos);
      }
    }
  }
  if (part.noBody && part.noBody.which !== name) {
    sink.warn("doc-no-body-sentence-misplaced", `${section.title}: the ${name} part says the API has no ${part.noBody.which} body; read as: no ${name} body`, part.noBody.pos);
  }
  if (part.status) notes.unshift(part.status.text);
  // "This API responds with the common information only", on a page whose common response fields are a table: those fields.
  const common = part.common && name === "response" && part.tables.length === 0 && !part.example ? ctx.commonResponse : undefined;
  if (part.common && common) {
    sink.info(
      "doc-part-common-information",
      `${section.title}: the response part is the page's common response (${JSON.stringify(part.common.text)}); its fields are the common response table's`,
      part.common.block.pos,
      {
        table: common.pos,
      },
    );
    consume(ctx, part.common.block);
  } else if (part.common) {
    sink.warn(
      "doc-part-common-information",
      `${section.title}: the ${name} part is the page's common information (${JSON.stringify(part.common.text)}); described by that sentence, without a schema`,
      part.common.block.pos,
    );
    notes.unshift(part.common.text);
  }
  const description = notes.length > 0 ? notes.join("\n\n") : undefined;
  if (borrowed) return { ...borrowed[name], from: borrowed[name].from ?? borrowed, ...(description ? { description } : {}) };
  const rows = common
    ? common.rows
    : part.tables.flatMap((t) => {
        const fields = readFieldTable(t.table, t.layout, ctx);
        const parent = objects.get(t);
        return parent === undefined ? fields : fields.map((r) => ({ ...r, name: `${parent}.${r.name}`, location: "body" as const }));
      });
  return {
    rows,
    ...(mediaType ? { mediaType } : {}),
    ...(part.example ? { example: part.example } : {}),
    ...(part.status ? { status: part.status.code } : {}),
    ...(description ? { description } : {}),
    ...(part.noBody ? { noBody: part.noBody.pos } : {}),
  };
}

/**
 * A table under a caption naming an object of the part's example (`[Header]` and `[Result]` over the fields of the
 * example's `header` and `result`, In-App Purchase guides): its rows are that object's fields (`result.price`), sent in
 * the body. The caption must name a key of the example (case, spaces and `_` aside) holding an object or an array of
 * objects, some row must name a field of it, and no row may already be under it. The table → the dotted parent of its
 * rows (`result`, `items[]`), its caption consumed; nothing for any other table.
 */
function exampleObjectOf(t: PartTable, part: Part, section: OutlineSection, ctx: NhnContext): Array<[PartTable, string]> {
  const example = part.example?.value;
  const caption = t.caption;
  const at = t.layout.roles.indexOf("name");
  if (!caption || at < 0 || example === null || typeof example !== "object" || Array.isArray(example)) return [];
  const key = Object.keys(example).find((k) => squashed(k) === squashed(caption.text));
  if (key === undefined) return [];
  const value: unknown = (example as Record<string, unknown>)[key];
  const holder = Array.isArray(value) ? value.find((v) => v !== null && typeof v === "object" && !Array.isArray(v)) : value;
  if (holder === null || typeof holder !== "object" || Array.isArray(holder)) return [];
  const fields = new Set(Object.keys(holder));
  const names = t.table.rows.map((r) =>
    (r.cells[at]?.text ?? "")
      .trim()
      .split(".")[0]!
      .replace(/\[\d*\]$/, ""),
  );
  if (!names.some((n) => fields.has(n)) || names.includes(key)) return [];
  const parent = Array.isArray(value) ? `${key}[]` : key;
  ctx.sink.info(
    "nhn-caption-names-example-object",
    `${section.title}: the table under [${caption.text}] lists the fields of ${JSON.stringify(key)} in the example; read as ${parent}.<field>`,
    caption.block.pos,
  );
  part.unread = part.unread.filter((b) => b !== caption.block);
  consume(ctx, caption.block);
  return [[t, parent]];
}

/** The media type a part's prose gives (`Content-Type: application/x-pem-file`), if one of its lines does; JSON is none. */
function proseMediaType(blocks: Part["unread"]): { type: string; pos: Position } | undefined {
  for (const b of blocks) {
    if (b.kind !== "paragraph" && b.kind !== "listItem") continue;
    const type = /^content-type\s*:\s*`?([\w.+-]+\/[\w.+-]+)`?/i.exec(b.text.trim())?.[1];
    if (type !== undefined && !/json/i.test(type)) return { type, pos: b.pos };
  }
  return undefined;
}

/** A file's schema: text for `text/*`, bytes for any other media type. */
function fileSchema(mediaType: string): JsonSchema {
  return mediaType.startsWith("text/") ? { type: "string" } : { type: "string", format: "binary" };
}

/** The text of a block that is one bracketed caption, `[List of …]` (a code block or a paragraph), else undefined. */
function bracketedCaption(b: Part["unread"][number]): string | undefined {
  return b.kind === "code" || b.kind === "paragraph" ? bracketedText(b.text) : undefined;
}

/** The earlier API a "same as …" sentence names by its title (the longest title it contains). */
function referencedApi(text: string, self: string, earlier: readonly ApiRead[]): ApiRead | undefined {
  const t = text.toLowerCase();
  const named = earlier.filter((r) => r.operation.summary !== self && r.operation.summary.trim() !== "" && t.includes(r.operation.summary.toLowerCase()));
  if (named.length > 0) return named.sort((a, b) => b.operation.summary.length - a.operation.summary.length)[0];
  // "Same as the session view response" names "View Sessions" by its words in another order: the one
  // earlier API every word of whose title is in the sentence (singular or plural).
  const words = new Set(wordsOf(t).map(singular));
  const byWords = earlier.filter(
    (r) => r.operation.summary !== self && wordsOf(r.operation.summary.toLowerCase()).length > 1 && wordsOf(r.operation.summary.toLowerCase()).every((w) => words.has(singular(w))),
  );
  return byWords.length === 1 ? byWords[0] : undefined;
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}

function blockStart(b: Part["unread"][number]): string {
  const text = b.kind === "table" ? b.header.map((c) => c.text).join(" | ") : b.kind === "heading" ? b.title : b.text;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function readBody(part: PartRead, name: PartName, schemaName: string, contentType: string, env: SchemaEnv, read: ApiFacts): ApiBody | undefined {
  const example = part.example;
  const bodyRows = namesFromPlaceholders(
    part.rows.filter((r) => r.location === "body"),
    example,
    env,
  );
  if (bodyRows.length === 0 && !example && part.mediaType && !part.noBody) {
    // "**Request Headers**" over `- Content-Type: application/ocsp-request`, then "OCSP requests (DER format)": a file sent.
    env.ctx.sink.info("nhn-body-media-type", `${env.where}: the ${name} body is ${part.mediaType.type}, as its prose says`, part.mediaType.pos);
    return { required: true, ...(part.description ? { description: part.description } : {}), contentType: part.mediaType.type, schema: fileSchema(part.mediaType.type), source: part.mediaType.pos };
  }
  if (bodyRows.length === 0 && !example) return undefined;
  if (part.noBody) {
    env.ctx.sink.warn("doc-no-body-sentence-contradicts-table", `${env.where}: the guide says there is no ${name} body but lists body fields or an example; reading them`, part.noBody, {
      sentence: part.noBody,
      table: bodyRows[0]?.pos ?? example?.pos,
    });
  }
  const whole = wholeBodyRow(bodyRows, env);
  const schema = whole ? wholeBodySchema(whole, env) : bodySchema(bodyRows, schemaName, { ...env, ...(example ? { example } : {}) }, read);
  const root = bodyRows.filter((r) => !r.name.includes("."));
  if (whole && formatKeyOf(whole.format, env.ctx.labels) === "binary" && contentType === "application/json") contentType = "application/octet-stream";
  return {
    required: whole ? whole.required === true : root.some((r) => r.required === true) || (root.length === 0 && example !== undefined),
    ...(part.description ? { description: part.description } : {}),
    contentType,
    schema,
    ...(example ? { example: example.value } : {}),
    source: bodyRows[0]?.pos ?? example!.pos,
  };
}

function readResponse(part: Part | undefined, read_: PartRead, schemaName: string, env: SchemaEnv, section: OutlineSection, read: ApiFacts): ApiResponse {
  const rows = read_.rows;
  for (const r of rows) {
    if (r.location !== "body") env.ctx.sink.warn("nhn-response-non-body-row", `${env.where}: response field ${JSON.stringify(r.name)} has Type ${r.location}; only Body fields are read`, r.pos);
  }
  const example = read_.example;
  const bodyRows = namesFromPlaceholders([...rows.filter((r) => r.location === "body"), ...commonEnvelope(rows, example, env)], example, env);
  const source = part?.label.pos ?? section.heading.pos;
  // "모든 API 요청에 '200 OK'로 응답합니다" before the APIs: the status of a response that names none.
  const status = read_.status ?? env.ctx.pageStatus?.code ?? SUCCESS_STATUS;
  const unsaid = read_.status || env.ctx.pageStatus ? "" : " (the guide does not give the status code)";
  const described = read_.description ?? (read_.noBody ? `Success, without a response body${unsaid}.` : `Success${unsaid}.`);
  if (bodyRows.length === 0 && !example && read_.mediaType) {
    // A file the API returns: text for text/*, bytes for any other type.
    return { status, description: read_.description ?? `Success${unsaid}.`, contentType: read_.mediaType.type, schema: fileSchema(read_.mediaType.type), source };
  }
  if (bodyRows.length === 0 && !example) return { status, description: described, source };
  if (read_.noBody) {
    env.ctx.sink.warn("doc-no-body-sentence-contradicts-table", `${env.where}: the guide says there is no response body but lists body fields or an example; reading them`, read_.noBody, {
      sentence: read_.noBody,
      table: bodyRows[0]?.pos ?? example?.pos,
    });
  }
  const whole = wholeBodyRow(bodyRows, env);
  const schema = whole ? wholeBodySchema(whole, env) : bodySchema(bodyRows, schemaName, { ...env, ...(example ? { example } : {}) }, read);
  return {
    status,
    description: read_.description ?? `Success${unsaid}.`,
    contentType: whole && formatKeyOf(whole.format, env.ctx.labels) === "binary" ? "application/octet-stream" : "application/json",
    schema,
    ...(example ? { example: example.value } : {}),
    source,
  };
}

/**
 * The page's common response fields an API's example returns but its table leaves out (`"header": {…}` beside the
 * API's own fields, the envelope described once for every API): those common rows, noted. None when the API's table
 * lists the object itself, or the page has no common response.
 */
function commonEnvelope(rows: readonly FieldRow[], example: Example | undefined, env: SchemaEnv): FieldRow[] {
  const common = env.ctx.commonResponse;
  const value = example?.value;
  if (!common || rows.length === 0 || value === null || typeof value !== "object" || Array.isArray(value)) return [];
  const top = (name: string) => name.split(".")[0]!.replace(/\[\d*\]$/, "");
  const listed = new Set(rows.map((r) => top(r.name)));
  const missing = Object.keys(value).filter((k) => !listed.has(k) && common.rows.some((r) => top(r.name) === k));
  if (missing.length === 0) return [];
  env.ctx.sink.info(
    "nhn-common-envelope",
    `${env.where}: the example returns ${missing.map((k) => JSON.stringify(k)).join(", ")}, which the table leaves out; read as the page's common response fields`,
    example!.pos,
    { fields: missing, table: common.pos },
  );
  return common.rows.filter((r) => missing.includes(top(r.name)));
}

/** The one Body row standing for the whole body (Name "-": the binary data of an upload). */
function wholeBodyRow(rows: readonly FieldRow[], env: SchemaEnv): FieldRow | undefined {
  const whole = rows.filter((r) => matchesAny(r.name, env.ctx.labels.wholeBodyNames));
  if (whole.length === 0) return undefined;
  if (rows.length > 1) {
    env.ctx.sink.warn(
      "doc-whole-body-row-with-fields",
      `${env.where}: a Body row named ${JSON.stringify(whole[0]!.name)} stands for the whole body, but the table lists other body fields too; reading it as a field`,
      whole[0]!.pos,
    );
    return undefined;
  }
  return whole[0];
}

function wholeBodySchema(row: FieldRow, env: SchemaEnv): JsonSchema {
  return fieldSchema({ key: "", path: row.name, row, children: [] }, [], undefined, env);
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
