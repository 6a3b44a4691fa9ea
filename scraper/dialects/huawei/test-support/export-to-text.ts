/**
 * Test support: renders a page of the Huawei documentation export (markdown with raw HTML tables) the
 * way the bundled text capture prints the published page: every heading, paragraph and table cell a
 * paragraph of its own, bullets as "  • label", code verbatim. Checked against the real capture of the
 * restore page (huawei-text-vs-export.test.ts), then used to test text ≡ export on the other pages.
 */
import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { markdownToHtml } from "../../../document/markdown.js";

export function exportToTextCapture(markdown: string): string {
  const $ = cheerio.load(markdownToHtml(markdown));
  const out: string[] = [];
  const text = (n: AnyNode) => $(n).text().replace(/\s+/g, " ").trim();
  const emit = (t: string) => {
    if (t !== "") out.push(t);
  };
  const walk = (n: AnyNode): void => {
    if (n.type !== "tag") return;
    const el = n as Element;
    const kids = (el.children ?? []).filter((c): c is Element => c.type === "tag");
    switch (el.name) {
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "p":
        emit(text(el));
        return;
      case "pre":
        out.push(`    ${$(el).text().replace(/\n+$/, "").split("\n").join("\n    ")}`);
        return;
      case "li": {
        const first = kids[0]?.name === "p" ? kids[0] : undefined;
        emit(`  • ${text(first ?? el)}`);
        if (first) kids.slice(1).forEach(walk);
        return;
      }
      case "td":
      case "th":
        if (kids.some((k) => k.name === "p" || k.name === "ul")) kids.forEach(walk);
        else emit(text(el));
        return;
      default:
        kids.forEach(walk);
    }
  };
  walk($("body")[0]!);
  return `${out.join("\n\n")}\n`;
}
