import { describe, expect, it } from "vitest";
import { DecodeError, decodeBody, pageFormat } from "./decode.js";

describe("decodeBody", () => {
  it("uses the Content-Type charset, then a BOM, then <meta charset>, then UTF-8", () => {
    const korean = "상태 ACTIVE";
    expect(decodeBody(Buffer.from(korean, "utf8"), "text/html; charset=UTF-8")).toBe(korean);
    const latin1 = Buffer.from("caf\xe9", "latin1");
    expect(decodeBody(latin1, 'text/plain; charset="iso-8859-1"')).toBe("café");
    expect(decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(korean)]), undefined)).toBe(korean);
    // "상태" (State) in EUC-KR, as an older Korean page might be served.
    const meta = Buffer.concat([Buffer.from('<html><head><meta charset="euc-kr"></head><body>'), Buffer.from([0xbb, 0xf3, 0xc5, 0xc2])]);
    expect(decodeBody(meta, "text/html")).toContain("상태");
    expect(decodeBody(Buffer.from(korean), undefined)).toBe(korean);
  });

  it("reads an unknown charset as UTF-8 and says so", () => {
    const notes: string[] = [];
    expect(decodeBody(Buffer.from("ok"), "text/plain; charset=x-klingon", (n) => notes.push(n))).toBe("ok");
    expect(notes).toEqual(['unknown charset "x-klingon", read as UTF-8']);
  });
});

describe("pageFormat", () => {
  it("follows the media type", () => {
    expect(pageFormat("text/html; charset=utf-8", "whatever", "https://x/p")).toBe("html");
    expect(pageFormat("application/xhtml+xml", "", "https://x/p")).toBe("html");
    expect(pageFormat("text/markdown", "# t", "https://x/p")).toBe("markdown");
    expect(pageFormat("text/plain", "| a | b |", "https://x/page.txt")).toBe("text");
  });

  it("sniffs HTML and falls back to the URL's extension", () => {
    expect(pageFormat(undefined, "  <!DOCTYPE html><html>", "https://x/p")).toBe("html");
    expect(pageFormat("application/octet-stream", "\uFEFF<html lang=en>", "https://x/p")).toBe("html");
    expect(pageFormat("text/plain", "# Title", "https://raw.example/docs/public-api.md")).toBe("markdown");
    expect(pageFormat(undefined, "plain words", "https://x/guide")).toBe("text");
  });

  it("refuses bodies that are not documents", () => {
    expect(() => pageFormat("application/pdf", "%PDF", "https://x/a.pdf")).toThrow(DecodeError);
    expect(() => pageFormat("image/png", "", "https://x/a.png")).toThrow(/image\/png is not a documentation page/);
  });
});
