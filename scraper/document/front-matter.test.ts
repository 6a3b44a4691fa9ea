import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "./front-matter.js";

describe("markdown front matter", () => {
  it("takes flat fields off the page, unquoted, and blanks its lines so later lines keep their numbers", () => {
    const { body, frontMatter } = splitFrontMatter(["---", "source: api-guide.md", 'section: "Coupon"', "order: 8", "---", "", "## Coupon"].join("\n"));
    expect(frontMatter).toEqual({ fields: { source: "api-guide.md", section: "Coupon", order: "8" }, line: 1 });
    expect(body.split("\n")).toEqual(["", "", "", "", "", "", "## Coupon"]);
  });

  it("a rule over a setext heading with no key: value line is content", () => {
    const page = ["---", "Some title", "---", "text"].join("\n");
    expect(splitFrontMatter(page)).toEqual({ body: page });
  });

  it("no closing fence: no front matter", () => {
    const page = ["---", "source: a.md", "", "## Title"].join("\n");
    expect(splitFrontMatter(page)).toEqual({ body: page });
  });

  it("a JBake header (key=value lines closed by ~~~~~~) is front matter too", () => {
    const { body, frontMatter } = splitFrontMatter(["title=About", "status=published", "summary=", "~~~~~~", "## Common > Search > Guide"].join("\n"));
    expect(frontMatter).toEqual({ fields: { title: "About", status: "published", summary: "" }, line: 1 });
    expect(body.split("\n")).toEqual(["", "", "", "", "## Common > Search > Guide"]);
  });

  it("key=value lines without the closing ~~~~~~, or with a line of text among them, are content", () => {
    const open = ["a=b", "", "## Title"].join("\n");
    expect(splitFrontMatter(open)).toEqual({ body: open });
    const prose = ["a=b", "some text", "~~~~~~"].join("\n");
    expect(splitFrontMatter(prose)).toEqual({ body: prose });
  });
});
