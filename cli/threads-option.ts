/** `--threads <n>`: a positive whole number, or `auto` (the machine's cores, at most `AUTO_MAX_THREADS`). */
import { availableParallelism } from "node:os";
import { InvalidArgumentError } from "commander";

/** Beyond two, the thread emitting clients and formatting is the bottleneck (docs/performance.md). */
export const AUTO_MAX_THREADS = 2;

export function parseThreads(text: string): number {
  if (text === "auto") return autoThreads();
  if (!/^[1-9]\d{0,2}$/.test(text)) throw new InvalidArgumentError(`expected a whole number from 1 to 999 or "auto", not ${JSON.stringify(text)}`);
  return Number(text);
}

export function autoThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), AUTO_MAX_THREADS));
}
