/**
 * The Overview of an SCP service: description, the version table (Version | Status | Not Before),
 * the OpenAPI URL with `{region}`/`{environment}` and the environment/region list → servers.
 */
import type { ServerInfo, ServerVariableInfo, VersionInfo } from "../../api-model.js";
import type { Block, Position, TableBlock } from "../../document/model.js";
import type { ScpContext } from "./context.js";
import { columnIndex, headerIs, isLabel, isoDate } from "./context.js";
import { isBoilerplate, matchesAny } from "./labels.js";

export interface OverviewRead {
  description?: string;
  versions: VersionInfo[];
  servers: ServerInfo[];
}

type Mode = "none" | "overview" | "version" | "url" | "regions";

export function readOverview(blocks: readonly Block[], ctx: ScpContext): OverviewRead {
  const { labels, sink } = ctx;
  const c = labels.columns;
  const description: string[] = [];
  const versions: VersionInfo[] = [];
  let url: { text: string; pos: Position } | undefined;
  let regionTable: TableBlock | undefined;
  let mode: Mode = "none";
  for (const block of blocks) {
    if (isLabel(block, labels.overview)) mode = "overview";
    else if (isLabel(block, labels.version)) mode = "version";
    else if (isLabel(block, labels.openapiUrl)) mode = "url";
    else if (isLabel(block, labels.environmentRegionList)) mode = "regions";
    else if (block.kind === "paragraph" && isBoilerplate(block.text, labels)) {
      // consumed below
    } else if (block.kind === "table" && headerIs(block.header, [c.version, c.status, c.notBefore])) {
      for (const row of block.rows) {
        const [v, s, nb] = row.cells.map((x) => x.text.trim());
        if (!v || !/^v?\d+(\.\d+)+$/.test(v)) {
          sink.warn("scp-bad-version-row", `version table row without a version: | ${row.cells.map((x) => x.text).join(" | ")} |`, row.pos);
          continue;
        }
        const notBefore = isoDate(nb ?? "");
        const first = versions.find((x) => x.version === v);
        if (first) {
          const same = first.status === s?.toUpperCase() && first.notBefore === notBefore;
          sink.warn("scp-duplicate-version-row", `version ${v} is listed again (first at line ${first.source.line})${same ? "" : " with another status or date"}; the first row is kept`, row.pos);
          continue;
        }
        versions.push({ version: v, ...(s ? { status: s.toUpperCase() } : {}), ...(notBefore ? { notBefore } : {}), source: row.pos });
      }
    } else if (block.kind === "table" && columnIndex(block.header, c.environment) >= 0 && columnIndex(block.header, c.region) >= 0) {
      regionTable = block;
    } else if (mode === "url" && block.kind === "paragraph" && /^https?:\/\//.test(block.text) && !url) {
      url = { text: block.text.trim(), pos: block.pos };
    } else if (mode === "overview" && block.kind === "paragraph") {
      description.push(block.text);
    } else {
      continue;
    }
    ctx.consumed.add(block);
  }
  const servers: ServerInfo[] = [];
  if (url) servers.push(serverFrom(url.text, url.pos, regionTable, ctx));
  else if (regionTable) sink.warn("scp-regions-without-url", `environment/region list without an OpenAPI URL`, regionTable.pos);
  return { ...(description.length > 0 ? { description: description.join("\n") } : {}), versions, servers };
}

function serverFrom(url: string, pos: Position, table: TableBlock | undefined, ctx: ScpContext): ServerInfo {
  const names = [...url.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const variables: Record<string, ServerVariableInfo> = {};
  for (const name of names) {
    const col = table ? table.header.findIndex((h) => matchesAny(h.text, [name]) || matchesAny(h.text, labelsFor(name, ctx))) : -1;
    const values: string[] = [];
    if (table && col >= 0) {
      for (const row of table.rows) {
        const v = row.cells[col]?.text.trim();
        if (v && !values.includes(v)) values.push(v);
      }
    }
    if (values.length === 0) {
      ctx.sink.warn("scp-server-variable-without-values", `server URL variable {${name}} has no listed values`, pos);
      variables[name] = { default: name, enum: [name] };
    } else {
      variables[name] = { default: values[0]!, enum: values };
    }
  }
  return { url, ...(names.length > 0 ? { variables } : {}), source: pos };
}

function labelsFor(variable: string, ctx: ScpContext): string[] {
  const c = ctx.labels.columns;
  if (matchesAny(variable, c.environment)) return c.environment;
  if (matchesAny(variable, c.region)) return c.region;
  return [];
}
