/** Short texts every formatter shares (titles, comparison names, locations), unescaped. */
import { formatLocation } from "../../core/diagnostics.js";
import type { Finding } from "../rules/judge.js";
import type { CalendarVersion, Comparison, DiffReport } from "./model.js";

export function reportTitle(report: DiffReport): string {
  return report.mode === "versions" ? `API version diff: ${report.base}` : `API diff: ${report.base} → ${report.revision}`;
}

export function comparisonTitle(c: Comparison): string {
  if (c.kind === "added") return `${c.service} ${c.revision!.version} (added)`;
  if (c.kind === "removed") return `${c.service} ${c.base!.version} (removed)`;
  const b = c.base!;
  const r = c.revision!;
  if (b.version !== r.version) return `${c.service} ${b.version} → ${r.version}`;
  return b.path === r.path ? `${c.service} ${r.version} (${r.path})` : `${c.service} ${r.version}`;
}

/** Documentation page and line of both sides, `base → revision` when they differ. */
export function sourceText(f: Finding): string {
  const b = f.data.baseSource ? formatLocation(f.data.baseSource) : undefined;
  const r = f.data.revisionSource ? formatLocation(f.data.revisionSource) : undefined;
  if (b && r && b !== r) return `${b} → ${r}`;
  return r ?? b ?? formatLocation(f.at);
}

/** The published page of the finding's documentation line (the side it points into), when the spec knows it. */
export function sourceUrl(f: Finding, c: Comparison): string | undefined {
  const source = (f.data.pointerIn === "base" ? f.data.baseSource : f.data.revisionSource) ?? f.data.revisionSource ?? f.data.baseSource;
  if (!source) return undefined;
  return (f.data.pointerIn === "base" ? c.base : c.revision)?.pages?.[source.page] ?? c.revision?.pages?.[source.page] ?? c.base?.pages?.[source.page];
}

export function clientText(f: Finding): string | undefined {
  const c = f.data.clientImpact;
  if (!c) return undefined;
  return c.method ? `${c.className}.${c.method}()` : c.className;
}

export function daysText(v: Pick<CalendarVersion, "daysRemaining" | "past">): string {
  if (v.daysRemaining === undefined) return "—";
  if (v.past) return `past (${-v.daysRemaining} days ago)`;
  return v.daysRemaining === 0 ? "today" : `${v.daysRemaining} days`;
}
