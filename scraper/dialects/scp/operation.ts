/**
 * One API version section of an SCP page ("3.1.4.2 - 1.0") → one operation: method and path,
 * description, state, version table, Parameters, Responses and the example request and responses.
 */
import type { ApiBody, ApiOperation, ApiParameter, ApiResponse, JsonSchema } from "../../api-model.js";
import type { Block, Position, TableBlock } from "../../document/model.js";
import { rowTexts } from "../../document/model.js";
import type { Section } from "../../document/sections.js";
import { readRow } from "./rows.js";
import type { ScpContext } from "./context.js";
import { cellsText, isoDate, noteReferences } from "./context.js";
import { convertValue } from "./description.js";
import { matchesAny } from "./labels.js";
import { rowParameterSchema } from "./property-schema.js";
import { referencedNames, toJsonSchema } from "./schema-grammar.js";
import { versionTableKind } from "./table-kinds.js";
import type { Mode } from "./text-kinds.js";
import { headerLines, stateValue, textKind } from "./text-kinds.js";

export interface NamedExample {
  name: string;
  example: unknown;
  source: Position;
}

export interface VersionRead {
  operation?: ApiOperation;
  /** Service id and version from the example `Scp-Api-Version` header. */
  versionHeader?: { service: string; version: string; source: Position };
  /** Examples of bodies whose schema is a plain model name (to infer undefined models from). */
  namedExamples: NamedExample[];
  /** Model names the operation refers to. */
  referenced: string[];
  /** The row that first names each of them (where a name the page never defines is reported). */
  referencedAt: Map<string, Position>;
}

const NO_MODE: Mode = { kind: "none" };
const REQUEST_HEADER_MODE: Mode = { kind: "requestHeader" };
const SECURITY_HEADERS = new Set(["scp-accesskey", "scp-signature", "scp-timestamp", "scp-clienttype", "scp-accountid"]);

/** What one version section has said so far; filled in block by block. */
interface VersionState {
  ctx: ScpContext;
  version: string;
  read: VersionRead;
  method?: string;
  path?: string;
  description: string[];
  state?: string;
  status?: string;
  notBefore?: string;
  parameters: ApiParameter[];
  requestBody?: ApiBody;
  responses: ApiResponse[];
  responseExamples: Map<string, { value: unknown; source: Position }>;
  bodyExample?: { value: unknown; source: Position };
  exampleRequestPath?: string;
  mode: Mode;
}

export function readVersionSection(section: Section, version: string, apiTitle: string, operationId: string, tags: string[], ctx: ScpContext): VersionRead {
  const { sink, page } = ctx;
  const source = section.heading?.pos ?? section.blocks[0]?.pos ?? { page, line: 1 };
  const st: VersionState = {
    ctx,
    version,
    read: { namedExamples: [], referenced: [], referencedAt: new Map() },
    description: [],
    parameters: [],
    responses: [],
    responseExamples: new Map(),
    mode: NO_MODE,
  };

  for (const block of section.blocks) {
    if (readBlock(st, block)) ctx.consumed.add(block);
  }

  const { read, method, path, parameters, requestBody, responses, bodyExample, description, state, status, notBefore, exampleRequestPath } = st;
  if (method === undefined || path === undefined) {
    sink.error("scp-no-method-path", `API version section "${section.number ?? ""} - ${section.title}" of ${JSON.stringify(apiTitle)} has no "METHOD /path" line`, source);
    return read;
  }
  if (!/^(?:[^{}]|\{[^{}]*\})*$/.test(path)) {
    // "delete /v1/storages/{storage_id" — a template brace left open (a capture cut inside the line): not a path.
    sink.error("scp-unreadable-path", `API version section "${section.number ?? ""} - ${section.title}" of ${JSON.stringify(apiTitle)}: path ${JSON.stringify(path)} has an unclosed "{"`, source);
    return read;
  }
  if (responses.length === 0 && st.responseExamples.size === 0 && parameters.length === 0 && !requestBody && !bodyExample && description.length === 0 && st.state === undefined) {
    // "1.2.1 - 1.0" then "post /v1/security-gro" and the page ends: a capture cut after the request line. Nothing
    // says what the operation takes or returns (and the path may be cut too): not written as one.
    sink.error(
      "scp-request-line-only",
      `API version section "${section.number ?? ""} - ${section.title}" of ${JSON.stringify(apiTitle)} has its request line and nothing else (no description, Parameters, Responses or examples; a capture cut here?); not written as an operation`,
      source,
    );
    return read;
  }
  if (bodyExample) {
    if (requestBody) {
      requestBody.example = bodyExample.value;
      const name = plainRefName(requestBody.schema);
      if (name) read.namedExamples.push({ name, example: bodyExample.value, source: bodyExample.source });
    } else {
      sink.warn("scp-example-without-body", `request body example for an operation whose Parameters table has no body row`, bodyExample.source);
    }
  }
  if (responses.length === 0 && st.responseExamples.size > 0) {
    // Captures that lost the Responses table (the label is followed by the next label): the example
    // responses still say which statuses the API answers with.
    const codes = [...st.responseExamples.keys()];
    sink.warn("scp-responses-from-examples", `no Responses table; responses ${codes.join(", ")} taken from the example responses, without schemas`, st.responseExamples.get(codes[0]!)!.source);
    for (const [code, ex] of st.responseExamples) responses.push({ status: code, description: code, source: ex.source });
  }
  for (const [code, ex] of st.responseExamples) {
    const resp = responses.find((r) => r.status === code);
    if (!resp) {
      sink.warn("scp-example-for-undocumented-status", `example response ${code} is not in the Responses table`, ex.source);
      continue;
    }
    resp.example = ex.value;
    if (!resp.contentType) resp.contentType = "application/json";
    const name = plainRefName(resp.schema);
    if (name) read.namedExamples.push({ name, example: ex.value, source: ex.source });
  }
  checkPathParameters(path, parameters, source, ctx);

  read.operation = {
    apiVersion: version,
    method,
    path,
    operationId,
    summary: apiTitle,
    ...(description.length > 0 ? { description: description.join("\n") } : {}),
    tags,
    ...(state ? { state } : {}),
    ...(status ? { status } : {}),
    ...(notBefore ? { notBefore } : {}),
    deprecated: status === "DEPRECATED",
    parameters,
    ...(requestBody ? { requestBody } : {}),
    responses,
    ...(exampleRequestPath ? { exampleRequestPath } : {}),
    source,
  };
  return read;
}

