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
