/** The mock as a `fetch` function (no socket): for the CLI's mock runs and tests that pass `fetch` to a client. */
import type { Responder } from "./responder.js";

export function mockFetch(responder: Responder): (request: Request) => Promise<Response> {
  return async (request) => {
    const body = request.body ? await request.text() : undefined;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    const answer = responder.respond({ method: request.method, url: request.url, headers, ...(body !== undefined ? { body } : {}) });
    return toResponse(answer.status, answer.headers, answer.body);
  };
}

/** A fetch Response; statuses that cannot carry a body (204, 304) get none. */
export function toResponse(status: number, headers: Record<string, string>, body: string | undefined): Response {
  const bodyless = status === 204 || status === 205 || status === 304;
  return new Response(bodyless ? null : (body ?? null), { status, headers });
}
