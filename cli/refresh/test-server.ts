/**
 * A documentation site for tests, on 127.0.0.1 (port chosen by the OS): routes answer with bodies,
 * ETag / Last-Modified handling, redirects, delays, errors or silence. Every request is recorded, and
 * the most requests in flight at once is tracked. Test support only; nothing here reaches the network.
 */
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface Route {
  body?: string;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  status?: number;
  headers?: Record<string, string>;
  /** Milliseconds before answering. */
  delayMs?: number;
  /** Never answer (the client must time out). */
  hang?: boolean;
  /** Send the body in chunks without Content-Length. */
  chunked?: boolean;
}

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage["headers"];
}

export interface TestSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  routes: Map<string, Route | ((req: IncomingMessage) => Route)>;
  requests: RecordedRequest[];
  maxInFlight: () => number;
  close: () => Promise<void>;
}

export async function startTestSite(): Promise<TestSite> {
  const routes = new Map<string, Route | ((req: IncomingMessage) => Route)>();
  const requests: RecordedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  let inFlight = 0;
  let maxInFlight = 0;
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ path, headers: req.headers });
    const found = routes.get(path);
    const route: Route = typeof found === "function" ? found(req) : (found ?? { status: 404, body: "not found" });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const finish = () => {
      inFlight--;
    };
    if (route.hang) {
      hanging.add(res);
      res.on("close", () => {
        hanging.delete(res);
        finish();
      });
      return;
    }
    setTimeout(() => {
      const headers: Record<string, string> = { ...(route.headers ?? {}) };
      if (route.contentType) headers["content-type"] = route.contentType;
      if (route.etag) headers.etag = route.etag;
      if (route.lastModified) headers["last-modified"] = route.lastModified;
      const notModified =
        (route.status ?? 200) === 200 &&
        ((route.etag !== undefined && req.headers["if-none-match"] === route.etag) ||
          (route.etag === undefined &&
            route.lastModified !== undefined &&
            req.headers["if-modified-since"] !== undefined &&
            Date.parse(req.headers["if-modified-since"]) >= Date.parse(route.lastModified)));
      if (notModified) {
        res.writeHead(304, headers).end();
        finish();
        return;
      }
      const body = Buffer.from(route.body ?? "", "utf8");
      if (route.chunked) {
        res.writeHead(route.status ?? 200, headers);
        const size = Math.max(1, Math.ceil(body.length / 4));
        for (let i = 0; i < body.length; i += size) res.write(body.subarray(i, i + size));
        res.end();
      } else {
        res.writeHead(route.status ?? 200, { ...headers, "content-length": String(body.length) }).end(body);
      }
      finish();
    }, route.delayMs ?? 0);
  });
  // Idle connections stay open for the whole test: with Node's 5 s default, a client on a loaded machine can reuse a
  // socket in the instant the server closes it (a reset, read as a network failure by a run without retries).
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    routes,
    requests,
    maxInFlight: () => maxInFlight,
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
