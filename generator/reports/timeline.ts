/**
 * The per-service version timeline of the HTML report: an inline SVG (no script, no external asset)
 * with one row per version — a bar up to its Not Before date, open-ended when it has none — and a line
 * at the as-of date. Every label is escaped.
 */
import { daysBetween } from "../rules/dates.js";
import { escapeHtml as h } from "./escape.js";
import type { ServiceCalendar } from "./model.js";

const WIDTH = 760;
const LABEL = 90;
const ROW = 24;
const PAD_DAYS = 45;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function colour(status: string | undefined, past: boolean): string {
  if (past) return "#9e9e9e";
  switch ((status ?? "").toUpperCase()) {
    case "DEPRECATED":
      return "#e8833a";
    case "SUPPORTED":
      return "#3a7be8";
    default:
      return "#2e9d57";
  }
}

export interface TimeRange {
  start: string;
  end: string;
}

/** One axis for every service of a report, so the timelines line up: every Not Before date and the as-of date, padded. */
export function timeRange(services: readonly ServiceCalendar[], asOf: string): TimeRange {
  const dates = [asOf, ...services.flatMap((s) => s.versions.flatMap((v) => (v.notBefore ? [v.notBefore] : [])))].sort();
  return { start: addDays(dates[0]!, -PAD_DAYS), end: addDays(dates.at(-1)!, PAD_DAYS) };
}

export function renderTimeline(s: ServiceCalendar, asOf: string, range: TimeRange = timeRange([s], asOf)): string {
  const { start, end } = range;
  const span = Math.max(1, daysBetween(start, end));
  const x = (iso: string): number => LABEL + ((WIDTH - LABEL - 10) * daysBetween(start, iso)) / span;
  const height = 30 + s.versions.length * ROW + 20;
  const parts: string[] = [];
  s.versions.forEach((v, i) => {
    const y = 24 + i * ROW;
    const endX = v.notBefore ? x(v.notBefore) : WIDTH - 10;
    const title = `${v.version}: ${v.status ?? "no status"}${v.notBefore ? `, Not Before ${v.notBefore}` : ""}`;
    parts.push(
      `<g><title>${h(title)}</title>`,
      `<text x="${LABEL - 8}" y="${y + 14}" text-anchor="end">${h(v.version)}</text>`,
      `<rect x="${LABEL}" y="${y + 3}" width="${Math.max(2, endX - LABEL).toFixed(1)}" height="${ROW - 8}" rx="3" fill="${colour(v.status, v.past)}"${v.notBefore ? "" : ' fill-opacity="0.45"'}/>`,
      v.notBefore
        ? `<text x="${(endX + 4).toFixed(1)}" y="${y + 14}">${h(v.notBefore)}${v.past ? " (past)" : ""}</text>`
        : `<text x="${WIDTH - 14}" y="${y + 14}" text-anchor="end">${h(v.status ?? "")} · no Not Before</text>`,
      `</g>`,
    );
  });
  const ax = x(asOf).toFixed(1);
  parts.push(`<line x1="${ax}" y1="14" x2="${ax}" y2="${height - 14}" stroke="#c62828" stroke-dasharray="4 3"/>`, `<text x="${ax}" y="11" text-anchor="middle" fill="#c62828">as of ${h(asOf)}</text>`);
  parts.push(`<text x="${LABEL}" y="${height - 4}" fill="#666">${h(start)}</text>`, `<text x="${WIDTH - 10}" y="${height - 4}" text-anchor="end" fill="#666">${h(end)}</text>`);
  return `<svg class="timeline" role="img" aria-label="${h(`${s.service} version timeline`)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join("")}</svg>`;
}
