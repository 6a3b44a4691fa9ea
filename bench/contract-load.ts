/**
 * A bounded load loop against a local HTTP/1.1 server: `concurrency` keep-alive connections on raw sockets (a
 * lighter client than node:http, so the measurement is of the server), each sending the next GET when the
 * last answer (Content-Length framed) arrived — at once, or paced so that all connections together offer
 * `rate` requests per second — until `maxRequests` or `maxSeconds`. Loopback (127.0.0.1) only.
 */
import { connect, type Socket } from "node:net";

export interface LoadResult {
  requests: number;
  /** Non-2xx answers and socket errors. */
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

export interface LoadOptions {
  concurrency: number;
  maxRequests: number;
  maxSeconds: number;
  /** Offered requests per second over all connections (default: as fast as answers come). */
  rate?: number;
  /** Sent with every request (the credentials the spec requires). */
  headers?: Readonly<Record<string, string>>;
}

export async function runLoad(port: number, paths: readonly string[], options: LoadOptions): Promise<LoadResult> {
  const latencies = new Float64Array(options.maxRequests);
  const state = { sent: 0, done: 0, errors: 0 };
  const started = performance.now();
  const deadline = started + options.maxSeconds * 1000;
  const extra = Object.entries(options.headers ?? {})
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  const requests = paths.map((p) => Buffer.from(`GET ${p} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${extra}Connection: keep-alive\r\n\r\n`, "latin1"));
  const interval = options.rate ? (1000 * options.concurrency) / options.rate : 0;
  await Promise.all(
    Array.from({ length: options.concurrency }, (_, i) => connection(port, requests, options.maxRequests, deadline, latencies, state, interval, started + (interval * i) / options.concurrency)),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.slice(0, state.done).sort();
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { requests: state.done, errors: state.errors, seconds, perSecond: state.done / seconds, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? 0 };
}

function connection(
  port: number,
  requests: Buffer[],
  max: number,
  deadline: number,
  latencies: Float64Array,
  state: { sent: number; done: number; errors: number },
  interval: number,
  firstAt: number,
): Promise<void> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, "127.0.0.1");
    socket.setNoDelay(true);
    let buffer: Buffer = Buffer.alloc(0);
    let t0 = 0;
    let due = firstAt;
    const send = (): void => {
      t0 = performance.now();
      socket.write(requests[state.sent++ % requests.length]!);
    };
    const next = (): void => {
      if (state.sent >= max || performance.now() >= deadline) {
        socket.end();
        return resolve();
      }
      // Paced: the schedule does not slip when an answer is late (the next requests go out at once to catch up).
      const wait = due - performance.now();
      due += interval;
      if (interval > 0 && wait >= 1) setTimeout(send, Math.floor(wait));
      else send();
    };
    socket.on("connect", next);
    socket.on("data", (chunk: Buffer) => {
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      const end = buffer.indexOf("\r\n\r\n");
      if (end < 0) return;
      const head = buffer.toString("latin1", 0, end);
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? "0");
      if (buffer.length < end + 4 + length) return;
      const status = Number(head.slice(9, 12));
      if (status < 200 || status >= 300) state.errors++;
      latencies[state.done++] = performance.now() - t0;
      buffer = buffer.subarray(end + 4 + length);
      next();
    });
    socket.on("error", () => {
      state.errors++;
      resolve();
    });
  });
}
