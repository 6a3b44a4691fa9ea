/**
 * msw 2 request handlers for one spec, for in-process use in vitest (`setupServer(...mswHandlers(responder))`):
 * one handler per operation (literal paths before templated ones, as the router orders them), each serving
 * the page's example per status, and a last catch-all answering 404/405 with what the spec documents.
 */
import { http, type HttpHandler } from "msw";
import type { Responder, MockRequest } from "./responder.js";
import { toResponse } from "./fetch-adapter.js";

export interface MswOptions {
  /** Origin (and base path) the handlers answer for; default `*` (any origin). */
  baseUrl?: string;
}

export function mswHandlers(responder: Responder, options: MswOptions = {}): HttpHandler[] {
  const prefix = options.baseUrl ? options.baseUrl.replace(/\/+$/, "") : "*";
  const entries = [...responder.compiled.operations].sort((a, b) => specificity(b.operation.path) - specificity(a.operation.path));
  const handlers: HttpHandler[] = [];
  for (const entry of entries) {
    const path = mswPath(entry.operation.path);
    if (path === undefined) continue; // served by the catch-all through the router
    handlers.push(
      http[entry.operation.method as "get"](`${prefix}${path}`, async ({ request }) => {
        const answer = responder.respondTo(entry, await toMockRequest(request));
        return toResponse(answer.status, answer.headers, answer.body);
      }),
    );
  }
  handlers.push(
    http.all(`${prefix}/*`, async ({ request }) => {
      const answer = responder.respond(await toMockRequest(request));
      return toResponse(answer.status, answer.headers, answer.body);
    }),
  );
  return handlers;
}

/** `/v1/x/{id}` → `/v1/x/:id`; `undefined` for templates msw's matcher cannot express. */
function mswPath(template: string): string | undefined {
  const segments = template.split("/").map((s) => {
    const whole = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(s);
    if (whole) return `:${whole[1]}`;
    return /^[A-Za-z0-9._~-]*$/.test(s) ? s : undefined;
  });
  return segments.includes(undefined) ? undefined : segments.join("/");
}

/** Literal segments count more than parameters, earlier segments more than later ones. */
function specificity(template: string): number {
  return template.split("/").reduce((score, s, i) => score + (s.startsWith("{") ? 0 : 2 ** Math.max(0, 20 - i)), 0);
}

async function toMockRequest(request: Request): Promise<MockRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => (headers[name] = value));
  const body = request.body ? await request.text() : undefined;
  return { method: request.method, url: request.url, headers, ...(body !== undefined ? { body } : {}) };
}
