/**
 * Status sections ("Block Storage Status", "Snapshot status": a `Status Name | Description` table) →
 * the values of the status fields they describe. A field takes a status table when the field's
 * description names the same subject ("Block storage status"), or its parent object does
 * (`snapshot.status`), or, for an `Enum` field, when its group holds exactly one status table.
 */
import type { Position, TableBlock } from "../../document/model.js";
import type { NhnContext } from "./context.js";
import type { NhnLabels } from "./labels.js";
import type { OutlineSection } from "./outline.js";
import { singular } from "./words.js";

export interface StatusTable {
  title: string;
  /** Title without its status word, normalised ("block storage"). */
  subject: string;
  values: string[];
  group?: OutlineSection;
  pos: Position;
}

export function readStatusTable(section: OutlineSection, table: TableBlock, ctx: NhnContext): StatusTable {
  const values: string[] = [];
  for (const row of table.rows) {
    const value = (row.cells[0]?.text ?? "").replace(/`/g, "").trim();
    if (value === "") {
      ctx.sink.warn("nhn-empty-status-value", `status table "${section.title}" has a row without a value`, row.pos);
      continue;
    }
    if (/\s/.test(value)) ctx.sink.warn("nhn-status-value-with-space", `status value ${JSON.stringify(value)} contains a space`, row.pos);
    if (values.includes(value)) ctx.sink.warn("doc-duplicate-status-value", `status value ${JSON.stringify(value)} is listed twice in "${section.title}"`, row.pos);
    else values.push(value);
  }
  return { title: section.title, subject: subjectOf(section.title, ctx.labels), values, ...(section.group ? { group: section.group } : {}), pos: table.pos };
}

export interface StatusField {
  /** Last segment of the field name (`status`). */
  key: string;
  /** Segment above it (`volume`, `snapshots`), when there is one. */
  parentKey?: string;
  description: string;
  isEnum: boolean;
  group?: OutlineSection;
}

export function statusTableFor(field: StatusField, tables: readonly StatusTable[], labels: NhnLabels): StatusTable | undefined {
  const aboutStatus = field.isEnum || labels.statusWords.includes(field.key.toLowerCase());
  if (!aboutStatus || tables.length === 0) return undefined;
  const firstLine = field.description.split("\n")[0] ?? "";
  if (mentionsStatus(firstLine, labels)) {
    const subject = subjectOf(firstLine, labels);
    const hit = tables.find((t) => t.subject !== "" && t.subject === subject);
    if (hit) return hit;
  }
  if (field.parentKey) {
    const parent = subjectOf(field.parentKey.replace(/[_-]+/g, " "), labels);
    const hit = tables.find((t) => t.subject === parent);
    if (hit) return hit;
  }
  if (field.isEnum && field.group) {
    const inGroup = tables.filter((t) => t.group === field.group);
    if (inGroup.length === 1) return inGroup[0];
  }
  return undefined;
}

function mentionsStatus(text: string, labels: NhnLabels): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .some((w) => labels.statusWords.includes(w));
}

/** "Block Storage Status" → "block storage": lower case, status words and punctuation removed. */
export function subjectOf(text: string, labels: NhnLabels): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !labels.statusWords.includes(w))
    .map(singular)
    .join(" ");
}
