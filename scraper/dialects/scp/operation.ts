/**
 * One API version section of an SCP page ("3.1.4.2 - 1.0") → one operation: method and path,
 * description, state, version table, Parameters, Responses and the example request and responses.
 */
import type { ApiBody, ApiOperation, ApiParameter, ApiResponse, JsonSchema } from "../../api-model.js";
import type { Block, Position, TableBlock } from "../../document/model.js";
import type { Section } from "../../document/sections.js";
import { readRow } from "./rows.js";
import type { ScpContext } from "./context.js";
import { headerIs, isoDate } from "./context.js";
import { convertValue } from "./description.js";
import { isBoilerplateNormalised, matchesAny, mayBeBoilerplate, normaliseLabel } from "./labels.js";
import { parameterSchema } from "./property-schema.js";
import { referencedNames, toJsonSchema } from "./schema-grammar.js";

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
}

const METHOD_PATH = /^(get|put|post|delete|patch|head|options|trace)\s+(\/\S*)$/i;
const HEADER_LINE = /^"?\s*([A-Za-z][A-Za-z0-9-]*)\s*[=:]\s*(.*?)\s*"?\s*,?$/;
const SECURITY_HEADERS = new Set(["scp-accesskey", "scp-signature", "scp-timestamp", "scp-clienttype", "scp-accountid"]);

type Mode =
  | { kind: "none" }
  | { kind: "description" }
  | { kind: "parameters" }
  | { kind: "responses" }
  | { kind: "exampleRequest" }
  | { kind: "requestPath" }
  | { kind: "requestHeader" }
  | { kind: "requestBody" }
  | { kind: "exampleResponse" }
  | { kind: "response"; status: string };

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
  const st: VersionState = { ctx, version, read: { namedExamples: [], referenced: [] }, description: [], parameters: [], responses: [], responseExamples: new Map(), mode: { kind: "none" } };

  for (const block of section.blocks) {
    if (readBlock(st, block)) ctx.consumed.add(block);
  }

  const { read, method, path, parameters, requestBody, responses, bodyExample, description, state, status, notBefore, exampleRequestPath } = st;
  if (method === undefined || path === undefined) {
    sink.error("scp-no-method-path", `API version section "${section.number ?? ""} - ${section.title}" of ${JSON.stringify(apiTitle)} has no "METHOD /path" line`, source);
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
    const boilerplate = mayBeBoilerplate(text, ctx.labels);
    const norm = text.length <= 64 || boilerplate ? normaliseLabel(text.length <= 160 ? text : text.slice(0, 160)) : "";
    const next = labelMode(ctx, text, norm);
    if (next) {
      st.mode = next;
      return true;
    }
    const mp = st.method === undefined ? METHOD_PATH.exec(text) : null;
    if (mp) {
      st.method = mp[1]!.toLowerCase();
      st.path = mp[2]!;
      return true;
    }
    const state = ctx.stateLine.exec(text);
    if (state) {
      st.state = state[1]!.toUpperCase();
      st.status = state[2]!.toUpperCase();
      return true;
    }
    if (boilerplate && isBoilerplateNormalised(norm, ctx.labels)) return true;
  }
  if (block.kind === "table") return readTable(st, block);
  return readModeContent(st, block);
}

function labelMode(ctx: ScpContext, text: string, norm: string): Mode | undefined {
  if (text.length > 64) return undefined;
  const kind = ctx.sectionLabels.get(norm);
  if (kind) return { kind };
  const r = ctx.responseLine.exec(text.trim());
  if (r) return { kind: "response", status: r[1]!.toLowerCase() };
  return undefined;
}

function readTable(st: VersionState, table: TableBlock): boolean {
  const { ctx, version } = st;
  const { labels, sink } = ctx;
  const c = labels.columns;
  if (headerIs(table.header, [c.version, c.notBefore]) || headerIs(table.header, [c.version, c.status, c.notBefore])) {
    const nb = table.header.findIndex((h) => matchesAny(h.text, c.notBefore));
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
  if (headerIs(table.header, [c.type, c.name, c.description, c.schema, c.default])) {
    for (const row of table.rows) readParameterRow(st, row.cells.map((x) => x.text), row.pos);
    return true;
  }
  if (headerIs(table.header, [c.httpCode, c.description, c.schema])) {
    for (const row of table.rows) readResponseRow(st, row.cells.map((x) => x.text), row.pos);
    return true;
  }
  sink.error("scp-unknown-table", `table with columns [${table.header.map((h) => h.text).join(", ")}] is not one the SCP dialect can read here`, table.pos);
  return false;
}

function readParameterRow(st: VersionState, cells: string[], pos: Position): void {
  const { ctx } = st;
  const { sink } = ctx;
  const { row, fields } = readRow(ctx, cells, 2, 3, 1);
  const where = (row.lead[0] ?? "").trim().toLowerCase();
  const { name, required } = splitNameCell(ctx, row.lead[1] ?? "", pos);
  if (name === "") {
    sink.error("scp-unreadable-row", `parameter row has no name: | ${cells.join(" | ")} |`, pos);
    return;
  }
  if (row.schema) st.read.referenced.push(...referencedNames(row.schema));
  if (where === "body") {
    if (!row.schema) {
      sink.error("scp-unreadable-row", `body parameter ${JSON.stringify(name)} has no schema: | ${cells.join(" | ")} |`, pos);
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
  const schema = parameterSchema(row.schema, fields, row.defaultText, ctx, pos);
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

function readResponseRow(st: VersionState, cells: string[], pos: Position): void {
  const { ctx } = st;
  const statusCode = (cells[0] ?? "").trim();
  if (!/^(\d{3}|default)$/i.test(statusCode)) {
    ctx.sink.error("scp-unreadable-row", `response row has no HTTP status code: | ${cells.join(" | ")} |`, pos);
    return;
  }
  const { row } = readRow(ctx, cells, 1, 2, 1, 2);
  const schemaText = (row.schemaText ?? "").trim();
  if (!row.schema && !ctx.labels.none.includes(schemaText) && row.description.includes("|")) {
    ctx.sink.warn("scp-missing-schema-cell", `response ${statusCode} row could not be split into description and schema`, pos);
  }
  if (row.schema) st.read.referenced.push(...referencedNames(row.schema));
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
        st.description.push(block.text);
        return true;
      }
      return false;
    case "requestPath":
      if ((block.kind === "paragraph" || block.kind === "code") && st.exampleRequestPath === undefined) {
        st.exampleRequestPath = block.text.trim();
        return true;
      }
      return false;
    case "requestHeader": {
      if (block.kind !== "paragraph" && block.kind !== "code") return false;
      const lines = block.text.split("\n").map((l) => l.trim()).filter((l) => l !== "");
      const parsed = lines.map((l) => HEADER_LINE.exec(l));
      if (parsed.some((p) => p === null)) return false;
      for (const p of parsed) {
        if (matchesAny(p![1]!, st.ctx.labels.versionHeader)) {
          const [service, v] = p![2]!.trim().split(/\s+/);
          if (service && v) st.read.versionHeader = { service, version: v, source: block.pos };
        }
      }
      return true;
    }
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
  const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
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
