/**
 * Escaping for every output format. Every string that comes from a documentation page (summaries,
 * paths, property names, enum values, versions) goes through one of these before it is written.
 */
const HTML: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** For HTML text and attribute values (and SVG inside HTML). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/** For XML 1.0 text and attributes: escaped, and characters XML cannot hold at all removed. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeHtml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ""));
}

/**
 * For inline markdown text (GitHub-flavoured, including table cells; never at the start of a line):
 * every character that could open emphasis, code, a link or image, an HTML tag, an entity, a table cell,
 * strikethrough or math is backslash-escaped (CommonMark lets any ASCII punctuation be escaped), and line
 * breaks become spaces so a value cannot open a new block.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(/[\\`*_[\]<>&|~$!]/g, (c) => `\\${c}`);
}
