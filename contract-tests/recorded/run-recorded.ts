/**
 * Recorded mode: each exchange is matched to its operation by method and path template and checked. Only
 * exchanges to the spec's servers count (host templates such as `backup.{region}.{environment}.…` match any
 * value); others (token calls, other services) are counted as ignored, by host.
 */
import type { CompiledSpec } from "../validate/compile.js";
import { checkExchange, type ExchangeResult } from "../validate/check-exchange.js";
import type { Exchange } from "../validate/exchange.js";

export interface RecordedRun {
  checked: Array<{ exchange: Exchange; result: ExchangeResult }>;
  ignoredHosts: Record<string, number>;
}

export function runRecorded(compiled: CompiledSpec, exchanges: readonly Exchange[], extraHosts: readonly string[] = []): RecordedRun {
  const accepts = hostMatcher(compiled.spec.document, extraHosts);
  const run: RecordedRun = { checked: [], ignoredHosts: {} };
  for (const exchange of exchanges) {
    const host = hostOf(exchange.request.url);
    if (host !== undefined && !accepts(host)) {
      run.ignoredHosts[host] = (run.ignoredHosts[host] ?? 0) + 1;
      continue;
    }
    run.checked.push({ exchange, result: checkExchange(compiled, exchange) });
  }
  return run;
}

function hostOf(url: string): string | undefined {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? new URL(url).host.toLowerCase() : undefined;
}

/** Hosts of the spec's servers (variables match one label each) plus extra ones; no servers: any host. */
export function hostMatcher(document: Record<string, unknown>, extraHosts: readonly string[]): (host: string) => boolean {
  const servers = Array.isArray(document.servers) ? (document.servers as Array<{ url?: unknown }>) : [];
  const patterns = servers.flatMap((s) => {
    const m = typeof s.url === "string" ? /^[a-z][a-z0-9+.-]*:\/\/([^/]+)/i.exec(s.url) : null;
    if (!m) return [];
    const source = m[1]!
      .toLowerCase()
      .split(/\{[^{}]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[^./]+");
    return [new RegExp(`^${source}$`)];
  });
  const extra = new Set(extraHosts.map((h) => h.toLowerCase()));
  if (patterns.length === 0) return () => true;
  return (host) => extra.has(host) || patterns.some((p) => p.test(host));
}