/** Reads one block of a version section; true when the block was used. */
function readBlock(st: VersionState, block: Block): boolean {
  const { ctx } = st;
  const text = block.kind === "paragraph" ? block.text : block.kind === "heading" ? block.title : undefined;
  if (text !== undefined) {
    const kind = textKind(ctx, text);
    if (kind.label) {
      st.mode = kind.label;
      return true;
    }
    if (kind.methodPath && st.method === undefined) {
      st.method = kind.methodPath.method;
      st.path = kind.methodPath.path;
      return true;
    }
    if (kind.state) {
      st.state = kind.state.state;
      st.status = kind.state.status;
      return true;
    }
    if (kind.boilerplate) return true;
  }
  if (block.kind === "table") return readTable(st, block);
  return readModeContent(st, block);
}

function readTable(st: VersionState, table: TableBlock): boolean {
  const { ctx, version } = st;
  const { sink } = ctx;
  const { kind, notBefore: nb } = versionTableKind(ctx, table.header);
  if (kind === "versions") {
    for (const row of table.rows) {
      const v = row.cells[0]?.text.trim();
      if (v !== version) {
        sink.warn("scp-version-mismatch", `version table says ${JSON.stringify(v)} in the section of version ${version}`, row.pos);
        continue;
      }
      const cell = row.cells[nb]?.text.trim() ?? "";
      st.notBefore = isoDate(cell);
      if (st.notBefore === undefined && cell !== "-" && cell !== "") {
        sink.warn("scp-bad-date", `not a YYYYMMDD date: ${JSON.stringify(cell)}`, row.pos);
      }
    }
    return true;
  }
  if (kind === "parameters") {
    for (const row of table.rows) readParameterRow(st, rowTexts(row), row.pos);
    return true;
  }
  if (kind === "responses") {
    for (const row of table.rows) readResponseRow(st, rowTexts(row), row.pos);
    return true;
  }
  sink.error("scp-unknown-table", `table with columns [${table.header.map((h) => h.text).join(", ")}] is not one the SCP dialect can read here`, table.pos);
  return false;
}

function readParameterRow(st: VersionState, cells: readonly string[], pos: Position): void {
  const { ctx } = st;
  const { sink } = ctx;
  const read = readRow(ctx, cells, 2, 3, 1);
  const { row, fields } = read;
  const where = (row.lead[0] ?? "").trim().toLowerCase();
  const { name, required } = splitNameCell(ctx, row.lead[1] ?? "", pos);
  if (name === "") {
    sink.error("scp-unreadable-row", `parameter row has no name: | ${cellsText(cells)} |`, pos);
    return;
  }
  if (row.schema) noteReferences(st.read, referencedNames(row.schema), pos);
  if (where === "body") {
    if (!row.schema) {
      sink.error("scp-unreadable-row", `body parameter ${JSON.stringify(name)} has no schema: | ${cellsText(cells)} |`, pos);
      return;
    }
    st.requestBody = {
      required,
      contentType: "application/json",
      schema: toJsonSchema(row.schema),
      ...(fields.description ? { description: fields.description } : {}),
      source: pos,
    };
    return;
  }
  if (where !== "path" && where !== "query" && where !== "header" && where !== "cookie") {
    sink.error("scp-unreadable-row", `parameter ${JSON.stringify(name)} has unknown location ${JSON.stringify(where)}`, pos);
    return;
  }
  if (where === "header" && SECURITY_HEADERS.has(name.toLowerCase())) return; // carried by the security schemes
  if (!row.schema) sink.warn("scp-missing-schema-cell", `parameter ${JSON.stringify(name)} has no schema cell; its type is left open`, pos);
  const schema = rowParameterSchema(read, ctx, pos);
  const example = fields.example !== undefined && fields.example !== "" ? convertValue(fields.example, schema) : undefined;
  st.parameters.push({
    name,
    in: where,
    required: where === "path" ? true : required,
    ...(fields.description ? { description: fields.description } : {}),
    schema,
    ...(example !== undefined ? { example } : {}),
    source: pos,
  });
}

