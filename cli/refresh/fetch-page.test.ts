import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HostAllowlist } from "./allowlist.js";
import type { FetchLimits } from "./fetch-page.js";
import { FetchError, fetchPage, retryAfter } from "./fetch-page.js";
import { fetchWithRetry } from "./retry.js";
import type { Route, TestSite } from "./test-server.js";
import { startTestSite } from "./test-server.js";

let site: TestSite;
let allow: HostAllowlist;
const limits: FetchLimits = { timeoutMs: 30_000, maxBytes: 1000, maxRedirects: 3 };

beforeAll(async () => {
  site = await startTestSite();
  allow = HostAllowlist.from([`${site.origin}/`]);
});
afterAll(() => site.close());

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FetchError) return e;
    throw e;
  }
  throw new Error("expected a FetchError");
}

describe("fetchPage", () => {
  it("reads a page with its validators and content type", async () => {
    site.routes.set("/a", { body: "<html>hi</html>", contentType: "text/html; charset=utf-8", etag: '"v1"', lastModified: "Wed, 21 Oct 2026 07:28:00 GMT" });
    const out = await fetchPage(`${site.origin}/a`, { allowlist: allow, limits });
    expect(out.kind).toBe("fetched");
    if (out.kind !== "fetched") return;
    expect(out.body.toString()).toBe("<html>hi</html>");
    expect(out.contentType).toBe("text/html; charset=utf-8");
    expect(out.validators).toEqual({ etag: '"v1"', lastModified: "Wed, 21 Oct 2026 07:28:00 GMT" });
    expect(site.requests.at(-1)!.headers["user-agent"]).toMatch(/cloudspec-refresh/);
  });

  it("sends If-None-Match and If-Modified-Since and reports 304 as not-modified", async () => {
    site.routes.set("/etag", { body: "x", etag: '"v2"' });
    const out = await fetchPage(`${site.origin}/etag`, { allowlist: allow, limits, validators: { etag: '"v2"' } });
    expect(out.kind).toBe("not-modified");
    expect(site.requests.at(-1)!.headers["if-none-match"]).toBe('"v2"');

    site.routes.set("/lm", { body: "x", lastModified: "Wed, 21 Oct 2026 07:28:00 GMT" });
    const lm = await fetchPage(`${site.origin}/lm`, { allowlist: allow, limits, validators: { lastModified: "Wed, 21 Oct 2026 07:28:00 GMT" } });
    expect(lm.kind).toBe("not-modified");
    expect(site.requests.at(-1)!.headers["if-modified-since"]).toBe("Wed, 21 Oct 2026 07:28:00 GMT");
    // A stale validator gets the page.
    const stale = await fetchPage(`${site.origin}/etag`, { allowlist: allow, limits, validators: { etag: '"v1"' } });
    expect(stale.kind).toBe("fetched");
  });

  it("follows redirects within the allowlist (relative Location too) and records them", async () => {
    site.routes.set("/old", { status: 301, headers: { location: "/middle" } });
    site.routes.set("/middle", { status: 302, headers: { location: `${site.origin}/new` } });
    site.routes.set("/new", { body: "moved here", contentType: "text/plain" });
    const out = await fetchPage(`${site.origin}/old`, { allowlist: allow, limits });
    expect(out.finalUrl).toBe(`${site.origin}/new`);
    expect(out.redirects).toEqual([`${site.origin}/middle`, `${site.origin}/new`]);
  });

  it("refuses a redirect to a host off the allowlist without contacting it", async () => {
    site.routes.set("/away", { status: 302, headers: { location: `http://localhost:${site.port}/new` } });
    const before = site.requests.length;
    const e = await failure(fetchPage(`${site.origin}/away`, { allowlist: allow, limits }));
    expect(e.code).toBe("redirect-refused");
    expect(e.message).toContain(`host localhost:${site.port} is not on the allowlist`);
    expect(site.requests.length).toBe(before + 1);
    // Allowed when the host is added.
    const wider = HostAllowlist.from([`${site.origin}/`], [`localhost:${site.port}`]);
    expect((await fetchPage(`${site.origin}/away`, { allowlist: wider, limits })).finalUrl).toBe(`http://localhost:${site.port}/new`);
  });

  it("refuses URLs off the allowlist, other schemes and credentials", async () => {
    expect((await failure(fetchPage("http://localhost:1/x", { allowlist: allow, limits }))).code).toBe("url-refused");
    expect((await failure(fetchPage("file:///etc/passwd", { allowlist: allow, limits }))).message).toMatch(/scheme file:/);
    expect((await failure(fetchPage(`http://u:p@127.0.0.1:${site.port}/a`, { allowlist: allow, limits }))).message).toMatch(/credentials/);
  });

  it("never downgrades https to http", async () => {
    const fake: typeof fetch = async () => new Response(null, { status: 301, headers: { location: "http://docs.example.com/p" } });
    const e = await failure(fetchPage("https://docs.example.com/p", { allowlist: new HostAllowlist(["docs.example.com"]), limits, fetch: fake }));
    expect(e.code).toBe("redirect-refused");
    expect(e.message).toContain("downgrade");
  });

  it("stops after maxRedirects", async () => {
    site.routes.set("/loop", { status: 302, headers: { location: "/loop" } });
    const e = await failure(fetchPage(`${site.origin}/loop`, { allowlist: allow, limits }));
    expect(e.code).toBe("too-many-redirects");
  });

  it("enforces the size cap on declared and on streamed lengths", async () => {
    site.routes.set("/big", { body: "x".repeat(5000) });
    expect((await failure(fetchPage(`${site.origin}/big`, { allowlist: allow, limits }))).message).toMatch(/5000 bytes declared/);
    site.routes.set("/big-chunked", { body: "y".repeat(5000), chunked: true });
    const e = await failure(fetchPage(`${site.origin}/big-chunked`, { allowlist: allow, limits }));
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/exceeds the 1000-byte cap/);
  });

  it("times out a server that never answers, within the deadline", async () => {
    site.routes.set("/hang", { hang: true });
    const started = Date.now();
    const e = await failure(fetchPage(`${site.origin}/hang`, { allowlist: allow, limits: { ...limits, timeoutMs: 200 } }));
    expect(e.code).toBe("timeout");
    expect(e.transient).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000); // the 200 ms deadline, not the 30 s default
  });

  it("classifies HTTP errors as transient or permanent and reads Retry-After", async () => {
    site.routes.set("/gone", { status: 404, body: "no" });
    const gone = await failure(fetchPage(`${site.origin}/gone`, { allowlist: allow, limits }));
    expect([gone.code, gone.transient]).toEqual(["http-status", false]);
    expect(gone.message).toContain("HTTP 404");
    site.routes.set("/busy", { status: 503, headers: { "retry-after": "7" } });
    const busy = await failure(fetchPage(`${site.origin}/busy`, { allowlist: allow, limits }));
    expect([busy.transient, busy.retryAfterMs]).toEqual([true, 7000]);
  });

  it("reports a refused connection as a network failure", async () => {
    const closed = await startTestSite();
    const url = `${closed.origin}/x`;
    await closed.close();
    const e = await failure(fetchPage(url, { allowlist: HostAllowlist.from([url]), limits }));
    expect(e.code).toBe("network");
    expect(e.message).toMatch(/ECONNREFUSED/);
  });
});

