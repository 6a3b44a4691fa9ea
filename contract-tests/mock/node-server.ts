/**
 * The standalone mock: a node:http server over a Responder, bound to 127.0.0.1 unless told otherwise, with
 * keep-alive. Bodies were serialised when the responder was built; a request costs a route and a write.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Responder } from "./responder.js";

export interface MockServerOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Called once per answered request (the CLI prints a line); `headers` are the answer's (`x-mock-error` on a refusal). */
  onRequest?: (method: string, url: string, status: number, headers: Readonly<Record<string, string>>) => void;
}

export interface RunningMockServer {
  url: string;
  port: number;
  host: string;
  server: Server;
  close(): Promise<void>;
}

const MAX_BODY = 10 * 1024 * 1024;

export async function startMockServer(responder: Responder, options: MockServerOptions = {}): Promise<RunningMockServer> {
  const host = options.host ?? "127.0.0.1";
  const server = createServer((req, res) => {
    const answer = (body: string | undefined): void => {
      const url = `http://${req.headers.host ?? `${host}:${(server.address() as AddressInfo).port}`}${req.url ?? "/"}`;
      const a = responder.respond({ method: req.method ?? "GET", url, headers: req.headers as Record<string, string | undefined>, ...(body !== undefined ? { body } : {}) });
      if (a.bytes || a.body === undefined) res.writeHead(a.status, a.headers).end(a.bytes);
      else {
        const bytes = Buffer.from(a.body, "utf8");
        res.writeHead(a.status, { ...a.headers, "content-length": String(bytes.length) }).end(bytes);
      }
      options.onRequest?.(req.method ?? "GET", req.url ?? "/", a.status, a.headers);
    };
    if (!hasBody(req)) {
      req.resume();
      answer(undefined);
      return;
    }
    readBody(req).then(answer, () => {
      res.writeHead(413, { "content-type": "application/json" }).end(JSON.stringify({ error: "body-too-large", limit: MAX_BODY }));
    });
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    host,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return (length !== undefined && length !== "0") || req.headers["transfer-encoding"] !== undefined;
}

/** The request body as text. */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error("too large"));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}
