/**
 * The bench's recorded responses: for every GET operation of a spec, its documented success body (the page's
 * example where it validates, else a synthesised valid one), list arrays grown to `listLength` items (0: as
 * documented), as recorded exchanges with absolute URLs. Cycled to `count` exchanges.
 */
import { createResponder } from "../contract-tests/mock/responder.js";
import type { CompiledSpec } from "../contract-tests/validate/compile.js";
import type { Exchange } from "../contract-tests/validate/exchange.js";

export interface Dataset {
  exchanges: Exchange[];
  /** The parsed body of each exchange and the validator its documented response uses (for the bare-ajv loop). */
  bodies: unknown[];
  averageBytes: number;
  operations: number;
}

export function buildDataset(compiled: CompiledSpec, origin: string, count: number, listLength = 0): Dataset {
  // Response bodies only: the synthetic requests (no credentials, `size=20` everywhere) are not what is measured.
  const responder = createResponder(compiled, { validOnly: true, lenient: true });
  const templates: Array<{ url: string; status: number; headers: Record<string, string>; json: unknown; body: string }> = [];
  for (const entry of compiled.operations) {
    if (entry.operation.method !== "get") continue;
    const url = `${origin}${entry.operation.path.replace(/\{[^}]+\}/g, "3fa85f64")}?size=20`;
    const answer = responder.respond({ method: "GET", url, headers: {} });
    if (answer.status >= 300 || answer.body === undefined) continue;
    const json = listLength > 0 ? grow(JSON.parse(answer.body), listLength) : JSON.parse(answer.body);
    templates.push({ url, status: answer.status, headers: answer.headers, json, body: JSON.stringify(json) });
  }
  const exchanges: Exchange[] = [];
  const bodies: unknown[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length]!;
    // A fresh parse per exchange, as a recording gives: no object is shared between iterations.
    const json = JSON.parse(t.body) as unknown;
    exchanges.push({ request: { method: "GET", url: t.url }, response: { status: t.status, headers: t.headers, body: t.body, json } });
    bodies.push(json);
    bytes += t.body.length;
  }
  return { exchanges, bodies, averageBytes: bytes / count, operations: templates.length };
}

/** Arrays of objects become `n` copies of their first item (a page of a list response). */
function grow(value: unknown, n: number): unknown {
  if (Array.isArray(value)) return value.length > 0 && typeof value[0] === "object" && value[0] !== null ? Array.from({ length: n }, () => grow(value[0], n)) : value;
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, grow(v, n)]));
  return value;
}