describe("fetchWithRetry", () => {
  it("retries transient failures with backoff and Retry-After, then succeeds", async () => {
    let calls = 0;
    site.routes.set("/flaky", (): Route => {
      calls++;
      if (calls === 1) return { status: 503 };
      if (calls === 2) return { status: 429, headers: { "retry-after": "3" } };
      return { body: "ok" };
    });
    const waits: number[] = [];
    const out = await fetchWithRetry(`${site.origin}/flaky`, { allowlist: allow, limits }, { retries: 2, backoffMs: 100, maxBackoffMs: 2000, sleep: async (ms) => void waits.push(ms) });
    expect(out.attempts).toBe(3);
    expect(waits).toEqual([100, 2000]); // Retry-After 3 s capped at 2 s
  });

  it("gives up after the retries and says so; permanent failures are not retried", async () => {
    site.routes.set("/down", { status: 502 });
    const waits: number[] = [];
    const e = await failure(fetchWithRetry(`${site.origin}/down`, { allowlist: allow, limits }, { retries: 1, backoffMs: 10, maxBackoffMs: 10, sleep: async (ms) => void waits.push(ms) }));
    expect(e.message).toMatch(/HTTP 502.*gave up after 2 attempts/);
    const before = site.requests.length;
    await failure(fetchWithRetry(`${site.origin}/gone`, { allowlist: allow, limits }, { retries: 3, backoffMs: 10, maxBackoffMs: 10, sleep: async () => undefined }));
    expect(site.requests.length).toBe(before + 1);
  });
});

describe("retryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(retryAfter("12")).toBe(12000);
    expect(retryAfter("Wed, 21 Oct 2026 07:28:10 GMT", Date.parse("Wed, 21 Oct 2026 07:28:00 GMT"))).toBe(10000);
    expect(retryAfter("soon")).toBeUndefined();
    expect(retryAfter(null)).toBeUndefined();
  });
});
