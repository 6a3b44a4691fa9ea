/**
 * A linear pre-pass over HTML before parse5 sees it: parse5 checks scopes by scanning its stack of open
 * elements, so a page nesting thousands of elements costs it quadratic time (10,000 `<div><ul><li>` take
 * 16 s, 50,000 several minutes). Tags that would open deeper than the limit are blanked out (their text
 * stays, read as text), so the tree parse5 builds is never deeper than the limit. Blanking keeps every
 * newline, so lines stay where they were.
 */

/** Elements whose end tag may be left out (closed implicitly) or that have none: they do not nest by themselves. */
const NOT_COUNTED = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "tr",
  "td",
  "th",
  "thead",
  "tbody",
  "tfoot",
  "option",
  "optgroup",
  "rt",
  "rp",
  "colgroup",
  "caption",
  "html",
  "head",
  "body",
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
/**
 * Comments, raw-text elements and tags. A tag's attributes stop at the next `<` (`[^>]*` rescanned the rest of
 * the page from every `<` that never closes: quadratic on `<a<a<a…`); pages escape `<` inside attribute values.
 */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title|xmp)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?![a-zA-Z0-9-])[^<>]*>/gi;

export interface FlattenedHtml {
  html: string;
  /** Line of the first tag blanked out, when any was. */
  firstCutLine?: number;
}

export function flattenDeepHtml(html: string, maxDepth: number): FlattenedHtml {
  const open: Array<{ name: string; cut: boolean }> = [];
  const cuts: Array<[number, number]> = [];
  for (const m of html.matchAll(TOKEN)) {
    const name = m[3]?.toLowerCase();
    if (name === undefined) continue; // comment or raw-text element: no nesting inside
    const inside = open.length >= maxDepth;
    let cut: boolean;
    if (NOT_COUNTED.has(name) || m[0].endsWith("/>")) cut = inside;
    else if (m[2] !== "/") {
      cut = inside;
      open.push({ name, cut });
    } else if (open.length > 0 && open[open.length - 1]!.name === name) cut = open.pop()!.cut;
    else cut = open.length > maxDepth;
    if (cut) cuts.push([m.index, m.index + m[0].length]);
  }
  if (cuts.length === 0) return { html };
  const parts: string[] = [];
  let at = 0;
  for (const [from, to] of cuts) {
    parts.push(html.slice(at, from), " ", html.slice(from, to).replace(/[^\n]+/g, ""));
    at = to;
  }
  parts.push(html.slice(at));
  return { html: parts.join(""), firstCutLine: lineAt(html, cuts[0]![0]) };
}

/** Line of an offset: of the markdown source when the HTML was rendered from one (the nearest `data-source-line` before it), else of the HTML. */
function lineAt(text: string, offset: number): number {
  const marked = text.lastIndexOf('data-source-line="', offset);
  if (marked >= 0) {
    const m = /^data-source-line="(\d+)"/.exec(text.slice(marked, marked + 40));
    if (m) return Number(m[1]);
  }
  let line = 1;
  for (let k = text.indexOf("\n"); k >= 0 && k < offset; k = text.indexOf("\n", k + 1)) line++;
  return line;
}
