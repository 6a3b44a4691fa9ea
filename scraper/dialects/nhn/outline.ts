/**
 * The outline of an NHN API guide: the page title ("Storage > Block Storage > API v2 Guide"), the
 * introduction, and sections, each an API (it holds a `METHOD /path` line), a status section (it holds
 * a `Status Name | Description` table) or a group heading (the tag of the APIs after it).
 *
 * Markdown and HTML pages have real headings: a group is the nearest earlier non-API heading of a
 * higher level. A text capture has none: a title is a short Title Case line without final punctuation,
 * and a group is a title directly followed by another title ("Snapshot", then "Snapshot status").
 */
import type { Block } from "../../document/model.js";
import { captionOf, requestLineFromTable } from "./captions.js";
import { layoutOf, looksLikeHeaderLine } from "./columns.js";
import { lineText } from "./context.js";
import type { NhnLabels } from "./labels.js";
import { apiPartLabels, escapeRegExp, isCombinedPartLabel, matchesAny, partHeadingLabels } from "./labels.js";
import type { MethodLine } from "./lines.js";
import { isMethodLine, parseHeaderLine, parseMethodLine } from "./lines.js";

export type SectionKind = "api" | "status" | "other";

export interface OutlineSection {
  title: string;
  heading: Block;
  /** Heading level when the page has real headings. */
  level?: number;
  blocks: Block[];
  kind: SectionKind;
  group?: OutlineSection;
}

export interface PageOutline {
  title?: { text: string; block: Block };
  intro: Block[];
  sections: OutlineSection[];
  /** Page chrome ("TOP"). */
  chrome: Block[];
}

const MAX_TITLE_LENGTH = 100;
const MAX_TITLE_WORDS = 12;
/** Description sentences allowed between a sentence-case API title and its request line. */
const MAX_DESCRIPTION_LINES = 4;

export interface OutlineOptions {
  /**
   * The page is one section of a guide split into files (its front matter says so): only a breadcrumb is a
   * title; its first line is the section's own heading, not the page title.
   */
  splitSection?: boolean;
}

export function outlinePage(blocks: readonly Block[], labels: NhnLabels, options: OutlineOptions = {}): PageOutline {
  const outline: PageOutline = { intro: [], sections: [], chrome: [] };
  const realHeadings = blocks.some((b) => b.kind === "heading");
  const titleAt = titleIndex(blocks, labels, options.splitSection === true);
  const lead = titledHeadingBefore(blocks, titleAt);
  let current: OutlineSection | undefined;
  for (const [k, block] of blocks.entries()) {
    const text = lineText(block);
    if (k < titleAt && block !== lead) continue; // site chrome before the title of a saved page: left unread
    if (text !== undefined && matchesAny(text, labels.boilerplate)) {
      outline.chrome.push(block);
      continue;
    }
    if (k === titleAt) {
      outline.title = { text: text!.trim(), block };
      continue;
    }
    if (block === lead) {
      // "## CreateBucket" over "**… > API Guide > Bucket > CreateBucket**": the page's one API, titled before its breadcrumb.
      current = { title: lead.title.trim(), heading: lead, level: lead.level, blocks: [], kind: "other" };
      outline.sections.push(current);
      continue;
    }
    if (isSectionStart(block, realHeadings, current, labels) || startsNestedApi(blocks, k, current, labels) || (!realHeadings && isApiTitleLine(blocks, k, labels))) {
      current = { title: text!.trim(), heading: block, ...(block.kind === "heading" ? { level: block.level } : {}), blocks: [], kind: "other" };
      outline.sections.push(current);
      continue;
    }
    (current ? current.blocks : outline.intro).push(block);
  }
  for (const s of outline.sections) s.kind = sectionKind(s, labels);
  outline.sections.forEach((s, k) => {
    if (s.kind === "other") return;
    const group = findGroup(outline.sections, k, realHeadings);
    if (group) s.group = group;
    // `### Upload Binary` over `#### Version 2.1` and its request line (Deploy guides): the API is the group's, in
    // that version.
    if (group && VERSION_TITLE.test(s.title)) s.title = `${group.title} (${s.title})`;
  });
  return outline;
}

