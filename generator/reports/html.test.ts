/**
 * The HTML report opened in headless Chromium (`--dump-dom`, the DOM after scripts would have run): it
 * renders, and markup planted in doc-derived strings neither becomes elements nor runs. A control page
 * with a real script proves the harness would see a script run. Skipped when /usr/bin/chromium is
 * absent; `.ci/run` installs it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { renderHtml } from "./html.js";
import { hostileReport } from "./test-support.js";

const CHROMIUM = "/usr/bin/chromium";
const dir = mkdtempSync(join(tmpdir(), "cloudspec-html-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function dumpDom(name: string, html: string): string {
  const file = join(dir, name);
  writeFileSync(file, html);
  return execFileSync(
    CHROMIUM,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${join(dir, "profile")}`,
      "--dump-dom",
      pathToFileURL(file).href,
    ],
    { encoding: "utf8", timeout: 60_000, stdio: ["ignore", "pipe", "ignore"] },
  );
}

const title = (dom: string) => /<title>([^<]*)<\/title>/.exec(dom)?.[1];

describe.skipIf(!existsSync(CHROMIUM))("HTML report in headless Chromium", () => {
  it("the harness sees a script that runs (control)", () => {
    expect(title(dumpDom("control.html", "<!doctype html><title>before</title><script>document.title = 'after'</script>"))).toBe("after");
  });

  it("renders the report, and planted scripts neither become elements nor run", () => {
    const dom = dumpDom("report.html", renderHtml(hostileReport()));
    expect(title(dom)).toBe("API version diff: fixtures &lt;i&gt;hostile&lt;/i&gt;");
    expect(dom).not.toMatch(/<(script|img|b|i)[\s>]/i);
    expect(dom).not.toMatch(/<[^>]*\s(onerror|onmouseover)=/i);
    expect(dom).not.toContain("data-pwned");
    expect(dom).toContain("&lt;script&gt;document.title='pwned'&lt;/script&gt;");
    expect(dom).toContain('<svg class="timeline"');
    expect(dom).toContain("test/hostile 1.0 → 2.0 — 1 breaking");
    expect(dom.indexOf('id="breaking"')).toBeLessThan(dom.indexOf('id="info"'));
    expect(dom.indexOf('id="info"')).toBeLessThan(dom.indexOf('id="calendar"'));
    expect(dom.match(/<tr>/g)?.length).toBeGreaterThanOrEqual(6);
  });
});
