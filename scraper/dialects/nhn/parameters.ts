/**
 * The parameters of one API: URL / Query / Header rows of its Request table and the header lines of its
 * request block. The auth header (`X-Auth-Token: {tokenId}`, and the `tokenId` row describing it) is set
 * aside for the security scheme; a fixed `Content-Type` line gives the body's media type.
 */
import { splitRepeatedParameters } from "../../parameter-repeats.js";
import type { ApiParameter, JsonSchema } from "../../api-model.js";
import type { Position } from "../../document/model.js";
import type { HeaderLine } from "./lines.js";
import type { SchemaEnv } from "./field-schema.js";
import { fieldSchema } from "./field-schema.js";
import type { FieldRow } from "./field-table.js";
import { matchesAny } from "./labels.js";
import { commonParametersOf } from "./common-parameters.js";

export interface AuthHeader {
  header: string;
  /** The description of the row documenting the token ("Token ID"). */
  description?: string;
  pos: Position;
}

export interface ParametersRead {
  parameters: ApiParameter[];
  contentType: string;
  auth?: AuthHeader;
  /** Format cells of the path parameters, for checks across operations. */
  pathFormats: Array<{ name: string; format: string; pos: Position }>;
}

export function readParameters(
  rows: readonly FieldRow[],
  headers: ReadonlyArray<HeaderLine & { pos: Position }>,
  method: string,
  path: string,
  pathPos: Position,
  env: SchemaEnv,
  /** The request line's query template (`?p={param}`), when it has one. */
  query?: string,
): ParametersRead {
  const { labels } = env.ctx;
  const read: ParametersRead = { parameters: [], contentType: "application/json", pathFormats: [] };
  const headerRows = new Map(rows.filter((r) => r.location === "header").map((r) => [r.name, r]));
  for (const h of headers) {
    // The table row documenting a header line: by the line's placeholder (`{tokenId}` → the `tokenId` row) or its name.
    const row = (h.placeholder !== undefined ? headerRows.get(h.placeholder) : undefined) ?? headerRows.get(h.name);
    if (row) headerRows.delete(row.name);
    if (matchesAny(h.name, labels.authHeaders)) {
      read.auth = { header: h.name, ...(row?.description ? { description: row.description } : {}), pos: h.pos };
    } else if (matchesAny(h.name, ["Content-Type"]) && h.placeholder === undefined) {
      read.contentType = h.value;
    } else {
      // A header's value is text: a row without a data type (`| X-NHN-REGION | Region | KR1 |`) does not make it untyped.
      const fromRow = row ? parameterSchema(row, env) : undefined;
      const schema: JsonSchema =
        fromRow && Object.keys(fromRow).length > 0 ? fromRow : { type: "string", ...(h.pattern !== undefined ? { pattern: h.pattern } : h.placeholder === undefined ? { enum: [h.value] } : {}) };
      read.parameters.push({ name: h.name, in: "header", required: row?.required ?? true, ...(row?.description ? { description: row.description } : {}), schema, source: row?.pos ?? h.pos });
    }
  }
  for (const row of rows) {
    if (row.location === "body" || (row.location === "header" && !headerRows.has(row.name))) continue;
    if (row.location === "header" && readHeaderValueRow(row, method, read, env)) continue;
    if (row.location === "header" && matchesAny(row.name, labels.authHeaders)) {
      // The token header listed by its own name (no `{tokenId}` placeholder line).
      const description = read.auth?.description ?? (row.description || undefined);
      read.auth = { header: read.auth?.header ?? row.name, ...(description ? { description } : {}), pos: read.auth?.pos ?? row.pos };
      continue;
    }
    if (row.location === "path") read.pathFormats.push({ name: row.name, format: row.format, pos: row.pos });
    // The schema first: a Default cell that is no value of the type joins the row's description there.
    // A header's value and a path segment are text: a row of either without a data type is a string (its prose still read).
    const untyped = (row.location === "header" || row.location === "path") && row.format.trim() === "";
    const schema = parameterSchema(untyped ? { ...row, format: "String" } : row, env);
    read.parameters.push({
      name: row.name,
      in: row.location,
      required: row.location === "path" ? true : (row.required ?? false),
      ...(row.description ? { description: row.description } : {}),
      schema,
      source: row.pos,
    });
  }
  // The page's common path parameters and headers (tables outside any API) this API uses and does not list itself.
  const common = commonParametersOf(env.ctx.commonParameters, read.parameters, [...headers.map((h) => h.name), ...(read.auth ? [read.auth.header] : [])], path, pathPos, env.where, env.ctx);
  read.parameters = [...common.path, ...read.parameters, ...common.header];
  checkPathParameters(path, query, read.parameters, rows, pathPos, env);
  read.parameters = withoutRepeats(read.parameters, env);
  return read;
}