/** A heading that is only a version: `Version 2.1`, `v2`, `버전 1.0`. */
const VERSION_TITLE = /^(?:version|ver\.?|버전)?\s*v?\d+(?:\.\d+)*$/i;

/**
 * The page title: the first breadcrumb naming the guide ("Storage > Block Storage > API v2 Guide"), else the
 * first line (-1, no title, for a split section without a breadcrumb).
 */
function titleIndex(blocks: readonly Block[], labels: NhnLabels, breadcrumbOnly: boolean): number {
  const guide = new RegExp(`(^|\\s)(${labels.guideWords.map(escapeRegExp).join("|")})($|\\s)`, "i");
  const breadcrumb = blocks.findIndex((b) => {
    const t = lineText(b);
    return t !== undefined && /\S\s+>\s+\S/.test(t) && guide.test(t);
  });
  if (breadcrumb >= 0 || breadcrumbOnly) return breadcrumb;
  return blocks.findIndex((b) => lineText(b) !== undefined && !matchesAny(lineText(b)!, labels.boilerplate));
}

/**
 * A heading right before the breadcrumb that names the last segment of it (`## CreateBucket` over `**Data & Analytics >
 * Data Lake Storage > API Guide > Bucket > CreateBucket**`): the page's one section, not site chrome.
 */
function titledHeadingBefore(blocks: readonly Block[], titleAt: number): Extract<Block, { kind: "heading" }> | undefined {
  const before = titleAt > 0 ? blocks[titleAt - 1] : undefined;
  const title = blocks[titleAt];
  if (before?.kind !== "heading" || title === undefined) return undefined;
  const segments = (lineText(title) ?? "").split(/\s+>\s+/);
  const last = segments[segments.length - 1]?.replace(/^\*+|\*+$/g, "").trim();
  return segments.length > 1 && last !== undefined && last === before.title.trim() ? before : undefined;
}

function isSectionStart(block: Block, realHeadings: boolean, current: OutlineSection | undefined, labels: NhnLabels): boolean {
  if (block.kind === "heading") {
    if (matchesAny(block.title, partHeadingLabels(labels)) || isCombinedPartLabel(block.title, labels)) return false;
    // "##### Method, URL" / "##### Request Body" under an API heading: a caption over the API's request line or a table.
    if (current !== undefined && captionOf(block, labels) !== undefined) return false;
    // A heading under an API's own level ("#### Note") is content of the API.
    if (current?.level !== undefined && block.level > current.level && hasMethodLine(current.blocks, labels)) return false;
    return true;
  }
  return !realHeadings && block.kind === "paragraph" && isTitleLine(block.text, labels);
}

/** A line of a text capture that reads as a heading: short, Title Case, no final punctuation. */
/**
 * A heading under an API's level that is an API of its own: its blocks, up to the next heading as high, hold a
 * Request part heading and a request line ("## Swagger Export" then "### 스테이지 생성" with "#### 요청" and its URI).
 */
function startsNestedApi(blocks: readonly Block[], k: number, current: OutlineSection | undefined, labels: NhnLabels): boolean {
  const block = blocks[k]!;
  if (block.kind !== "heading" || current?.level === undefined || block.level <= current.level || !hasMethodLine(current.blocks, labels)) return false;
  if (matchesAny(block.title, partHeadingLabels(labels))) return false;
  let end = k + 1;
  while (end < blocks.length && !(blocks[end]!.kind === "heading" && (blocks[end] as { level: number }).level <= block.level)) end++;
  const own = blocks.slice(k + 1, end);
  return own.some((b) => b.kind === "heading" && matchesAny(b.title, labels.request)) && hasMethodLine(own, labels);
}

export function isTitleLine(text: string, labels: NhnLabels): boolean {
  const t = text.trim();
  if (!isShortLabelLine(t, labels)) return false;
  const words = t.split(/\s+/);
  if (words.length <= 2) return true;
  const significant = words.filter((w) => !labels.minorWords.includes(w.toLowerCase()));
  const capitalised = significant.filter((w) => /^[^\p{Ll}]/u.test(w));
  return capitalised.length * 2 >= significant.length;
}

