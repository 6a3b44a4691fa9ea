/**
 * The backstop of "partial, located, never silent": a table of the page that no dialect rule read, and that no
 * diagnostic of the page names (at its line or at one of its rows), is a warning at its line. Such a table may hold
 * what the spec lacks (a request body under a caption no rule knows), and only a count of unconsumed blocks would
 * otherwise say so. Prose and examples left over stay in the report's list of unconsumed blocks.
 */
import type { Diagnostic } from "../core/diagnostics.js";
import { isSourceLocation } from "../core/diagnostics.js";
import type { Block, TableBlock } from "./document/model.js";

export function unreadTableWarnings(page: string, unconsumed: readonly Block[], diagnostics: readonly Diagnostic[], vendor: string): Diagnostic[] {
  const named = new Set<number>();
  for (const d of diagnostics) if (isSourceLocation(d.at) && d.at.page === page) named.add(d.at.line);
  const out: Diagnostic[] = [];
  for (const block of unconsumed) {
    if (block.kind !== "table" || linesOf(block).some((line) => named.has(line))) continue;
    const columns = block.header.map((c) => c.text).join(", ");
    out.push({
      ruleId: "table-not-read",
      severity: "warning",
      message: `a table with columns [${columns}] and ${block.rows.length} row${block.rows.length === 1 ? "" : "s"} that no ${vendor} rule reads here; what it says is in no spec`,
      at: block.pos,
      data: { columns: block.header.map((c) => c.text), rows: block.rows.length },
    });
  }
  return out;
}

/** The lines a table takes: its own and its rows'. */
function linesOf(table: TableBlock): number[] {
  return [table.pos.line, ...table.rows.map((r) => r.pos.line)];
}
