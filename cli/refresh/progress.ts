/**
 * What `refresh` prints while it works: one permanent line per page fetched (status, size, time),
 * retries and stages; on a terminal also a status line with the pages still in flight. Pure
 * formatting plus a small printer over a stream.
 */
import type { RefreshEvent } from "./refresh.js";

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** The permanent line for an event (undefined: nothing to print). */
export function formatEvent(event: RefreshEvent): string | undefined {
  switch (event.type) {
    case "start":
      return undefined;
    case "retry":
      return `retry ${event.entry.file}: ${event.reason} (attempt ${event.attempt} failed, waiting ${event.waitMs} ms)`;
    case "done": {
      const p = event.page;
      const what = p.record.notModified ? "304 not modified" : `${formatBytes(p.record.bytes)} ${p.record.format}`;
      const moved = p.record.finalUrl !== p.entry.url ? ` → ${p.record.finalUrl}` : "";
      return `[${event.done}/${event.total}] ${p.entry.file} ← ${p.entry.url}${moved}: ${what} in ${p.ms} ms${p.attempts > 1 ? ` (${p.attempts} attempts)` : ""}`;
    }
    case "failed":
      return `[${event.done}/${event.total}] ${event.entry.file}: failed (${event.diagnostic.ruleId}; details at the end)`;
    case "stage":
      return event.message;
  }
}

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  /** Terminal width: the status line is cut to it, since a wrapped line cannot be cleared with `\r`. */
  columns?: number;
}

/** Prints events; on a terminal keeps a last line listing the pages in flight. */
export class ProgressPrinter {
  private readonly inFlight = new Set<string>();
  private statusShown = false;

  constructor(private readonly out: ProgressStream) {}

  handle(event: RefreshEvent): void {
    if (event.type === "start") this.inFlight.add(event.entry.file);
    if (event.type === "done" || event.type === "failed") this.inFlight.delete(event.entry.file);
    const line = formatEvent(event);
    if (!this.out.isTTY) {
      if (line !== undefined) this.out.write(`${line}\n`);
      return;
    }
    this.clearStatus();
    if (line !== undefined) this.out.write(`${line}\n`);
    if (this.inFlight.size > 0) {
      const total = event.type === "start" || event.type === "done" || event.type === "failed" ? event.total : undefined;
      const status = `fetching${total ? ` (${total} pages)` : ""}: ${[...this.inFlight].join(", ")}`;
      const width = Math.max(20, (this.out.columns ?? 80) - 1);
      this.out.write(status.length > width ? `${status.slice(0, width - 1)}…` : status);
      this.statusShown = true;
    }
  }

  /** Removes the status line (before the final summary). */
  clearStatus(): void {
    if (this.statusShown) this.out.write("\r\x1b[K");
    this.statusShown = false;
  }
}
