/**
 * What a Huawei page says (page-reader.ts) → one operation: the title names it (operationId, summary),
 * Function describes it, the URI line gives method and path, the tables give parameters, request body
 * and responses.
 */
import type { ApiOperation } from "../../api-model.js";
import { operationIdFrom } from "../naming.js";
import { readBody } from "./body.js";
import type { HuaweiContext } from "./context.js";
import type { PageRead } from "./page-reader.js";
import { HEADER_NAME } from "./page-reader.js";
import { readParameters, splitTarget } from "./parameters.js";
import { readResponses } from "./responses.js";
import { isOtherVersion } from "./service.js";

export function buildOperation(read: PageRead, ctx: HuaweiContext): ApiOperation | undefined {
  const { sink } = ctx;
  if (!read.title) return undefined; // reported by the page reader
  const line = read.requestLines[0];
  if (!line) {
    sink.error("huawei-no-request-line", `no "METHOD /path" line (expected under "URI", e.g. "POST /v2/{project_id}/backups")`, read.uriSection ?? read.title.pos);
    return undefined;
  }
  for (const other of read.requestLines.slice(1)) {
    const path = splitTarget(other.target).path;
    if (other.method !== line.method || (path !== splitTarget(line.target).path && !isOtherVersion(path, splitTarget(line.target).path))) {
      sink.warn("huawei-several-request-lines", `a second URI line ${other.method.toUpperCase()} ${other.target}; the page's operation is ${line.method.toUpperCase()} ${line.target}`, other.pos);
    }
  }
  const target = splitTarget(line.target);
  if (line.method === "get" || line.method === "head") parametersFromBodyTables(read, line.method, ctx);
  const parameters = readParameters(read, target, line.pos, ctx);

  if (read.request.none && (read.request.tables.length > 0 || read.request.examples.length > 0)) {
    sink.warn("doc-request-none-but-body", `the Request section says None but also gives body parameters or an example`, read.request.none);
  }
  const body = readBody(read.request.tables, read.request.examples, "request body", ctx);
  for (const e of body?.unmatched ?? []) sink.warn("huawei-unused-example", `request body: this example shares no field with the request tables; left out`, e.pos);
  for (const e of body?.alternatives ?? []) sink.warn("huawei-unused-example", `request body: another example of this body; only the one sharing most fields with the tables is attached`, e.pos);

  const example = read.exampleRequests.find((e) => e.target !== line.target);
  if (example && example.method !== line.method) {
    sink.warn("doc-example-request-method", `the example request uses ${example.method.toUpperCase()}, the URI ${line.method.toUpperCase()}`, example.pos);
  }
  const description = read.description.join("\n");
  return {
    apiVersion: "",
    method: line.method,
    path: target.path,
    operationId: operationIdOf(read.title.text, line.method, target.path),
    summary: read.title.text,
    ...(description ? { description } : {}),
    tags: [],
    deprecated: false,
    parameters,
    ...(body
      ? {
          requestBody: {
            required: body.required,
            contentType: "application/json",
            schema: body.schema,
            ...(body.example !== undefined ? { example: body.example } : {}),
            source: body.source,
          },
        }
      : {}),
    responses: readResponses(read, read.title.pos, ctx),
    ...(example ? { exampleRequestPath: example.target } : {}),
    source: read.title.pos,
  };
}

/**
 * A GET sends no body, but some pages list its header, path and query parameters in one flat table captioned
 * "Request parameters" (DDS: `X-Auth-Token`, `project_id`, `offset`, `limit`): those rows are its parameters, by
 * name (a header name, a path placeholder, else the query), not a request body. Not when the request shows an
 * example body or the table has nested tables (then the page does describe a body).
 */
function parametersFromBodyTables(read: PageRead, method: string, ctx: HuaweiContext): void {
  const tables = read.request.tables;
  if (tables.length === 0 || read.request.examples.length > 0 || tables.some((t) => t.of !== undefined)) return;
  const rows = tables.flatMap((t) => t.rows);
  const headers = rows.filter((r) => HEADER_NAME.test(r.name));
  const rest = rows.filter((r) => !HEADER_NAME.test(r.name));
  if (headers.length > 0) read.headerTables.push({ rows: headers, pos: tables[0]!.pos });
  if (rest.length > 0) read.uriTables.push({ rows: rest, pos: tables[0]!.pos });
  read.request.tables = [];
  ctx.sink.warn(
    "doc-get-request-body",
    `a ${method.toUpperCase()} request sends no body, but its request table lists ${rows.map((r) => r.name).join(", ")}; read as its header, path and query parameters`,
    tables[0]!.pos,
  );
}

/**
 * The title's words ("Querying Alarm Rules" → queryingAlarmRules, "创建实例 - CreateInstance" → createInstance); a
 * title without Latin words (zh-cn: "设置存储库策略") names the operation by its method and path instead
 * (POST /v3/{project_id}/vaults/{vault_id}/associatepolicy → postV3ProjectIdVaultsVaultIdAssociatepolicy), so no two
 * such pages share one id.
 */
function operationIdOf(title: string, method: string, path: string): string {
  const fromTitle = operationIdFrom(title);
  return /[A-Za-z0-9]/.test(title) ? fromTitle : operationIdFrom(`${method} ${path.replace(/[{}]/g, " ")}`);
}
