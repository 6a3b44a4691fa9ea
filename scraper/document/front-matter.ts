/**
 * YAML front matter at the top of a markdown page (`---`, flat `key: value` lines, `---`; or a JBake header,
 * `key=value` lines closed by `~~~~~~`): page metadata,
 * not content. Split documentation sections carry it (`source: api-guide.md`, `section: "Coupon"`);
 * markdown-it would render it as a horizontal rule and a setext heading, so it is taken off the page first
 * and kept as fields, its lines left blank so every later block keeps its line.
 */
import type { FrontMatter } from "./model.js";

const FENCE = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** A flat YAML field: `key: value` (the value optionally quoted). Nested or list lines are kept as no field. */
const FIELD = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/;
/** Front matter longer than this is no front matter (a page opening with a rule and a long section). */
const MAX_LINES = 200;

export interface SplitPage {
  /** The page with the front matter's lines blanked. */
  body: string;
  frontMatter?: Omit<FrontMatter, "pos"> & { line: number };
}

/** A JBake header line (`title=About`) and the line that closes the header (`~~~~~~`). */
const JBAKE_FIELD = /^([A-Za-z_][\w-]*)=(.*)$/;
const JBAKE_CLOSE = /^~{3,}[ \t]*$/;

export function splitFrontMatter(markdown: string): SplitPage {
  const lines = markdown.split("\n");
  if (JBAKE_FIELD.test(stripBom(lines[0] ?? ""))) return splitJbakeHeader(markdown, lines);
  if (!FENCE.test(stripBom(lines[0] ?? ""))) return { body: markdown };
  const end = lines.findIndex((l, k) => k > 0 && k <= MAX_LINES && CLOSE.test(l.replace(/\r$/, "")));
  if (end < 0) return { body: markdown };
  const fields: Record<string, string> = {};
  for (const raw of lines.slice(1, end)) {
    const m = FIELD.exec(raw.replace(/\r$/, ""));
    if (m && !(m[1]! in fields)) fields[m[1]!] = unquote(m[2]!.trim());
  }
  // A rule, then a setext heading or paragraph of no `key: value` line, is page content, not front matter.
  if (Object.keys(fields).length === 0) return { body: markdown };
  const body = [...lines.slice(0, end + 1).map(() => ""), ...lines.slice(end + 1)].join("\n");
  return { body, frontMatter: { fields, line: 1 } };
}

/**
 * A JBake header (`title=About`, `date=…`, `status=published`, closed by `~~~~~~`), as pages exported from a JBake
 * site open: metadata, not content; read like YAML front matter. Without the closing line it is page text.
 */
function splitJbakeHeader(markdown: string, lines: readonly string[]): SplitPage {
  const end = lines.findIndex((l, k) => k > 0 && k <= MAX_LINES && JBAKE_CLOSE.test(l.replace(/\r$/, "")));
  if (end < 0) return { body: markdown };
  const fields: Record<string, string> = {};
  for (const [k, raw] of lines.slice(0, end).entries()) {
    const m = JBAKE_FIELD.exec(k === 0 ? stripBom(raw) : raw.replace(/\r$/, ""));
    if (!m) return { body: markdown };
    if (!(m[1]! in fields)) fields[m[1]!] = m[2]!.trim();
  }
  const body = [...lines.slice(0, end + 1).map(() => ""), ...lines.slice(end + 1)].join("\n");
  return { body, frontMatter: { fields, line: 1 } };
}

function unquote(value: string): string {
  const m = /^"((?:[^"\\]|\\.)*)"$|^'((?:[^']|'')*)'$/.exec(value);
  if (!m) return value;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, "$1") : m[2]!.replace(/''/g, "'");
}

function stripBom(line: string): string {
  return line.replace(/^\uFEFF/, "").replace(/\r$/, "");
}