/** Short, unpunctuated, not a request line, header line, URL, table header, part label or disclosure label. */
function isShortLabelLine(t: string, labels: NhnLabels): boolean {
  if (t === "" || t.length > MAX_TITLE_LENGTH || t.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  if (/[.:;,!?。]$/.test(t) || !/^[\p{Lu}\p{Lo}\d]/u.test(t)) return false;
  if (isMethodLine(t) || parseHeaderLine(t) || /^https?:/i.test(t) || looksLikeHeaderLine(t, labels)) return false;
  return !matchesAny(t, apiPartLabels(labels)) && !matchesAny(t, labels.disclosure);
}

/**
 * An API title in sentence case ("See the security groups"), which `isTitleLine` does not take: a short
 * unpunctuated line standing alone (blank lines around it), followed by the API's request line with only
 * its description between: sentences, or one more such line ("Deleting a security group", then "Delete a
 * specified security group": the first is the title, so a line after a sentence-case title is not one).
 */
function isApiTitleLine(blocks: readonly Block[], k: number, labels: NhnLabels): boolean {
  if (!isStandaloneLabelLine(blocks, k, labels)) return false;
  const prev = blocks[k - 1];
  if (prev && isStandaloneLabelLine(blocks, k - 1, labels) && !isTitleLine(lineText(prev)!, labels)) return false;
  for (let j = k + 1; j < blocks.length && j <= k + MAX_DESCRIPTION_LINES + 1; j++) {
    const t = lineText(blocks[j]!)?.trim();
    if (t === undefined) return false;
    if (isMethodLine(t)) return true;
    if (!/[.:;!?。]$/.test(t) && !isStandaloneLabelLine(blocks, j, labels)) return false;
  }
  return false;
}

/** A paragraph that is a short label line with blank lines around it. */
function isStandaloneLabelLine(blocks: readonly Block[], k: number, labels: NhnLabels): boolean {
  const b = blocks[k]!;
  if (b.kind !== "paragraph" || !isShortLabelLine(b.text.trim(), labels)) return false;
  const prev = blocks[k - 1];
  const next = blocks[k + 1];
  return !(prev && prev.pos.line >= b.pos.line - 1) && !(next && next.pos.line <= b.pos.line + 1);
}

function hasMethodLine(blocks: readonly Block[], labels: NhnLabels): boolean {
  return requestLineOf(blocks, labels) !== undefined;
}

/**
 * The first `METHOD /path` line among a section's blocks (a paragraph, the first line of a code block, or
 * the row of a `| Method | URI |` table).
 */
export function requestLineOf(blocks: readonly Block[], labels: NhnLabels): MethodLine | undefined {
  for (const b of blocks) {
    if (b.kind === "table") {
      const row = requestLineFromTable(b, labels);
      if (row) return row.line;
      continue;
    }
    const text = b.kind === "paragraph" ? b.text : b.kind === "code" && b.json === undefined ? firstLine(b.text) : undefined;
    const line = text !== undefined ? parseMethodLine(text) : undefined;
    if (line) return line;
  }
  return undefined;
}

function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .find((l) => l.trim() !== "")
      ?.trim() ?? ""
  );
}

function sectionKind(s: OutlineSection, labels: NhnLabels): SectionKind {
  if (hasMethodLine(s.blocks, labels)) return "api";
  const valueTable = s.blocks.some(
    (b) =>
      b.kind === "table" &&
      layoutOf(
        b.header.map((c) => c.text),
        labels,
      )?.kind === "values",
  );
  return valueTable ? "status" : "other";
}

function findGroup(sections: readonly OutlineSection[], index: number, realHeadings: boolean): OutlineSection | undefined {
  const s = sections[index]!;
  for (let k = index - 1; k >= 0; k--) {
    const p = sections[k]!;
    if (p.kind !== "other") continue;
    if (realHeadings) {
      if (p.level !== undefined && s.level !== undefined && p.level < s.level) return p;
    } else if (p.blocks.length === 0) {
      return p;
    }
  }
  return undefined;
}
