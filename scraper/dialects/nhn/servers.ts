/**
 * The region table (`Type | Region | Endpoint`, regions and endpoints one per line of a cell) →
 * one server per region, described by the region's name.
 */
import type { ServerInfo } from "../../api-model.js";
import type { TableBlock } from "../../document/model.js";
import type { TableLayout } from "./columns.js";
import type { NhnContext } from "./context.js";

export function readRegionTable(table: TableBlock, layout: TableLayout, ctx: NhnContext): ServerInfo[] {
  const col = (role: "endpointType" | "region" | "endpoint") => layout.roles.indexOf(role);
  const types = new Set(table.rows.map((r) => r.cells[col("endpointType")]?.text.trim() ?? "").filter((t) => t !== ""));
  const servers: ServerInfo[] = [];
  for (const row of table.rows) {
    const lines = (role: "region" | "endpoint") =>
      (row.cells[col(role)]?.text ?? "")
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l !== "");
    const regions = lines("region");
    const endpoints = lines("endpoint").flatMap((l) => l.split(/\s+/));
    const type = row.cells[col("endpointType")]?.text.trim();
    if (regions.length !== endpoints.length) {
      ctx.sink.warn("doc-region-endpoint-count", `region table row lists ${regions.length} regions and ${endpoints.length} endpoints; paired in order`, row.pos, { regions, endpoints });
    }
    endpoints.forEach((url, k) => {
      if (!/^https?:\/\//i.test(url)) {
        ctx.sink.warn("nhn-bad-endpoint", `endpoint ${JSON.stringify(url)} is not an http(s) URL; left out`, row.pos);
        return;
      }
      const region = regions[k];
      const description = region && types.size > 1 && type ? `${region} (${type})` : region;
      servers.push({ url: url.replace(/\/+$/, ""), ...(description ? { description } : {}), source: row.pos });
    });
  }
  return servers;
}
