/**
 * The thread the pattern review's recheck runs on (pattern-guard.ts, `startRecheck`): started when a scrape starts,
 * so that loading recheck and starting its checker happen while the pages are read, not when the first pattern
 * waits for them. Answers `check(source, flags, params)` synchronously to the scrape through synckit.
 */
import { createRequire } from "node:module";
import { runAsWorker } from "synckit";

interface Recheck {
  check(source: string, flags: string, params?: { timeout?: number }): Promise<unknown>;
}

const recheck = createRequire(import.meta.url)("recheck") as Recheck;
// A first check starts recheck's checker (a process of its own where it has one for the platform) right away.
void recheck.check("^$", "u").catch(() => undefined);

runAsWorker((source: string, flags: string, params?: { timeout?: number }) => recheck.check(source, flags, params));
