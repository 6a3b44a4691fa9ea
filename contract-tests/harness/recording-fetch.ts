/**
 * A fetch wrapper that keeps every exchange it carries (credential headers redacted), so a client call can be
 * checked afterwards with the raw status, content type and body the client saw.
 */
import { redactHeaders, type Exchange } from "../validate/exchange.js";

export type Transport = (request: Request) => Promise<Response>;

export interface Recorder {
  fetch: Transport;
  exchanges: Exchange[];
  /** The last exchange, removed from the list. */
  take(): Exchange | undefined;
}

export function recordingFetch(inner: Transport): Recorder {
  const exchanges: Exchange[] = [];
  return {
    exchanges,
    take: () => exchanges.pop(),
    async fetch(request) {
      const requestBody = request.body ? await request.clone().text() : undefined;
      const response = await inner(request);
      const text = await response.clone().text();
      exchanges.push({
        request: { method: request.method, url: request.url, headers: redactHeaders(request.headers), ...(requestBody !== undefined ? { body: requestBody } : {}) },
        response: { status: response.status, headers: redactHeaders(response.headers), body: text },
      });
      return response;
    },
  };
}
