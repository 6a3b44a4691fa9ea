/**
 * From HTTP body to page text and reading format: the charset from Content-Type, else a BOM, else an
 * HTML `<meta charset>`, else UTF-8; the format from Content-Type, else by sniffing and the URL's
 * extension. Bodies that are not documents (images, PDF, archives) are refused.
 */
import type { PageFormat } from "../../scraper/run.js";

export class DecodeError extends Error {}

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}

function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return m?.[1]?.toLowerCase();
}

function sniffCharset(body: Buffer): string | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return "utf-8";
  if (body[0] === 0xfe && body[1] === 0xff) return "utf-16be";
  if (body[0] === 0xff && body[1] === 0xfe) return "utf-16le";
  const head = body.subarray(0, 2048).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/** The body as text; an unknown charset label falls back to UTF-8 (and says so through `note`). */
export function decodeBody(body: Buffer, contentType: string | undefined, note?: (message: string) => void): string {
  const label = charsetOf(contentType) ?? sniffCharset(body) ?? "utf-8";
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    note?.(`unknown charset ${JSON.stringify(label)}, read as UTF-8`);
    decoder = new TextDecoder("utf-8");
  }
  return decoder.decode(body);
}

const NOT_DOCUMENTS = [/^image\//, /^audio\//, /^video\//, /^font\//, /^application\/(pdf|zip|gzip|x-tar|x-7z-compressed|vnd\.)/];

/** How to read the page: html, markdown or text. */
export function pageFormat(contentType: string | undefined, text: string, url: string): PageFormat {
  const type = mediaType(contentType);
  if (NOT_DOCUMENTS.some((re) => re.test(type))) throw new DecodeError(`${type} is not a documentation page`);
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/markdown" || type === "text/x-markdown") return "markdown";
  if (/^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1024).replace(/^\uFEFF/, ""))) return "html";
  const path = (() => {
    try {
      return new URL(url).pathname.toLowerCase();
    } catch {
      return "";
    }
  })();
  if (path.endsWith(".md") || path.endsWith(".markdown")) return "markdown";
  if (path.endsWith(".html") || path.endsWith(".htm") || path.endsWith("/")) return type === "text/plain" ? "text" : "html";
  return "text";
}

export const FORMAT_EXTENSION: Record<PageFormat, string> = { html: "html", markdown: "md", text: "txt" };
