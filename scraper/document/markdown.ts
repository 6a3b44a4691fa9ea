/**
 * Markdown sources (the NHN docs repository, Huawei's documentation export) → HTML with markdown-it, so
 * markdown and published HTML share the HTML front end. Every block element gets a
 * `data-source-line` attribute with its line in the markdown file, including elements inside raw HTML
 * blocks (Huawei's `<table>`s), so positions point at the markdown source, not the rendered HTML.
 */
import MarkdownIt from "markdown-it";

export function markdownToHtml(markdown: string): string {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  const tokens = md.parse(markdown, {});
  tokens.forEach((token, k) => {
    if (token.type === "heading_open") stripHeadingAttributes(tokens[k + 1]);
    if (token.type === "inline") keepTypeParameters(token);
  });
  for (const token of tokens) {
    if (!token.map) continue;
    const line = token.map[0] + 1;
    if (token.type === "html_block") {
      token.content = token.content
        .split("\n")
        .map((text, k) => text.replace(/<([a-zA-Z][a-zA-Z0-9-]*)(?=[\s>/])/g, `<$1 data-source-line="${line + k}"`))
        .join("\n");
    } else if (token.nesting === 1 || token.type === "fence" || token.type === "code_block" || token.type === "hr") {
      token.attrSet("data-source-line", String(line));
    }
  }
  return md.renderer.render(tokens, md.options, {});
}

/**
 * MkDocs attribute lists after a heading's text (`## Create a Topic { #create-a-topic }`) are markup, not title.
 * Tested from the text's last `{` (items hold no braces): scanning for the list from every position backtracked
 * quadratically on a long run of spaces. Each further item is `#name` or a run of name characters (`[#.]?[\w:.=-]+`
 * could read `.x` two ways, and backtracked exponentially on a long list that fails).
 */
const HEADING_ATTRIBUTES = /^\{:?\s*[#.][\w:.-]+(?:\s+(?:#[\w:.=-]+|[\w:.=-]+))*\s*\}\s*$/;

function withoutHeadingAttributes(text: string): string | undefined {
  const k = text.lastIndexOf("{");
  return k >= 0 && HEADING_ATTRIBUTES.test(text.slice(k)) ? text.slice(0, k).trimEnd() : undefined;
}

function stripHeadingAttributes(inline: ReturnType<MarkdownIt["parse"]>[number] | undefined): void {
  const stripped = inline?.type === "inline" ? withoutHeadingAttributes(inline.content) : undefined;
  if (!inline || stripped === undefined) return;
  inline.content = stripped;
  const last = inline.children?.[inline.children.length - 1];
  if (last?.type === "text") last.content = withoutHeadingAttributes(last.content) ?? last.content;
}

/** A type parameter right after a word (`List<Integer>`, `Map<Long>`): the name is capitalised and no HTML element's. */
const TYPE_PARAMETER = /^<([A-Z][A-Za-z0-9]*)>$/;
const HTML_ELEMENTS = new Set(["a", "b", "br", "code", "div", "em", "font", "hr", "i", "img", "li", "ol", "p", "pre", "s", "span", "strong", "sub", "sup", "table", "td", "th", "tr", "u", "ul"]);

/**
 * `List<Integer>` in a table cell: markdown reads `<Integer>` as an HTML tag, which a browser then hides, and the
 * type would read as a bare `List`. A capitalised tag that is no HTML element, right after a word, is kept as text.
 */
function keepTypeParameters(inline: ReturnType<MarkdownIt["parse"]>[number]): void {
  const children = inline.children ?? [];
  children.forEach((child, k) => {
    const name = child.type === "html_inline" ? TYPE_PARAMETER.exec(child.content)?.[1] : undefined;
    const before = children[k - 1];
    if (name === undefined || HTML_ELEMENTS.has(name.toLowerCase()) || before?.type !== "text" || !/[A-Za-z]$/.test(before.content)) return;
    child.type = "text";
  });
}
