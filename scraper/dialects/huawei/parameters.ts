/**
 * Path, query and header parameters: rows of the URI section's tables whose names appear in the path
 * template are path parameters, the others query parameters ("Request filter parameter description");
 * rows of a request header table are header parameters (except the auth token, see security.ts).
 * Every `{name}` of the path is a path parameter even when no table lists it (reported).
 */
import { applyProseConstraints, proseLines } from "../../prose/constraints.js";
import { applyEnumeration } from "./enumerations.js";
import { withLengthLimits } from "./limit-labels.js";
import type { ApiParameter, JsonSchema } from "../../api-model.js";
import type { Position } from "../../document/model.js";
import type { HuaweiContext } from "./context.js";
import type { FieldRow } from "./fields.js";
import type { PageRead } from "./page-reader.js";

export interface SplitTarget {
  path: string;
  /** Names of `{name}` placeholders in the query string of the URI line. */
  queryNames: string[];
}

export function splitTarget(target: string): SplitTarget {
  // A URI template's form-style query, "/v3/groups{?domain_id,name}" (RFC 6570): the names after "{?".
  const template = /^([^{?]*(?:\{[^?}]*\}[^{?]*)*)\{\?([^}]*)\}$/.exec(target);
  if (template) return splitTarget(`${template[1]!}?${template[2]!.split(",").join("&")}`);
  const q = target.indexOf("?");
  const path = q >= 0 ? target.slice(0, q) : target;
  const query = q >= 0 ? target.slice(q + 1) : "";
  const queryNames = query
    .split("&")
    .map((pair) => pair.split("=")[0]!.replace(/[{}]/g, "").trim())
    .filter((n) => n !== "");
  return { path: path.length > 1 ? path.replace(/\/+$/, "") : path, queryNames };
}

export function readParameters(read: PageRead, target: SplitTarget, linePos: Position, ctx: HuaweiContext): ApiParameter[] {
  const { sink } = ctx;
  const pathNames = [...target.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const out: ApiParameter[] = [];
  const add = (p: ApiParameter) => {
    if (out.some((x) => x.name === p.name && x.in === p.in)) {
      sink.warn("doc-duplicate-parameter", `${p.in} parameter ${JSON.stringify(p.name)} is listed twice; the first row is kept`, p.source);
      return;
    }
    applyEnumeration(p.schema, p.description ?? "", ctx.labels);
    applyProseConstraints(p.schema, withLengthLimits(proseLines(p.description, p.source), p.schema, ctx.labels), { sink, where: `${p.in} parameter ${JSON.stringify(p.name)}` });
    out.push(p);
  };
  for (const row of read.uriTables.flatMap((t) => t.rows)) {
    if (pathNames.includes(row.name)) {
      if (row.required === false) sink.warn("doc-path-parameter-optional", `path parameter ${JSON.stringify(row.name)} is marked not mandatory; path parameters always are`, row.pos);
      add(parameter(row, "path", true, { type: "string" }));
    } else {
      add(parameter(row, "query", row.required === true, { type: "string" }));
    }
  }
  for (const row of read.headerTables.flatMap((t) => t.rows)) add(parameter(row, "header", row.required === true, { type: "string" }));
  for (const name of pathNames) {
    if (!out.some((p) => p.in === "path" && p.name === name)) {
      sink.warn("doc-path-parameter-undocumented", `the URI uses {${name}} but no parameter table lists it; declared as a string path parameter`, linePos, { parameter: name });
      out.push({ name, in: "path", required: true, schema: { type: "string" }, source: linePos });
    }
  }
  for (const name of target.queryNames) {
    if (!out.some((p) => p.in === "query" && p.name === name)) {
      sink.warn("doc-query-parameter-undocumented", `the URI's query string has ${JSON.stringify(name)} but no parameter table lists it; declared as an optional string query parameter`, linePos, {
        parameter: name,
      });
      out.push({ name, in: "query", required: false, schema: { type: "string" }, source: linePos });
    }
  }
  return out;
}

function parameter(row: FieldRow, where: ApiParameter["in"], required: boolean, fallback: JsonSchema): ApiParameter {
  return {
    name: row.name,
    in: where,
    required,
    ...(row.description ? { description: row.description } : {}),
    schema: row.type && Object.keys(row.type.schema).length > 0 ? structuredClone(row.type.schema) : fallback,
    source: row.pos,
  };
}