function readResponseRow(st: VersionState, cells: readonly string[], pos: Position): void {
  const { ctx } = st;
  const statusCode = (cells[0] ?? "").trim();
  if (!/^(\d{3}|default)$/i.test(statusCode)) {
    ctx.sink.error("scp-unreadable-row", `response row has no HTTP status code: | ${cellsText(cells)} |`, pos);
    return;
  }
  const { row } = readRow(ctx, cells, 1, 2, 1, 2);
  const schemaText = (row.schemaText ?? "").trim();
  if (!row.schema && !ctx.labels.none.includes(schemaText) && row.description.includes("|")) {
    ctx.sink.warn("scp-missing-schema-cell", `response ${statusCode} row could not be split into description and schema`, pos);
  }
  if (row.schema) noteReferences(st.read, referencedNames(row.schema), pos);
  st.responses.push({
    status: statusCode.toLowerCase(),
    description: row.description.trim() || statusCode,
    ...(row.schema ? { contentType: "application/json", schema: toJsonSchema(row.schema) } : {}),
    source: pos,
  });
}

function readModeContent(st: VersionState, block: Block): boolean {
  const { mode } = st;
  switch (mode.kind) {
    case "description":
      if (block.kind === "paragraph") {
        // "Description" over "None": the page says there is no description.
        if (!st.ctx.labels.none.includes(block.text.trim())) st.description.push(block.text);
        return true;
      }
      return false;
    case "state": {
      // "State" on its own line: the state is the next line; anything else ends the mode.
      const value = block.kind === "paragraph" ? stateValue(block.text) : undefined;
      st.mode = NO_MODE;
      if (!value) return readModeContent(st, block);
      st.state = value.state;
      st.status = value.status;
      return true;
    }
    case "requestPath":
      if ((block.kind === "paragraph" || block.kind === "code") && st.exampleRequestPath === undefined) {
        st.exampleRequestPath = block.text.trim();
        return true;
      }
      // Captures without a "Request header" label: the header lines follow the path directly.
      if (readHeaderBlock(st, block)) {
        st.mode = REQUEST_HEADER_MODE;
        return true;
      }
      return false;
    case "requestHeader":
      return readHeaderBlock(st, block);
    case "requestBody":
      if (block.kind === "code" && block.json !== undefined) {
        st.bodyExample = { value: block.json, source: block.pos };
        return true;
      }
      return false;
    case "response":
      if (block.kind === "code" && block.json !== undefined) {
        st.responseExamples.set(mode.status, { value: block.json, source: block.pos });
        return true;
      }
      return false;
    default:
      return false;
  }
}

/** A block of example request header lines (`"Scp-Api-Version = iam 1.3"`); false when it is not one. */
function readHeaderBlock(st: VersionState, block: Block): boolean {
  if (block.kind !== "paragraph" && block.kind !== "code") return false;
  const read = headerLines(st.ctx, block.text);
  if (read === null) return false;
  if (read.versionHeader) st.read.versionHeader = { ...read.versionHeader, source: block.pos };
  return true;
}

function splitNameCell(ctx: ScpContext, cell: string, pos: Position): { name: string; required: boolean } {
  const parts = cell.trim().split(/\s+/);
  const last = parts[parts.length - 1] ?? "";
  if (parts.length > 1 && matchesAny(last, ctx.labels.required)) return { name: parts.slice(0, -1).join(" "), required: true };
  if (parts.length > 1 && matchesAny(last, ctx.labels.optional)) return { name: parts.slice(0, -1).join(" "), required: false };
  ctx.sink.warn("scp-missing-required-flag", `name cell ${JSON.stringify(cell)} says neither required nor optional; taken as optional`, pos);
  return { name: cell.trim(), required: false };
}

function plainRefName(schema: JsonSchema | undefined): string | undefined {
  const ref = schema?.$ref;
  return typeof ref === "string" ? ref.replace("#/components/schemas/", "") : undefined;
}

/** Every `{name}` of the path must be a path parameter; a missing one is declared and reported. */
function checkPathParameters(path: string, parameters: ApiParameter[], source: Position, ctx: ScpContext): void {
  const inPath = path.includes("{") ? [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!) : [];
  for (const name of inPath) {
    if (!parameters.some((p) => p.in === "path" && p.name === name)) {
      ctx.sink.warn("scp-undeclared-path-parameter", `path ${path} uses {${name}} but the Parameters table does not list it; declared as a string path parameter`, source);
      parameters.push({ name, in: "path", required: true, schema: { type: "string" }, source });
    }
  }
  for (const p of parameters) {
    if (p.in === "path" && !inPath.includes(p.name)) {
      ctx.sink.warn("scp-path-parameter-not-in-path", `path parameter ${JSON.stringify(p.name)} does not appear in ${path}`, p.source);
    }
  }
}