/** A parameter listed twice (`| userId | User ID |` on two rows): the first kept, the repeat reported (OpenAPI allows one). */
function withoutRepeats(parameters: readonly ApiParameter[], env: SchemaEnv): ApiParameter[] {
  const { kept, repeats } = splitRepeatedParameters(parameters);
  for (const { repeat: p, first } of repeats) {
    env.ctx.sink.warn("doc-duplicate-parameter", `${env.where}: ${p.in} parameter ${JSON.stringify(p.name)} is listed twice; the first is kept`, p.source, { first: first.source, second: p.source });
  }
  return kept;
}

/**
 * A row of a header table with a Value column that is no header to send (`| Property name | Value |` over
 * `| Http Method | POST |` and `| Content-Type | application/json |`, In-App Purchase guides): the method the request
 * line gives, or the body's media type. True when the row is one of these (it is not a parameter).
 */
function readHeaderValueRow(row: FieldRow, method: string, read: ParametersRead, env: SchemaEnv): boolean {
  const { sink, labels } = env.ctx;
  if (row.value === undefined) return false;
  if (matchesAny(row.name, labels.requestLineColumns.method)) {
    if (row.value.toLowerCase() === method.toLowerCase()) sink.info("nhn-method-row", `${env.where}: the header table's ${JSON.stringify(row.name)} row repeats the request line's method`, row.pos);
    else
      sink.warn(
        "doc-method-row-mismatch",
        `${env.where}: the header table's ${JSON.stringify(row.name)} row says ${row.value}, the request line ${method.toUpperCase()}; the request line is used`,
        row.pos,
      );
    return true;
  }
  if (matchesAny(row.name, ["Content-Type"]) && !/[{}]/.test(row.value)) {
    read.contentType = row.value;
    return true;
  }
  return false;
}

export function parameterSchema(row: FieldRow, env: SchemaEnv): JsonSchema {
  // The parameter carries the row's x-source itself.
  const { description: _description, "x-source": _source, ...schema } = fieldSchema({ key: row.name, path: row.name, row, children: [] }, [], undefined, env);
  return schema;
}

/**
 * Every `{name}` of the path must be a path parameter, and every path parameter in the path; a URL row
 * named like a placeholder but not quite (`Account` for `{Storage Account}`) is that placeholder.
 */
function checkPathParameters(path: string, query: string | undefined, parameters: ApiParameter[], rows: readonly FieldRow[], pos: Position, env: SchemaEnv): void {
  const { sink } = env.ctx;
  const queryKeys = new Set(
    (query ?? "")
      .replace(/^\?/, "")
      .split("&")
      .map((pair) => pair.split("=")[0]!.trim())
      .filter((k) => k !== ""),
  );
  const inPath = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  for (const name of inPath) {
    if (parameters.some((p) => p.in === "path" && p.name === name)) continue;
    const like = parameters.filter((p) => p.in === "path" && !inPath.includes(p.name) && sameParameter(p.name, name));
    if (like.length === 1) {
      sink.warn("doc-path-parameter-name-differs", `${env.where}: path ${path} writes {${name}}, the Request table ${JSON.stringify(like[0]!.name)}; read as {${name}}`, like[0]!.source, {
        table: like[0]!.source,
        path: pos,
      });
      like[0]!.name = name;
      continue;
    }
    const elsewhere = parameters.find((p) => p.in !== "path" && p.name === name);
    if (elsewhere) {
      sink.warn(
        "doc-parameter-location-differs",
        `${env.where}: {${name}} is in the path ${path}, the Request table gives it as a ${elsewhere.in} parameter; read as a path parameter`,
        elsewhere.source,
        { table: elsewhere.source, path: pos },
      );
      elsewhere.in = "path";
      elsewhere.required = true;
      continue;
    }
    sink.warn("doc-undeclared-path-parameter", `${env.where}: path ${path} uses {${name}} but the Request table does not list it; declared as a string`, pos);
    parameters.push({ name, in: "path", required: true, schema: { type: "string" }, source: pos });
  }
  for (let k = parameters.length - 1; k >= 0; k--) {
    const p = parameters[k]!;
    if (p.in === "path" && !inPath.includes(p.name)) {
      // `POST /scraping/v1.0/appkeys/{appkey}/requests?p={param}` over a `p | URL | String | Y` row: a URL parameter
      // the request line's query string names is in the query. Any other is left out.
      if (queryKeys.has(p.name)) {
        sink.warn("doc-path-parameter-not-in-path", `${env.where}: URL parameter ${JSON.stringify(p.name)} is not in the path ${path} but in its query string; read as a query parameter`, p.source);
        p.in = "query";
        p.required = rows.find((r) => r.name === p.name && r.location === "path")?.required ?? false;
        continue;
      }
      sink.warn("doc-path-parameter-not-in-path", `${env.where}: URL parameter ${JSON.stringify(p.name)} does not appear in ${path}; left out`, p.source);
      parameters.splice(k, 1);
    }
  }
}

/** `{Storage Account}` and `Account`, `{tokenId}` and `token-id`: one name written two ways. */
function sameParameter(a: string, b: string): boolean {
  const x = a.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  const y = b.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return x !== "" && y !== "" && (x.endsWith(y) || y.endsWith(x));
}
